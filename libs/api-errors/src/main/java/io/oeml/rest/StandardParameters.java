package io.oeml.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.ext.Provider;

/**
 * Integers, decimals, booleans and instants in parameters: "abc" for a number is a 400 naming the parameter (JAX-RS'
 * own conversion answers 404). Ranges are Bean Validation's ({@code @Min}, {@code @DecimalMax}) on the request record.
 */
@Provider
public class StandardParameters extends TypedParameters {

    public StandardParameters() {
        register(Integer.class, orNull(Integer::valueOf), "must be an integer");
        register(Long.class, orNull(Long::valueOf), "must be an integer");
        register(Double.class, orNull(StandardParameters::finite), "must be a number");
        register(Boolean.class, StandardParameters::bool, "must be true or false");
        register(Instant.class, StandardParameters::instant, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }

    private static Double finite(String text) {
        double number = Double.parseDouble(text);
        return Double.isFinite(number) ? number : null;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static <T> Function<String, T> orNull(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (NumberFormatException e) {
                return null;
            }
        };
    }
}
