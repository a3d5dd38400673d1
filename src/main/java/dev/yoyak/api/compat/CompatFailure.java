package dev.yoyak.api.compat;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.article.AnswerNotReadyException;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.article.OverloadedException;

/**
 * A failure as the compatible APIs answer it: a status, a message and maybe a Retry-After, sent in the
 * protocol's own error shape ({@code {"message"}} for DeepL, {@code {"error"}} for LibreTranslate).
 */
record CompatFailure(int status, String message, long retryAfterSeconds) {

    private static final Logger LOG = Logger.getLogger(CompatFailure.class);

    /** A client error without Retry-After. */
    static CompatFailure of(int status, String message) {
        return new CompatFailure(status, message, 0);
    }

    /**
     * The failure for an exception of the pipeline. {@code quotaStatus} and {@code tooLongStatus} differ by
     * protocol (DeepL: 456 and 413; LibreTranslate, which has neither: 429 and 400).
     */
    static CompatFailure from(Throwable failure, YoyakConfig config, int quotaStatus, int tooLongStatus) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof CompatTranslator.QuotaExceededException) {
            return of(quotaStatus, "Quota exceeded: " + e.getMessage());
        } else if (e instanceof ArticleRejectedException rejected) {
            return of(rejected.reason() == ArticleRejectedException.Reason.TOO_LONG ? tooLongStatus : 400,
                    rejected.getMessage());
        } else if (e instanceof OverloadedException overloaded) {
            return new CompatFailure(429, "Too many requests: " + overloaded.getMessage(),
                    Math.max(1, overloaded.retryAfter().toSeconds()));
        } else if (e instanceof BackendUnavailableException backend) {
            LOG.warnf("Backend unavailable: %s", backend.getMessage());
            return new CompatFailure(503, "Cannot translate text: the translation backend failed ("
                    + backend.getMessage() + "). Try again later.",
                    backend.isTransient() ? config.backend().retryAfter().toSeconds() : 0);
        } else if (e instanceof AnswerNotReadyException late) {
            return new CompatFailure(503, "Cannot translate text yet: " + late.getMessage(),
                    Math.max(1, late.retryAfter().toSeconds()));
        } else if (e instanceof CancellationException) {
            return new CompatFailure(503, "The translation was cancelled. Try again later.", 1);
        }
        LOG.error("Unexpected failure", e);
        return of(500, "Cannot translate text: an unexpected error occurred; it has been logged.");
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
