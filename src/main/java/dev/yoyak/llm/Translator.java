package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Translates numbered paragraphs of a Korean news article into English. */
// Stateless (no chat memory): one instance serves every thread, including the pipeline's workers.
@ApplicationScoped
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class)
public interface Translator {

    /** {@code [n] English} lines for the {@code [n] Korean} paragraphs. */
    @SystemMessage(fromResource = Prompts.TRANSLATE_SYSTEM)
    @UserMessage(fromResource = Prompts.TRANSLATE_USER)
    String translate(String headline, String glossary, String context, String paragraphs);
}
