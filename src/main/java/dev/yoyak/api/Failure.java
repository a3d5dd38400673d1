package dev.yoyak.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A failure as yoyak answers it, whatever the protocol: its kind (the problem type's slug), title, status, a
 * detail for the client and, when waiting may help, the seconds to wait. {@link FailureMapping} makes it from an
 * exception; {@code /summarize} and its kin send it as a problem, the compatible APIs in their own error body.
 */
public record Failure(String kind, String title, int status, String detail, long retryAfterSeconds) {

    /** The text is empty. */
    public static final String EMPTY_TEXT = "empty-text";
    /** The text holds no Korean, or only page furniture. */
    public static final String NOT_KOREAN = "not-korean";
    /** The text is longer than {@code yoyak.max-chars}. */
    public static final String TOO_LONG = "too-long";
    /** The character quota of the compatible APIs is used up. */
    public static final String QUOTA = "quota-exceeded";
    /** Every pipeline slot is busy and the queue full. */
    public static final String OVERLOADED = "overloaded";
    /** The request's wait for its answer ran out ({@code yoyak.limits.answer-timeout}); the run goes on. */
    public static final String NOT_READY = "answer-not-ready";
    /** The run was cancelled before it finished. */
    public static final String CANCELLED = "cancelled";

    /** A failure the client can do nothing about but try again (or not) later: no Retry-After. */
    static Failure of(String kind, String title, int status, String detail) {
        return new Failure(kind, title, status, detail, 0);
    }

    /** The RFC 9457 problem of this failure. */
    public Problem problem() {
        return Problem.of(kind, title, status, detail);
    }

    /** The problem response, with Retry-After when there is a wait to state. */
    public Response response() {
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem());
        if (retryAfterSeconds > 0) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return builder.build();
    }
}
