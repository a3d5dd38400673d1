package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.langchain4j.model.chat.ChatModel;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.config.YoyakConfig.Provider;

/**
 * Decides which backend answers, from {@code yoyak.provider} and the OpenAI-compatible settings, so the rest
 * of the service never knows which one runs.
 */
@ApplicationScoped
public class Backends {

    /** The value quarkus-langchain4j uses when no key is set. */
    static final String NO_API_KEY = "dummy";
    /** OpenAI's public endpoint, quarkus-langchain4j's default base URL. */
    static final String OPENAI_BASE_URL = "https://api.openai.com/v1/";

    static final String HOW_TO_CONFIGURE = "Set YOYAK_PROVIDER=openai and QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL "
            + "(e.g. http://localhost:11434/v1 for Ollama), plus QUARKUS_LANGCHAIN4J_OPENAI_API_KEY and "
            + "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME as the endpoint needs.";

    private final Provider provider;
    private final String modelName;
    private final String problem;
    // quarkus-langchain4j creates its OpenAI model lazily, on first call, and only for injection points it sees.
    private final ChatModel openAi;

    public Backends(YoyakConfig config,
            @ConfigProperty(name = "quarkus.langchain4j.openai.base-url", defaultValue = OPENAI_BASE_URL) String baseUrl,
            @ConfigProperty(name = "quarkus.langchain4j.openai.api-key", defaultValue = NO_API_KEY) String apiKey,
            @ConfigProperty(name = "quarkus.langchain4j.openai.chat-model.model-name", defaultValue = "gpt-4o-mini") String modelName,
            ChatModel openAi) {
        boolean openAiConfigured = !NO_API_KEY.equals(apiKey) || !normalizeUrl(OPENAI_BASE_URL).equals(normalizeUrl(baseUrl));
        this.provider = resolve(config.provider(), openAiConfigured);
        this.modelName = modelName;
        this.openAi = openAi;
        this.problem = switch (provider) {
            case OPENAI -> openAiConfigured ? null
                    : "YOYAK_PROVIDER=openai but no endpoint is configured. " + HOW_TO_CONFIGURE;
            default -> "No LLM backend is configured. " + HOW_TO_CONFIGURE;
        };
    }

    static Provider resolve(Provider requested, boolean openAiConfigured) {
        if (requested == Provider.AUTO) {
            return openAiConfigured ? Provider.OPENAI : Provider.NONE;
        }
        return requested;
    }

    private static String normalizeUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** The backend that answers requests. */
    public Provider provider() {
        return provider;
    }

    /** The model id reported to users and part of every cache key. */
    public String modelId() {
        return provider == Provider.OPENAI ? modelName : "none";
    }

    /** Why no backend can answer, or {@code null} when one can. */
    public String problem() {
        return problem;
    }

    /** The chat model of the active backend. */
    public ChatModel chatModel() {
        if (problem != null) {
            throw new BackendNotConfiguredException(problem);
        }
        return openAi;
    }
}
