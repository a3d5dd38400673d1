package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Translates numbered paragraphs of a Korean news article into English. */
// Stateless (no chat memory): one instance serves every thread, including the pipeline's workers.
@ApplicationScoped
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface Translator {

    /** {@code [n] English} lines for the {@code [n] Korean} paragraphs. */
    @SystemMessage(fromResource = Prompts.TRANSLATE_SYSTEM)
    @UserMessage(fromResource = Prompts.TRANSLATE_USER)
    String translate(String headline, String glossary, String context, String paragraphs);
}
