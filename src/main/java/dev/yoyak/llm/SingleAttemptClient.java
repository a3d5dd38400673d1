package dev.yoyak.llm;

import jakarta.inject.Singleton;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;

/**
 * Makes the OpenAI-compatible client try each call once. Retries are made by {@link ModelGuard} around each
 * model call; letting the client retry as well would multiply the attempts (and the cost) of every failure.
 * quarkus-langchain4j refuses {@code max-retries} below 1 in configuration, hence this customizer.
 */
@Singleton
public class SingleAttemptClient implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {

    @Override
    public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
