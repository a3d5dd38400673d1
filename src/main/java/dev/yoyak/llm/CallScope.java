package dev.yoyak.llm;

import java.util.function.Supplier;

import dev.langchain4j.model.chat.request.ResponseFormat;

/**
 * What one model call needs besides its prompt: the listener its streamed answer goes to, its output limit
 * and whether it is a re-ask (sampled differently). The service's one thread-local, and why: quarkus-langchain4j
 * 1.10's AI service methods build the {@code ChatRequest} themselves and take neither per-call
 * {@code ChatRequestParameters} nor a streaming listener as arguments, so the {@link RoutingChatModel} under them
 * can only learn these from the calling thread. Everything else travels as return values.
 *
 * @param listener        receives the answer while it is generated, may stop it; or null
 * @param maxOutputTokens the most tokens the answer may have, or null for the backend's own limit
 * @param reask           a re-ask of an answer that failed validation: sampled with repetition penalties, so it
 *                        is never the same deterministic call again
 * @param format          the structured output asked for, or null for text
 */
public record CallScope(PartialAnswer listener, Integer maxOutputTokens, boolean reask, ResponseFormat format) {

    /** A scope for a text answer. */
    public CallScope(PartialAnswer listener, Integer maxOutputTokens, boolean reask) {
        this(listener, maxOutputTokens, reask, null);
    }

    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

    /** The scope of the model call being made on this thread, or null. */
    static CallScope current() {
        return CURRENT.get();
    }

    /** Runs {@code call} (one AI-service call) within this scope. */
    public <T> T run(Supplier<T> call) {
        CallScope previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return call.get();
        } finally {
            CURRENT.set(previous);
        }
    }
}
