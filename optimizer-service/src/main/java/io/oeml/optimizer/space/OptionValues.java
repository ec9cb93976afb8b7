package io.oeml.optimizer.space;

import java.util.Optional;

/**
 * A value in the JSON type Ollama expects for an option: {@link Double} for a float, {@link Integer} for an integer,
 * {@link Boolean} for a boolean. Accepts numbers and booleans as JSON gives them and their string forms, which is how
 * a categorical's choices are held.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /** Empty when the value is not of the option's type (e.g. 2.5 for num_ctx, "yes" for use_mmap). */
    public static Optional<Object> typed(OllamaOption option, Object value) {
        return switch (option.kind()) {
            case FLOAT -> number(value).filter(Double::isFinite).map(Object.class::cast);
            case INT -> number(value).filter(d -> d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE)
                    .map(d -> (Object) d.intValue());
            case BOOLEAN -> value instanceof Boolean b ? Optional.of(b)
                    : "true".equals(value) || "false".equals(value) ? Optional.of(Boolean.valueOf((String) value))
                    : Optional.empty();
        };
    }

    /** A typed value inside the option's documented range (booleans always are). */
    static boolean inRange(OllamaOption option, Object typed) {
        return !(typed instanceof Number number) || option.inRange(number.doubleValue());
    }

    static String typeName(OllamaOption option) {
        return switch (option.kind()) {
            case FLOAT -> "a number";
            case INT -> "an integer";
            case BOOLEAN -> "true or false";
        };
    }

    static String range(OllamaOption option) {
        return option.kind() == OllamaOption.Kind.INT
                ? "[" + (long) option.low() + ", " + (long) option.high() + "]"
                : "[" + option.low() + ", " + option.high() + "]";
    }

    private static Optional<Double> number(Object value) {
        if (value instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(Double.parseDouble(text.trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
