package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Translates numbered paragraphs of a Korean news article into English. */
// Stateless (no chat memory): one instance serves every thread, including the pipeline's workers.
@ApplicationScoped
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class)
public interface Translator {

    /** {@code [n] English} lines for the {@code [n] Korean} paragraphs. */
    @SystemMessage(fromResource = Prompts.TRANSLATE_SYSTEM)
    @UserMessage(fromResource = Prompts.TRANSLATE_USER)
    // One retry for a transient backend fault; a missing backend will not appear by retrying.
    @Retry(maxRetries = 1, delay = 500, jitter = 250, abortOn = BackendNotConfiguredException.class)
    String translate(String headline, String glossary, String context, String paragraphs);
}
