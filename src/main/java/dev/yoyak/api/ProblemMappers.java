package dev.yoyak.api;

import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.article.AnswerNotReadyException;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.article.OverloadedException;

/** Turns every failure into an RFC 9457 problem: a clear 4xx for bad input, 503 for backend faults, no traces. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final YoyakConfig config;

    public ProblemMappers(YoyakConfig config) {
        this.config = config;
    }

    /** The problem response for any failure, as the mappers below would answer it (used by streams and batches). */
    public Response map(Throwable failure) {
        Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof ArticleRejectedException rejected) {
            return rejected(rejected);
        } else if (e instanceof ConstraintViolationException invalid) {
            return invalid(invalid);
        } else if (e instanceof BackendUnavailableException backend) {
            return backend(backend);
        } else if (e instanceof OverloadedException overloaded) {
            return overloaded(overloaded);
        } else if (e instanceof AnswerNotReadyException late) {
            return notReady(late);
        } else if (e instanceof WebApplicationException web) {
            return http(web);
        } else if (e instanceof java.util.concurrent.CancellationException) {
            return send(Problem.of("cancelled", "Cancelled", 499, "The request was cancelled."));
        }
        return unexpected(e instanceof Exception ex ? ex : new RuntimeException(e));
    }

    @ServerExceptionMapper
    public Response rejected(ArticleRejectedException e) {
        return switch (e.reason()) {
            case EMPTY -> send(Problem.of("empty-text", "Empty article", 400, e.getMessage()));
            case NOT_KOREAN -> send(Problem.of("not-korean", "Not Korean text", 422, e.getMessage()));
            case TOO_LONG -> send(Problem.of("too-long", "Article too long", 413, e.getMessage()));
            case TOO_COMPLEX -> send(Problem.of("html-too-deep", "HTML nested too deeply", 422, e.getMessage()));
        };
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .distinct()
                .collect(Collectors.joining("; "));
        return send(Problem.of("invalid-request", "Invalid request", 400,
                detail.isEmpty() ? "The request body is missing." : detail));
    }

    // Declared for the narrower type too, so it wins over quarkus-rest-jackson's built-in plain-JSON mapper.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return send(Problem.of("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response backend(BackendUnavailableException e) {
        LOG.warnf("Backend unavailable: %s", e.getMessage());
        if (!e.isTransient()) {
            return send(Problem.of("backend-not-configured", "No LLM backend configured", 503, e.getMessage()));
        }
        Response.ResponseBuilder response = builder(Problem.of("backend-unavailable", "LLM backend unavailable", 503,
                "The translation backend failed: " + e.getMessage() + ". Nothing was cached; try again later."));
        long wait = e.retryAfter().orElse(config.backend().retryAfter()).toSeconds();
        return response.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait)).build();
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e) {
        return builder(Problem.of("overloaded", "Too many requests", 429, e.getMessage() + " Try again later."))
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds())).build();
    }

    @ServerExceptionMapper
    public Response notReady(AnswerNotReadyException e) {
        return builder(Problem.of("answer-not-ready", "Answer not ready", 503, e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds())).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
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
        return send(Problem.of(slug(title), title, status, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // The trace stays in the log; the client learns only that it was not its fault.
        LOG.error("Unexpected failure", e);
        return send(Problem.of("internal", "Internal error", 500, "An unexpected error occurred; it has been logged."));
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Response send(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
