package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Writes a short bilingual summary of a Korean news article. */
// Stateless (no chat memory): one instance serves every thread, including the pipeline's workers.
@ApplicationScoped
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class)
public interface Summarizer {

    /** About {@code sentences} sentences in Korean and the same facts in English, as structured output. */
    @SystemMessage(fromResource = Prompts.SUMMARY_SYSTEM)
    @UserMessage(fromResource = Prompts.SUMMARY_USER)
    // Output that does not parse is asked for once more (maxRetries counts attempts), then ModelGuard tries again.
    @OutputGuardrails(value = SummaryGuardrail.class, maxRetries = 2)
    Bilingual summarize(String text, int sentences);
}
