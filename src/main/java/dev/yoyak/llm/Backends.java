package dev.yoyak.llm;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.langchain4j.model.chat.ChatModel;
import dev.yoyak.article.BackendNotConfiguredException;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.config.YoyakConfig.Provider;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.llm.embedded.EmbeddedEngine;
import io.quarkus.runtime.ImageMode;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;

/**
 * Decides which backend answers, from {@code yoyak.provider} and the OpenAI-compatible settings, so the rest
 * of the service never knows which one runs.
 */
@ApplicationScoped
public class Backends {

    static final String HOW_TO_CONFIGURE = "Set YOYAK_PROVIDER=openai and QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL "
            + "(e.g. http://localhost:11434/v1 for Ollama), plus QUARKUS_LANGCHAIN4J_OPENAI_API_KEY and "
            + "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME as the endpoint needs; or YOYAK_PROVIDER=embedded.";

    private final Provider provider;
    private final String modelName;
    private final String configProblem;
    // quarkus-langchain4j creates its OpenAI model lazily, on first call, and only for injection points it sees.
    private final ChatModel openAi;
    private final CuttableStream openAiStream;
    private final EmbeddedEngine embedded;
    private final YoyakConfig config;

    public Backends(YoyakConfig config,
            @ConfigProperty(name = OpenAiSwitch.BASE_URL, defaultValue = OpenAiSwitch.OPENAI_BASE_URL) String baseUrl,
            @ConfigProperty(name = OpenAiSwitch.API_KEY, defaultValue = OpenAiSwitch.NO_API_KEY) String apiKey,
            @ConfigProperty(name = "quarkus.langchain4j.openai.chat-model.model-name", defaultValue = "gpt-4o-mini") String modelName,
            @ConfigProperty(name = "quarkus.langchain4j.openai.timeout", defaultValue = "120s") Duration timeout,
            ChatModel openAi, EmbeddedEngine embedded) {
        boolean openAiConfigured = OpenAiSwitch.isConfigured(apiKey, baseUrl);
        this.provider = OpenAiSwitch.resolve(config.provider(), openAiConfigured);
        this.modelName = modelName;
        this.openAi = openAi;
        this.openAiStream = provider == Provider.OPENAI && openAiConfigured ? new CuttableStream(baseUrl,
                OpenAiSwitch.NO_API_KEY.equals(apiKey) ? null : apiKey, timeout) : null;
        this.embedded = embedded;
        this.config = config;
        this.configProblem = switch (provider) {
            case OPENAI -> openAiConfigured ? null
                    : "YOYAK_PROVIDER=openai but no endpoint is configured. " + HOW_TO_CONFIGURE;
            // java-llama.cpp's JNI bindings are not registered for native images: HTTP backends only there.
            case EMBEDDED -> ImageMode.current() == ImageMode.NATIVE_RUN
                    ? "The embedded model is not available in the native executable. " + HOW_TO_CONFIGURE
                    : null;
            default -> "No LLM backend is configured (YOYAK_PROVIDER=none). " + HOW_TO_CONFIGURE;
        };
    }

    /**
     * Starts preparing the embedded model as soon as the HTTP server listens, so it is downloading or loading
     * before the first request; not earlier, where loading it would compete with start-up for the CPU.
     */
    void onStart(@ObservesAsync HttpServerStart started) {
        prepare();
    }

    void onStart(@ObservesAsync HttpsServerStart started) {
        prepare();
    }

    private void prepare() {
        if (provider == Provider.EMBEDDED && configProblem == null) {
            embedded.start();
        }
    }

    /** The backend that answers requests. */
    public Provider provider() {
        return provider;
    }

    /** The model id reported to users and part of every cache key. */
    public String modelId() {
        return switch (provider) {
            case OPENAI -> modelName;
            case EMBEDDED -> embedded.modelId();
            default -> "none";
        };
    }

    /** The model's identity in cache keys: the embedded file's checksum; an OpenAI-compatible model's name. */
    public String modelIdentity() {
        return provider == Provider.EMBEDDED ? embedded.modelIdentity() : modelId();
    }

    /** Why no backend can answer now, or {@code null} when one can. */
    public String problem() {
        if (configProblem != null) {
            return configProblem;
        }
        return provider == Provider.EMBEDDED ? embedded.problem().orElse(null) : null;
    }

    /** The chat model of the active backend. */
    public ChatModel chatModel() {
        if (configProblem != null) {
            throw new BackendNotConfiguredException(configProblem);
        }
        if (provider != Provider.EMBEDDED) {
            return openAi;
        }
        return switch (embedded.state()) {
            case READY -> embedded.chatModel();
            case FAILED -> throw new BackendNotConfiguredException(embedded.problem().orElseThrow());
            // Downloading or loading: it will be ready later, so this is worth a retry.
            default -> throw new BackendUnavailableException(embedded.problem().orElseThrow(), null);
        };
    }

    /**
     * The streamed, cuttable call to the OpenAI-compatible backend, or null: the embedded engine streams and
     * stops through its own {@code LlamaChatModel}.
     */
    CuttableStream cuttableStream() {
        return configProblem == null ? openAiStream : null;
    }

    /**
     * How many calls the backend serves at once, as far as yoyak knows: the embedded engine's slots; for an
     * HTTP backend, unknown (the per-request bound applies alone).
     */
    public int parallelism() {
        return provider == Provider.EMBEDDED ? config.embedded().parallel() : Integer.MAX_VALUE;
    }
}
