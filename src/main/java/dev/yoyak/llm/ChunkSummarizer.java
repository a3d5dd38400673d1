package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import dev.langchain4j.guardrail.OutputGuardrailException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** The map step of a long article's summary: Korean notes of one part. */
@ApplicationScoped
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface ChunkSummarizer {

    /** Key facts of one part of the article, in Korean. */
    @SystemMessage(fromResource = Prompts.SUMMARY_CHUNK_SYSTEM)
    @UserMessage(fromResource = Prompts.SUMMARY_CHUNK_USER)
    // Backend faults: retried with exponential backoff and jitter; a run of failures opens the circuit so
    // requests get 503 at once instead of waiting on a dead backend. Missing config and bad output skip both.
    @Retry(maxRetries = 2, delay = 500, jitter = 250, abortOn = { BackendNotConfiguredException.class,
            OutputGuardrailException.class, CircuitBreakerOpenException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 20_000, successThreshold = 2,
            skipOn = { BackendNotConfiguredException.class, OutputGuardrailException.class })
    String notes(String headline, String text);
}
