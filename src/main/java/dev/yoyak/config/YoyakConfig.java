package dev.yoyak.config;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every yoyak setting in one place; each maps to an environment variable such as {@code YOYAK_PROVIDER}. */
@ConfigMapping(prefix = "yoyak")
public interface YoyakConfig {

    /** Which LLM backend answers: {@code auto} picks OpenAI-compatible when its base URL or key is set. */
    @WithDefault("auto")
    Provider provider();

    /** Largest article accepted, in characters after normalization; longer ones get 413. */
    @WithDefault("100000")
    int maxChars();

    /** Result cache settings. */
    Cache cache();

    /** Backend call settings. */
    Backend backend();

    /** How long articles are cut into model calls. */
    Chunking chunking();

    /** How many model calls run at once. */
    Concurrency concurrency();

    /** The backends yoyak can talk to. */
    enum Provider {
        /** OpenAI-compatible if configured, otherwise none. */
        AUTO,
        /** Any OpenAI-compatible HTTP endpoint (OpenAI, vLLM, llama.cpp server, Ollama /v1). */
        OPENAI,
        /** No backend: requests that need a model answer 503. */
        NONE
    }

    /** Result cache settings. */
    interface Cache {
        /** Folder of the durable local cache (an H2 MVStore file); survives restarts. */
        Path dir();

        /** Whether the durable local tier is used at all. */
        @WithDefault("true")
        boolean durable();
    }

    /** Backend call settings. */
    interface Backend {
        /** Seconds a client is told to wait (Retry-After) when the backend failed. */
        @WithDefault("10s")
        Duration retryAfter();
    }

    /** How long articles are cut into model calls; sizes are estimated tokens (see TokenEstimate). */
    interface Chunking {
        /** Largest chunk of source text translated in one call. */
        @WithDefault("1200")
        int maxTokens();

        /** Preceding source text given to each chunk as context. */
        @WithDefault("120")
        int contextTokens();

        /** Opening text read by the glossary (entity) pass. */
        @WithDefault("1500")
        int entityTokens();

        /** Longest article summarized in one call; longer ones are summarized map-reduce. */
        @WithDefault("3000")
        int summaryTokens();
    }

    /** Bounds on concurrent model calls. */
    interface Concurrency {
        /** Model calls one request runs at once. */
        @WithDefault("4")
        int perRequest();

        /** Model calls the whole service runs at once. */
        @WithDefault("8")
        int global();
    }
}
