package dev.yoyak.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Content key of a result: SHA-256 over one canonical JSON document of everything that makes the answer — the
 * build's {@link AnswerVersion}, the normalized article, the options, the prompt version and the model identity.
 */
public final class CacheKey {

    /** Maps (the options, a glossary inside them) are written sorted by key, so their order never matters. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private CacheKey() {
    }

    /**
     * Hex SHA-256 of every input that changes the answer. JSON string escaping keeps every part apart (no text
     * can end one part and begin the next), and option values keep their structure: a glossary is a JSON object,
     * not its {@code toString()}, so {@code {"a": "b, c=d"}} and {@code {"a": "b", "c": "d"}} differ.
     */
    public static String of(String normalizedText, Map<String, ?> options, String promptVersion, String model) {
        return of(AnswerVersion.current(), normalizedText, options, promptVersion, model);
    }

    static String of(String version, String normalizedText, Map<String, ?> options, String promptVersion, String model) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("version", version);
        parts.put("text", normalizedText);
        parts.put("options", options);
        parts.put("promptVersion", promptVersion);
        parts.put("model", model);
        try {
            return sha256Hex(CANONICAL.writeValueAsBytes(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cache key options must be plain values, lists and maps", e);
        }
    }

    /** Hex SHA-256 of raw bytes; used for content-derived versions. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /** SHA-256 of raw bytes. */
    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
