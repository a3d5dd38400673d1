package dev.yoyak.llm;

import java.util.function.Supplier;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.output.FinishReason;

/**
 * What one model call needs besides its prompt (the listener its streamed answer goes to, its output limit,
 * whether it is a re-ask, sampled differently, and the structured output asked for), and how its answer ended.
 * The service's one thread-local, and why: quarkus-langchain4j 1.10's AI service methods build the
 * {@code ChatRequest} themselves and take neither per-call {@code ChatRequestParameters} nor a streaming listener
 * as arguments, and a {@code Result<String>} return type makes it ask for a JSON schema of {@code Result}; so the
 * {@link RoutingChatModel} under them learns the scope from the calling thread, and writes the finish reason back
 * into the scope object the caller holds.
 */
public final class CallScope {

    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

    private final PartialAnswer listener;
    private final Integer maxOutputTokens;
    private final boolean reask;
    private final ResponseFormat format;
    private volatile FinishReason finish;

    /**
     * @param listener        receives the answer while it is generated, may stop it; or null
     * @param maxOutputTokens the most tokens the answer may have, or null for the backend's own limit
     * @param reask           a re-ask of an answer that failed validation: sampled with repetition penalties, so
     *                        it is never the same deterministic call again
     * @param format          the structured output asked for, or null for text
     */
    public CallScope(PartialAnswer listener, Integer maxOutputTokens, boolean reask, ResponseFormat format) {
        this.listener = listener;
        this.maxOutputTokens = maxOutputTokens;
        this.reask = reask;
        this.format = format;
    }

    /** A scope for a text answer. */
    public CallScope(PartialAnswer listener, Integer maxOutputTokens, boolean reask) {
        this(listener, maxOutputTokens, reask, null);
    }

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

    PartialAnswer listener() {
        return listener;
    }

    Integer maxOutputTokens() {
        return maxOutputTokens;
    }

    boolean reask() {
        return reask;
    }

    ResponseFormat format() {
        return format;
    }

    /** How the last answer made within this scope ended (LENGTH: cut off by its limit; OTHER: stopped), or null. */
    public FinishReason finish() {
        return finish;
    }

    void finished(FinishReason reason) {
        finish = reason;
    }
}
