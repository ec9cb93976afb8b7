package io.oeml.library.catalog.rest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.errors.ApiException;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.rest.ParameterTextFilter;

/** Parses query parameters of the model endpoints; a bad value is a 400 naming the parameter. */
public final class QueryParams {

    /** Longest value of any query or path parameter, in characters (checked for every request by the kit's filter). */
    public static final int MAX_TEXT_LENGTH = ParameterTextFilter.MAX_TEXT_LENGTH;
    private static final Pattern BYTES = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?$");

    private QueryParams() {
    }

    /**
     * Free text, stripped; null when absent or blank. Any printable text is data here: control characters never get
     * this far ({@link ParameterTextFilter}).
     */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        requireLength(name, text, maxLength);
        return text;
    }

    private static void requireLength(String name, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw ApiException.badParameter(name, "must be at most " + maxLength + " characters");
        }
    }

    public static Category category(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Category category = Category.fromWire(value);
        if (category == null) {
            throw ApiException.badParameter(name, "must be one of general, code, vision, math, embedding, small");
        }
        return category;
    }

    public static SizeClass size(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        SizeClass size = SizeClass.fromWire(value);
        if (size == null) {
            throw ApiException.badParameter(name, "must be one of tiny, small, medium, large, huge");
        }
        return size;
    }

    public static Long parameters(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long count = ParameterCount.parse(value);
        if (count == null) {
            throw ApiException.badParameter(name, "must be a parameter count such as 8000000000, 8B or 7.5b");
        }
        return count;
    }

    public static Double unitInterval(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double number = decimal(name, value);
        if (number < 0 || number > 1) {
            throw ApiException.badParameter(name, "must be between 0.0 and 1.0");
        }
        return number;
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
