package dev.yoyak.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The summary length a request may ask for, in the JSON body and as a query parameter alike. */
@Documented
@Min(SummarySentences.MIN)
@Max(SummarySentences.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface SummarySentences {

    /** Fewest sentences (points) a summary may have. */
    int MIN = 1;
    /** Most sentences (points) a summary may have. */
    int MAX = 10;
    /** Used when the request does not say. */
    int DEFAULT = 3;

    /** The message of a value out of range. */
    String message() default "summarySentences must be between " + MIN + " and " + MAX;

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};
}
