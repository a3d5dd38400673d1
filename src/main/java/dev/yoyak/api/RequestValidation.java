package dev.yoyak.api;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Bean Validation of requests bound by hand (the byte-taking {@code /summarize} and each entry of a batch), with
 * the same 400 problem that {@code @Valid} gives a request RESTEasy binds.
 */
@ApplicationScoped
public class RequestValidation {

    private final Validator validator;

    public RequestValidation(Validator validator) {
        this.validator = validator;
    }

    /** The request when it is present and valid; else a {@link ConstraintViolationException}. */
    public <T> T valid(T request) {
        if (request == null) {
            throw new ConstraintViolationException("The request body is missing.", Set.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
