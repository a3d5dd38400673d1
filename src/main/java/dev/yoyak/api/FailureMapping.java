package dev.yoyak.api;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.yoyak.article.AnswerNotReadyException;
import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.article.Async;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.article.OverloadedException;
import dev.yoyak.article.QuotaExceededException;
import dev.yoyak.config.YoyakConfig;

/**
 * The one mapping from failures to answers: a clear 4xx for bad input, 429 when full, 503 for backend faults, 500
 * (logged, no trace sent) for anything unexpected. Every endpoint answers from it ({@link ProblemMappers}, streams,
 * batches, and the compatible APIs in their own error bodies).
 */
@ApplicationScoped
public class FailureMapping {

    private static final Logger LOG = Logger.getLogger(FailureMapping.class);

    private final YoyakConfig config;

    public FailureMapping(YoyakConfig config) {
        this.config = config;
    }

    /** The answer to a failure, out of any asynchronous wrapper. */
    public Failure of(Throwable thrown) {
        Throwable e = Async.cause(thrown);
        if (e instanceof ArticleRejectedException rejected) {
            return switch (rejected.reason()) {
                case EMPTY -> Failure.of(Failure.EMPTY_TEXT, "Empty article", 400, e.getMessage());
                case NOT_KOREAN -> Failure.of(Failure.NOT_KOREAN, "Not Korean text", 422, e.getMessage());
                case TOO_LONG -> Failure.of(Failure.TOO_LONG, "Article too long", 413, e.getMessage());
                case TOO_COMPLEX -> Failure.of("html-too-deep", "HTML nested too deeply", 422, e.getMessage());
            };
        } else if (e instanceof ConstraintViolationException invalid) {
            String detail = invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .distinct().collect(Collectors.joining("; "));
            return Failure.of("invalid-request", "Invalid request", 400,
                    detail.isEmpty() ? "The request body is missing." : detail);
        } else if (e instanceof JsonProcessingException json) {
            return malformedJson(json);
        } else if (e instanceof BackendUnavailableException backend) {
            return backend(backend);
        } else if (e instanceof OverloadedException overloaded) {
            return new Failure(Failure.OVERLOADED, "Too many requests", 429, e.getMessage() + " Try again later.",
                    Math.max(1, overloaded.retryAfter().toSeconds()));
        } else if (e instanceof AnswerNotReadyException late) {
            return new Failure(Failure.NOT_READY, "Answer not ready", 503, e.getMessage(),
                    Math.max(1, late.retryAfter().toSeconds()));
        } else if (e instanceof QuotaExceededException) {
            return Failure.of(Failure.QUOTA, "Quota exceeded", 429, "Quota exceeded: " + e.getMessage());
        } else if (e instanceof WebApplicationException web) {
            return http(web);
        } else if (e instanceof CancellationException) {
            return Failure.of(Failure.CANCELLED, "Cancelled", 499, "The request was cancelled.");
        }
        // The trace stays in the log; the client learns only that it was not its fault.
        LOG.error("Unexpected failure", e);
        return Failure.of("internal", "Internal error", 500, "An unexpected error occurred; it has been logged.");
    }

    private static Failure malformedJson(JsonProcessingException e) {
        return Failure.of("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage());
    }

    private Failure backend(BackendUnavailableException e) {
        LOG.warnf("Backend unavailable: %s", e.getMessage());
        if (!e.isTransient()) {
            return Failure.of("backend-not-configured", "No LLM backend configured", 503, e.getMessage());
        }
        long wait = e.retryAfter().orElse(config.backend().retryAfter()).toSeconds();
        return new Failure("backend-unavailable", "LLM backend unavailable", 503, "Cannot translate text: the "
                + "translation backend failed: " + e.getMessage() + ". Nothing was cached; try again later.",
                Math.max(1, wait));
    }

    private static Failure http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 415 -> "Send the article as application/json {\"text\": \"...\"}, as text/plain or as text/html.";
            case 400 -> "The request could not be read: " + e.getMessage();
            default -> e.getMessage();
        };
        return Failure.of(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), title, status, detail);
    }
}
