package io.oeml.library.estimate.rest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.errors.ApiException;

/** The numbers of a described host ({@link HardwareDescription}); a bad value is a 400 naming the parameter. */
final class HardwareNumbers {

    private static final Pattern BYTES = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?$");

    private HardwareNumbers() {
    }

    static double decimal(String name, String value) {
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

    /** Byte sizes: plain bytes or a number with a unit (GB = 10^9, GiB = 2^30, ...). */
    static long bytes(String name, String value) {
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
