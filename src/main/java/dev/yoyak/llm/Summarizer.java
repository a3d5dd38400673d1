package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.langchain4j.guardrail.OutputGuardrailException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Writes a short bilingual summary of a Korean news article. */
@ApplicationScoped
// A memory per call (the caller's fresh id), never the default one memory shared by every caller, which would
// carry one request's article into the next request's prompt; the guardrail's re-ask reads the call's own turns.
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
    // Output that does not parse is asked for once more (maxRetries counts attempts), then fails.
    @OutputGuardrails(value = SummaryGuardrail.class, maxRetries = 2)
    // Backend faults: retried with exponential backoff and jitter; a run of failures opens the circuit so
    // requests get 503 at once instead of waiting on a dead backend. Missing config and bad output skip both.
    @Retry(maxRetries = 2, delay = 500, jitter = 250, abortOn = { BackendNotConfiguredException.class,
            OutputGuardrailException.class, CircuitBreakerOpenException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 20_000, successThreshold = 2,
            skipOn = { BackendNotConfiguredException.class, OutputGuardrailException.class })
    Bilingual summarize(@MemoryId Object call, String text, int sentences, String style, String register);
}
