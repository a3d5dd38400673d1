package dev.yoyak.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every yoyak setting in one place; each maps to an environment variable such as {@code YOYAK_PROVIDER}. The
 * embedded backend's settings are declared in {@link EngineSettings}, which this mapping extends.
 */
@ConfigMapping(prefix = "yoyak")
public interface YoyakConfig extends EngineSettings {

    /**
     * Which LLM backend answers: {@code auto} picks the OpenAI-compatible endpoint when its base URL or key is
     * set, otherwise the embedded model.
     */
    @WithDefault("auto")
    Provider provider();

    /** Largest article accepted, in characters after normalization; longer ones get 413. */
    @WithDefault("100000")
    int maxChars();

    /** Result cache settings. */
    Cache cache();

    /** Redis for the cache shared by several replicas ({@code redis://host:6379}); none when unset. */
    Optional<String> redisUrl();

    /** Backend call settings. */
    Backend backend();

    /** How long articles are cut into model calls. */
    Chunking chunking();

    /** Capacity limits of the whole service. */
    Limits limits();

    /** Batch requests. */
    Batch batch();

    /** Accepted API keys for /summarize (comma separated, {@code YOYAK_API_KEYS}); none means it is open. */
    Optional<List<String>> apiKeys();

    /** A file of accepted API keys, one per line ('#' starts a comment). */
    Optional<Path> apiKeysFile();

    /**
     * Requests per minute for each key, or for each client address when no keys are set; 0 switches it off.
     * Unset: {@link #DEFAULT_RATE_LIMIT_PER_KEY} per key when keys are configured, no per-client limit without
     * keys (a private install is not throttled; admission control still protects capacity).
     */
    OptionalInt rateLimitPerMinute();

    /** Per-key requests a minute when API keys are configured and no rate limit is set. */
    int DEFAULT_RATE_LIMIT_PER_KEY = 120;

    /**
     * Wrong API keys one client address may send a minute (counted in windows of a minute from its first wrong
     * key); beyond that every request from the address gets 429 with {@code Retry-After} until the window ends.
     * 0 = off.
     */
    @WithDefault("10")
    int authFailuresPerMinute();

    /**
     * Addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For} names the client (for rate limits
     * and failure throttling): the rightmost address in it that is not itself a trusted proxy. None by default:
     * the header is then ignored and the connection's address is the client.
     */
    Optional<List<String>> trustedProxies();

    /** The DeepL- and LibreTranslate-compatible translation endpoints. */
    Compat compat();

    /** How many model calls run at once. */
    Concurrency concurrency();

    /** The backends yoyak can talk to. */
    enum Provider {
        /** OpenAI-compatible if configured, otherwise embedded. */
        AUTO,
        /** llama.cpp in this process, with a GGUF model downloaded once. */
        EMBEDDED,
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

        /**
         * Bytes of answers (their JSON, before compression) the durable file holds; the oldest written are evicted
         * beyond it.
         */
        @WithDefault("1G")
        MemorySize durableMaxSize();

        /** After the durable file failed to open or be written (full disk...), how long until it is tried again. */
        @WithDefault("10s")
        Duration durableRetry();

        /** Bytes of answers the in-memory tier holds (e.g. {@code 64M}); the least used go first beyond it. */
        @WithDefault("64M")
        MemorySize memorySize();

        /** How long results live in the shared Redis tier. */
        @WithDefault("30d")
        Duration redisTtl();

        /** Longest wait for Redis before a request goes on without it. */
        @WithDefault("500ms")
        Duration redisTimeout();

        /** After Redis failed, how long requests skip it before it is tried again. */
        @WithDefault("5s")
        Duration redisRetry();
    }

    /** Backend call settings: retries per call and the circuit breaker over calls (see ModelGuard). */
    interface Backend {
        /** Seconds a client is told to wait (Retry-After) when the backend failed. */
        @WithDefault("10s")
        Duration retryAfter();

        /** Attempts one model call may make: backend faults and unusable answers (cut off, malformed) count. */
        @WithDefault("8")
        int maxAttempts();

        /** First backoff after a backend fault; it doubles with each further fault (with jitter). */
        @WithDefault("500ms")
        Duration backoff();

        /** Longest backoff between two attempts. */
        @WithDefault("4s")
        Duration maxBackoff();

        /** Longest backend {@code Retry-After} honoured; a backend asking for more fails the call at once. */
        @WithDefault("30s")
        Duration maxRetryAfter();

        /** Time budget of one model call: no retry is started that would begin after it. */
        @WithDefault("60s")
        Duration callBudget();

        /** The circuit breaker over final call outcomes. */
        Breaker breaker();
    }

    /** The circuit breaker: counts each model call's final outcome, after its retries. */
    interface Breaker {
        /** Whether the breaker is used at all. */
        @WithDefault("true")
        boolean enabled();

        /** Calls in the rolling window the failure ratio is taken over. */
        @WithDefault("20")
        int window();

        /** Share of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before one call probes the backend. */
        @WithDefault("10s")
        Duration delay();
    }

    /** How long articles are cut into model calls; sizes are estimated tokens (see TokenEstimate). */
    interface Chunking {
        /** Largest chunk of source text translated in one call. */
        @WithDefault("1200")
        int maxTokens();

        /** Preceding source text given to each chunk as context. */
        @WithDefault("120")
        int contextTokens();

        /**
         * The lead chunk of a longer article (headline and first paragraphs): translated first, its call also
         * lists the names that become the glossary of every other chunk.
         */
        @WithDefault("250")
        int leadTokens();

        /** Smallest chunk a longer article is split into so that parallel backend slots share the work. */
        @WithDefault("300")
        int minTokens();

        /** Longest notes summarized in one call; longer ones are condensed part by part first. */
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

    /** Capacity limits of the whole service. */
    interface Limits {
        /** Pipeline runs (distinct articles being translated) at once. */
        @WithDefault("4")
        int maxRuns();

        /** Requests that may wait for a run slot; beyond this they are refused at once (429). */
        @WithDefault("16")
        int queue();

        /** Longest wait for a run slot before the request is refused (429). */
        @WithDefault("120s")
        Duration queueTimeout();

        /** Retry-After sent with a 429. */
        @WithDefault("5s")
        Duration retryAfter();

        /**
         * Longest a request waits for its answer (503 with Retry-After after it); the run goes on and caches its
         * answer, so asking again later is answered from the cache.
         */
        @WithDefault("300s")
        Duration answerTimeout();
    }

    /** The DeepL API v2 and LibreTranslate compatible endpoints (translation only). */
    interface Compat {
        /**
         * Characters the compatible endpoints may translate while the service runs (DeepL's quota, shown by
         * /v2/usage); beyond it they answer 456 (DeepL) or 429 (LibreTranslate). Unset: no limit.
         */
        OptionalLong characterLimit();

        /** Most texts in one request (DeepL's own limit is 50). */
        @WithDefault("50")
        int maxTexts();
    }

    /** Batch requests. */
    interface Batch {
        /** Most articles in one {@code POST /summarize/batch}. */
        @WithDefault("20")
        int maxArticles();
    }
}
