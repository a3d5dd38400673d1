package dev.yoyak.config;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * A GGUF that {@code YOYAK_MODEL=<name>} picks: pinned to one repository revision, its SHA-256 and size from the
 * repository's public LFS metadata, and the family llama.cpp b4916 (de.kherud:llama 4.2.0) loads it as. Only
 * files whose SHA-256 could be found in public metadata are offered; the download is checked against it.
 */
public record ModelPreset(String name, String family, String url, String sha256, long bytes, String licence) {

    /** Qwen2.5-1.5B-Instruct Q4_K_M from Qwen's own GGUF repository. */
    public static final ModelPreset QWEN2_5_1_5B = new ModelPreset("qwen2.5-1.5b", "qwen2",
            "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/91cad51170dc346986eccefdc2dd33a9da36ead9/"
                    + "qwen2.5-1.5b-instruct-q4_k_m.gguf",
            "6a1a2eb6d15622bf3c96857206351ba97e1af16c30d7a74ee38970e434e9407e", 1_117_320_736L, "Apache-2.0");

    /** Gemma 3 1B instruct Q4_K_M (bartowski's llama.cpp conversion of Google's weights). */
    public static final ModelPreset GEMMA3_1B = new ModelPreset("gemma3-1b", "gemma3",
            "https://huggingface.co/bartowski/google_gemma-3-1b-it-GGUF/resolve/116f76234503685a98f572982177b11d44ec8ff1/"
                    + "google_gemma-3-1b-it-Q4_K_M.gguf",
            "12bf0fff8815d5f73a3c9b586bd8fee8e7b248c935de70dec367679873d0f29d", 806_058_496L, "Gemma Terms of Use");

    /** Gemma 3 4B instruct Q4_K_M (bartowski's llama.cpp conversion of Google's weights; text only). */
    public static final ModelPreset GEMMA3_4B = new ModelPreset("gemma3-4b", "gemma3",
            "https://huggingface.co/bartowski/google_gemma-3-4b-it-GGUF/resolve/71506238f970075ca85125cd749c28b1b0eee84e/"
                    + "google_gemma-3-4b-it-Q4_K_M.gguf",
            "4996030242583a40aa151ff93f49ed787ac8c25e4120c3ae4588b2e2a7d1ae94", 2_489_758_112L, "Gemma Terms of Use");

    /** Every preset, in the order the README lists them. */
    public static final List<ModelPreset> ALL = List.of(QWEN2_5_1_5B, GEMMA3_1B, GEMMA3_4B);

    /** The preset used when {@code YOYAK_MODEL} is not set. */
    public static final String DEFAULT = "qwen2.5-1.5b";

    /** The preset of that name; an unknown name fails with the list of presets. */
    public static ModelPreset named(String name) {
        String wanted = name == null ? "" : name.strip();
        return ALL.stream().filter(p -> p.name.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown model preset YOYAK_MODEL='" + wanted
                        + "'. Presets: " + names() + ". Or set YOYAK_MODEL_PATH to a local GGUF, or YOYAK_MODEL_URL "
                        + "with YOYAK_MODEL_SHA256."));
    }

    /** "a, b, c": the preset names. */
    public static String names() {
        return ALL.stream().map(ModelPreset::name).collect(Collectors.joining(", "));
    }

    /** The file name the download is kept under. */
    public String fileName() {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Reads {@code YOYAK_MODEL}; an unknown name stops the service at start with the list of presets. */
    public static final class NameConverter implements Converter<ModelPreset> {
        @Override
        public ModelPreset convert(String value) {
            return named(value);
        }
    }
}
