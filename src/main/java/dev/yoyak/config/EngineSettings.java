package dev.yoyak.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * The embedded backend's settings, part of {@link YoyakConfig}: its GGUF model file ({@code yoyak.model.*}) and
 * the llama.cpp engine ({@code yoyak.embedded.*}).
 */
public interface EngineSettings {

    /** The GGUF model file of the embedded backend. */
    Model model();

    /** The embedded llama.cpp engine. */
    Embedded embedded();

    /** The GGUF model file of the embedded backend. */
    interface Model {
        /**
         * The preset ({@code YOYAK_MODEL}, see {@link ModelPreset#ALL}) downloaded when neither a path nor a URL is
         * given; an unknown name stops the service at start with the list of presets.
         */
        @WithDefault(ModelPreset.DEFAULT)
        @WithConverter(ModelPreset.NameConverter.class)
        ModelPreset name();

        /** A local GGUF file to use as it is (offline installs); nothing is downloaded. */
        Optional<Path> path();

        /** Another GGUF to download instead of the preset; needs {@link #sha256()}. */
        Optional<String> url();

        /** Expected SHA-256 of {@link #url()}'s file. */
        Optional<String> sha256();

        /** Folder downloaded models are kept in. */
        Path dir();

        /** Whether a missing model may be downloaded at start-up. */
        @WithDefault("true")
        boolean download();

        /** First wait after a failed download attempt; doubled after each further failure. */
        @WithDefault("1s")
        Duration downloadBackoff();

        /** Longest wait between download attempts (attempts go on until the model is there). */
        @WithDefault("60s")
        Duration downloadMaxBackoff();

        /** A download that receives no byte for this long is dropped and resumed. */
        @WithDefault("60s")
        Duration downloadStall();
    }

    /** The embedded llama.cpp engine. */
    interface Embedded {
        /** CPU threads for inference; all cores when unset. */
        OptionalInt threads();

        /** Context window in tokens, shared by the parallel slots. */
        @WithDefault("8192")
        int contextSize();

        /**
         * Requests the engine serves at once, each in its own slot (each gets context-size ÷ parallel tokens);
         * further ones wait. 2: batched decoding gives ~1.4× the tokens/s of one slot on a 2-core CPU, and 4096
         * tokens a slot still hold a chunk, its prompt and its answer (see README "Models").
         */
        @WithDefault("2")
        int parallel();

        /** Most tokens one answer may have. */
        @WithDefault("2048")
        int maxTokens();

        /**
         * llama.cpp's flash attention on the CPU: reads prompts 7–14 % faster on this project's 2-core machine
         * (bench/RESULTS.md section 8), generation unchanged or a little faster.
         */
        @WithDefault("true")
        boolean flashAttention();

        /** Where llama.cpp's native library is unpacked; default {@code <model dir>/native}. */
        Optional<Path> nativeDir();
    }
}
