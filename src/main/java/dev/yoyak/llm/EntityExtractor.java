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
    // Output that does not parse fails at once and ModelGuard asks again with a fresh call: without chat memory
    // LangChain4j's own re-ask has no conversation to add its reprompt to (UnsupportedOperationException).
    @OutputGuardrails(value = EntitiesGuardrail.class, maxRetries = 1)
    Entities extract(String headline, String text);
}
