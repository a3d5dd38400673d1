package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Writes a short bilingual summary of a Korean news article. */
@ApplicationScoped
// A memory per call (the caller's fresh id), never the default one memory shared by every caller, which would
// carry one request's article into the next request's prompt; the guardrail's re-ask reads the call's own turns
// (at temperature 0 a re-ask that shows the model its own bad answer does better than the same fresh call again).
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = OneCallMemory.class)
public interface Summarizer {

    /**
     * About {@code sentences} sentences in Korean and the same facts in English, as structured output;
     * {@code style} and {@code register} are the instructions of a {@link SummaryForm}; {@code call} is a fresh
     * id per call, whose memory the caller removes afterwards.
     */
    @SystemMessage(fromResource = Prompts.SUMMARY_SYSTEM)
    @UserMessage(fromResource = Prompts.SUMMARY_USER)
    // Output that does not parse is asked for once more within the call (maxRetries counts attempts); if it still
    // does not parse, ModelGuard treats the call as an unusable answer.
    @OutputGuardrails(value = SummaryGuardrail.class, maxRetries = 2)
    Bilingual summarize(@MemoryId Object call, String text, int sentences, String style, String register);
}
