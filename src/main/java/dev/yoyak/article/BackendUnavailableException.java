package dev.yoyak.article;

import java.time.Duration;
import java.util.Optional;

/** The LLM backend could not give a usable answer (unreachable, error status, timeout, malformed output). */
public class BackendUnavailableException extends RuntimeException {

    private final transient Duration retryAfter;

    public BackendUnavailableException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** A failure that knows when trying again makes sense (an open circuit, a backend's own Retry-After). */
    public BackendUnavailableException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** Whether the same request may succeed later without any change of configuration. */
    public boolean isTransient() {
        return true;
    }

    /** When the client may usefully try again, if known better than the configured default. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
