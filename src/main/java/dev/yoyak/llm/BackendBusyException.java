package dev.yoyak.llm;

import java.time.Duration;

/**
 * The backend refused a call with 429 or 503 and said when to come back ({@code Retry-After}). LangChain4j's
 * {@code HttpException} carries no headers, so {@link RetryAfterFilter} throws this one instead.
 */
public class BackendBusyException extends RuntimeException {

    private final int status;
    private final transient Duration retryAfter;

    public BackendBusyException(int status, Duration retryAfter) {
        super("HTTP " + status + ", Retry-After " + retryAfter.toSeconds() + " s");
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status the backend answered. */
    public int status() {
        return status;
    }

    /** How long the backend asked to wait before the call is tried again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
