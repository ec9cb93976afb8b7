package io.oeml.library.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Model names as a query parameter takes them: comma-separated, each trimmed, empty ones dropped, in the order given. */
public record ModelNames(List<String> names) {

    static ModelNames parse(String text) {
        return new ModelNames(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    public List<String> distinct() {
        return names.stream().distinct().toList();
    }

    /** Between {@link #min()} and {@link #max()} distinct names. Null is valid. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
    @Constraint(validatedBy = Count.Check.class)
    public @interface Count {

        int min();

        int max();

        String message() default "must name {min} to {max} distinct models";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Count, ModelNames> {

            private int min;
            private int max;

            @Override
            public void initialize(Count annotation) {
                min = annotation.min();
                max = annotation.max();
            }

            @Override
            public boolean isValid(ModelNames value, ConstraintValidatorContext context) {
                int count = value == null ? min : value.distinct().size();
                return count >= min && count <= max;
            }
        }
    }
}
