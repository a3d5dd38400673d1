package dev.yoyak.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import dev.yoyak.cache.CacheKey;

/** Names of the prompt templates in {@code prompts/} and the content-derived prompt version. */
public final class Prompts {

    public static final String TRANSLATE_SYSTEM = "prompts/translate-system.txt";
    public static final String TRANSLATE_USER = "prompts/translate-user.txt";
    public static final String SUMMARY_SYSTEM = "prompts/summary-system.txt";
    public static final String SUMMARY_USER = "prompts/summary-user.txt";
    public static final String SUMMARY_CHUNK_SYSTEM = "prompts/summary-chunk-system.txt";
    public static final String SUMMARY_CHUNK_USER = "prompts/summary-chunk-user.txt";

    /** Every template whose content shapes an answer; the version covers exactly these. */
    public static final List<String> ALL = List.of(TRANSLATE_SYSTEM, TRANSLATE_USER, SUMMARY_SYSTEM,
            SUMMARY_USER, SUMMARY_CHUNK_SYSTEM, SUMMARY_CHUNK_USER);

    private static final int VERSION_LENGTH = 12;

    private Prompts() {
    }

    /** The version of the prompts on this service's classpath. */
    public static String classpathVersion() {
        return version(name -> {
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Prompt template missing from the classpath: " + name);
            }
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A short hash over each template's name and bytes, so editing any prompt changes the version and with it
     * every cache key.
     */
    public static String version(Function<String, byte[]> contentOf) {
        StringBuilder manifest = new StringBuilder();
        for (String name : ALL) {
            manifest.append(name).append('=').append(CacheKey.sha256Hex(contentOf.apply(name))).append('\n');
        }
        String hash = CacheKey.sha256Hex(manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return hash.substring(0, VERSION_LENGTH);
    }
}
