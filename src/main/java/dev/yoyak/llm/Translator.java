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

/** Translates numbered paragraphs of a Korean news article into English. */
// Stateless (no chat memory): one instance serves every thread, including the pipeline's workers.
@ApplicationScoped
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface Translator {

    /**
     * {@code [n] English} lines for the {@code [n] Korean} paragraphs, then the lines {@code after} asks for
     * ({@code [notes]}, {@code [names]}).
     */
    @SystemMessage(fromResource = Prompts.TRANSLATE_SYSTEM)
    @UserMessage(fromResource = Prompts.TRANSLATE_USER)
    // Backend faults: retried with exponential backoff and jitter; a run of failures opens the circuit so
    // requests get 503 at once instead of waiting on a dead backend. Missing config and bad output skip both.
    @Retry(maxRetries = 2, delay = 500, jitter = 250, abortOn = { BackendNotConfiguredException.class,
            OutputGuardrailException.class, CircuitBreakerOpenException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 20_000, successThreshold = 2,
            skipOn = { BackendNotConfiguredException.class, OutputGuardrailException.class })
    String translate(String headline, String glossary, String context, String after, String paragraphs);
}
