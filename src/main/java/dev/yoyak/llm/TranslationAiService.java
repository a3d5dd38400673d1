package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Translates numbered paragraphs of a Korean news article into English. */
@ApplicationScoped
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
public interface TranslationAiService {

    /**
     * {@code [n] English} lines for the {@code [n] Korean} paragraphs, then the lines {@code after} asks for
     * ({@code [notes]}, {@code [names]}).
     */
    @SystemMessage(fromResource = Prompts.TRANSLATE_SYSTEM)
    @UserMessage(fromResource = Prompts.TRANSLATE_USER)
    String translate(String headline, String glossary, String context, String after, String paragraphs);
}
