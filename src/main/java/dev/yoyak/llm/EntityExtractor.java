package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;

/** The glossary pass: people, organisations and places of an article with their English forms. */
@ApplicationScoped
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface EntityExtractor {

    /** Named entities of the text, as structured output. */
    @SystemMessage(fromResource = Prompts.ENTITIES_SYSTEM)
    @UserMessage(fromResource = Prompts.ENTITIES_USER)
    @OutputGuardrails(value = EntitiesGuardrail.class, maxRetries = 2)
    Entities extract(String headline, String text);
}
