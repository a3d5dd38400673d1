package dev.yoyak.llm;

/** The LLM backend could not give a usable answer (unreachable, error status, timeout, malformed output). */
public class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same request may succeed later without any change of configuration. */
    public boolean isTransient() {
        return true;
    }
}
