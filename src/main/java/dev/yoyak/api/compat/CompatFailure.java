package dev.yoyak.api.compat;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.yoyak.api.Failure;

/**
 * A failure as the compatible APIs answer it: a status, a message and maybe a Retry-After, sent in the
 * protocol's own error shape ({@code {"message"}} for DeepL, {@code {"error"}} for LibreTranslate).
 */
record CompatFailure(int status, String message, long retryAfterSeconds) {

    /** A client error without Retry-After. */
    static CompatFailure of(int status, String message) {
        return new CompatFailure(status, message, 0);
    }

    /**
     * A failure of the shared mapping in this protocol's statuses: {@code quotaStatus} and {@code tooLongStatus}
     * differ by protocol (DeepL: 456 and 413; LibreTranslate, which has neither: 429 and 400); a text these APIs
     * cannot translate is 400, and a cancelled run 503 (neither knows 422 or 499).
     */
    static CompatFailure from(Failure failure, int quotaStatus, int tooLongStatus) {
        return switch (failure.kind()) {
            case Failure.QUOTA -> of(quotaStatus, failure.detail());
            case Failure.TOO_LONG -> of(tooLongStatus, failure.detail());
            case Failure.EMPTY_TEXT, Failure.NOT_KOREAN -> of(400, failure.detail());
            case Failure.CANCELLED -> new CompatFailure(503, failure.detail() + " Try again later.", 1);
            case Failure.NOT_READY -> new CompatFailure(503, "Cannot translate text yet: " + failure.detail(),
                    failure.retryAfterSeconds());
            default -> new CompatFailure(failure.status(), failure.detail(), failure.retryAfterSeconds());
        };
    }

    /** The response, with the message under {@code field}. */
    Response response(String field) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of(field, message));
        if (retryAfterSeconds > 0) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return builder.build();
    }
}
