package dev.yoyak.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Content key of a result: SHA-256 over the normalized article, the options, the prompt version and the model. */
public final class CacheKey {

    private CacheKey() {
    }

    /**
     * Hex SHA-256 of every input that changes the answer. Options are sorted by name so their order never
     * matters, and each part is length-prefixed so no two different inputs can produce the same byte string.
     */
    public static String of(String normalizedText, Map<String, ?> options, String promptVersion, String model) {
        MessageDigest digest = sha256();
        update(digest, "yoyak-result-v1");
        update(digest, normalizedText);
        for (Map.Entry<String, ?> option : new TreeMap<>(options).entrySet()) {
            update(digest, option.getKey());
            update(digest, String.valueOf(option.getValue()));
        }
        update(digest, promptVersion);
        update(digest, model);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Hex SHA-256 of raw bytes; used for content-derived versions. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /** SHA-256 of raw bytes. */
    static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
