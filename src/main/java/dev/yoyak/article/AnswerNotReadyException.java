package dev.yoyak.article;

import java.time.Duration;

/** A request waited {@code yoyak.limits.answer-timeout} for its answer; the run goes on and will cache it (503). */
public class AnswerNotReadyException extends RuntimeException {

    private final transient Duration retryAfter;

    public AnswerNotReadyException(Duration waited, Duration retryAfter) {
        super("The answer was not ready within " + waited.toSeconds() + " s (yoyak.limits.answer-timeout); its run "
                + "goes on and caches the answer, so asking again later is answered from the cache.");
        this.retryAfter = retryAfter;
    }

    /** When asking again makes sense. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
