package io.oeml.library.catalog.rest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.errors.ApiException;
import io.oeml.library.estimate.model.Era;
import io.oeml.library.estimate.model.KvCacheType;

/**
 * Parses the query parameters of {@code estimate/rest}, the one endpoint not yet on the typed-parameter pattern
 * (README "How an endpoint is built"; it moves to libs/estimator); a bad value is a 400 naming the parameter.
 */
public final class QueryParams {

    private static final Pattern BYTES = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?$");

    private QueryParams() {
    }

    public static double decimal(String name, String value) {
        try {
            double number = Double.parseDouble(value.trim());
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a number");
        }
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw ApiException.badParameter(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be an integer between " + min + " and " + max);
        }
    }

    public static KvCacheType kvCacheType(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        KvCacheType type = KvCacheType.fromWire(value);
        if (type == null) {
            throw ApiException.badParameter(name, "must be one of f16, q8_0, q4_0");
        }
        return type;
    }

    public static Era era(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Era era = Era.fromWire(value);
        if (era == null) {
            throw ApiException.badParameter(name, "must be one of A, B, C");
        }
        return era;
    }

    /** Byte sizes: plain bytes or a number with a unit (GB = 10^9, GiB = 2^30, ...). */
    public static long bytes(String name, String value) {
        Matcher matcher = BYTES.matcher(value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw ApiException.badParameter(name, "must be a size such as 24GiB, 16GB or 17179869184");
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        BigDecimal scale = switch (unit) {
            case "kb" -> BigDecimal.valueOf(1_000L);
            case "mb" -> BigDecimal.valueOf(1_000_000L);
            case "gb" -> BigDecimal.valueOf(1_000_000_000L);
            case "tb" -> BigDecimal.valueOf(1_000_000_000_000L);
            case "kib" -> BigDecimal.valueOf(1L << 10);
            case "mib" -> BigDecimal.valueOf(1L << 20);
            case "gib" -> BigDecimal.valueOf(1L << 30);
            case "tib" -> BigDecimal.valueOf(1L << 40);
            default -> BigDecimal.ONE;
        };
        return number.multiply(scale).longValue();
    }
}
