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

    static final String HOW_TO_CONFIGURE = "Set YOYAK_PROVIDER=openai and QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL "
            + "(e.g. http://localhost:11434/v1 for Ollama), plus QUARKUS_LANGCHAIN4J_OPENAI_API_KEY and "
            + "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME as the endpoint needs.";

    private final Provider provider;
    private final String modelName;
    private final String problem;
    // quarkus-langchain4j creates its OpenAI model lazily, on first call, and only for injection points it sees.
    private final ChatModel openAi;

    public Backends(YoyakConfig config,
            @ConfigProperty(name = OpenAiSwitch.BASE_URL, defaultValue = OpenAiSwitch.OPENAI_BASE_URL) String baseUrl,
            @ConfigProperty(name = OpenAiSwitch.API_KEY, defaultValue = OpenAiSwitch.NO_API_KEY) String apiKey,
            @ConfigProperty(name = "quarkus.langchain4j.openai.chat-model.model-name", defaultValue = "gpt-4o-mini") String modelName,
            ChatModel openAi) {
        boolean openAiConfigured = OpenAiSwitch.isConfigured(apiKey, baseUrl);
        this.provider = OpenAiSwitch.resolve(config.provider(), openAiConfigured);
        this.modelName = modelName;
        this.openAi = openAi;
        this.problem = switch (provider) {
            case OPENAI -> openAiConfigured ? null
                    : "YOYAK_PROVIDER=openai but no endpoint is configured. " + HOW_TO_CONFIGURE;
            default -> "No LLM backend is configured. " + HOW_TO_CONFIGURE;
        };
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
