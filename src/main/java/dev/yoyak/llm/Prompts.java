package dev.yoyak.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.cache.CacheKey;

/** Names of the prompt templates in {@code prompts/} and the content-derived prompt version. */
public final class Prompts {

    public static final String TRANSLATE_SYSTEM = "prompts/translate-system.txt";
    public static final String TRANSLATE_USER = "prompts/translate-user.txt";
    public static final String SUMMARY_SYSTEM = "prompts/summary-system.txt";
    public static final String SUMMARY_USER = "prompts/summary-user.txt";
    public static final String SUMMARY_CHUNK_SYSTEM = "prompts/summary-chunk-system.txt";
    public static final String SUMMARY_CHUNK_USER = "prompts/summary-chunk-user.txt";

    /** The templates of the AI services (each takes the article or is a system message). */
    public static final List<String> TEMPLATES = List.of(TRANSLATE_SYSTEM, TRANSLATE_USER, SUMMARY_SYSTEM,
            SUMMARY_USER, SUMMARY_CHUNK_SYSTEM, SUMMARY_CHUNK_USER);

    /** Instructions the summary prompt includes as variables: one per summary style and Korean register. */
    public static final List<String> FRAGMENTS = Stream.concat(
            Arrays.stream(SummaryStyle.values()).map(Prompts::fragment),
            Arrays.stream(KoreanRegister.values()).map(Prompts::fragment)).toList();

    /** Every file whose content shapes an answer; the version covers exactly these. */
    public static final List<String> ALL = Stream.concat(TEMPLATES.stream(), FRAGMENTS.stream()).toList();

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private static final int VERSION_LENGTH = 12;

    private Prompts() {
    }

    /** The prompt fragment that asks for a summary style. */
    public static String fragment(SummaryStyle style) {
        return "prompts/summary-style-" + style.value() + ".txt";
    }

    /** The prompt fragment that asks for a Korean register. */
    public static String fragment(KoreanRegister register) {
        return "prompts/summary-register-" + register.value() + ".txt";
    }

    /** A prompt fragment's text from the classpath, read once. */
    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, n -> new String(read(n), StandardCharsets.UTF_8).strip());
    }

    /** The version of the prompts on this service's classpath. */
    public static String classpathVersion() {
        return version(Prompts::read);
    }

    private static byte[] read(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = (context != null ? context : Prompts.class.getClassLoader()).getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Prompt template missing from the classpath: " + name);
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        String hash = CacheKey.sha256Hex(manifest.toString().getBytes(StandardCharsets.UTF_8));
        return hash.substring(0, VERSION_LENGTH);
    }
}
