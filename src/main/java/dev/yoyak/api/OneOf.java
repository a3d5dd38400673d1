package dev.yoyak.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.yoyak.article.OptionValue;

/**
 * A request option must name a value of its enum ({@code null}: the default). The allowed values and the message
 * ("summaryStyle must be one of: prose, bullets") come from the enum, so no request type restates them.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface OneOf {

    /** The option's enum. */
    Class<? extends OptionValue> value();

    /** The option's name in requests, for the message. */
    String option();

    /** Unused: the message is built from the enum. */
    String message() default "";

    /** Bean Validation groups. */
    Class<?>[] groups() default {};

    /** Bean Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks a value against the enum's. */
    class Validator implements ConstraintValidator<OneOf, String> {

        private List<String> allowed;
        private String message;

        @Override
        public void initialize(OneOf option) {
            allowed = OptionValue.values(option.value());
            message = option.option() + " must be one of: " + String.join(", ", allowed);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || allowed.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
