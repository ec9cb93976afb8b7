package io.oeml.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text of at most {@link #value()} characters, counted as a person counts them (code points, so an emoji is one), where
 * {@code @Size} would count UTF-16 units. Null is valid.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Constraint(validatedBy = MaxLength.Check.class)
public @interface MaxLength {

    int value();

    String message() default "must be at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator; also the one length rule of {@link ParameterTextFilter}. */
    class Check implements ConstraintValidator<MaxLength, String> {

        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || fits(value, max);
        }

        static boolean fits(String value, int max) {
            return value.codePointCount(0, value.length()) <= max;
        }
    }
}
