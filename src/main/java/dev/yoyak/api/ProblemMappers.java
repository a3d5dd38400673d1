package dev.yoyak.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Answers every failure of yoyak's own endpoints as an RFC 9457 problem, as {@link FailureMapping} decides. Besides
 * the catch-all, a mapper for each type RESTEasy or its extensions map themselves (the most specific one wins).
 */
public class ProblemMappers {

    private final FailureMapping failures;

    public ProblemMappers(FailureMapping failures) {
        this.failures = failures;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return failures.of(e).response();
    }

    // Declared for the narrower type too, so it wins over quarkus-rest-jackson's built-in plain-JSON mapper.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return failures.of(e).response();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return failures.of(e).response();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        return failures.of(e).response();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return failures.of(e).response();
    }
}
