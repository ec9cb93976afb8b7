package io.oeml.library.catalog.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parameter counts as people write them: {@code 8000000000}, {@code 8B}, {@code 7.5b}, {@code 335M}, {@code 22m}. */
public final class ParameterCount {

    private static final Pattern FORM = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([kmbt]?)$");

    private ParameterCount() {
    }

    /** Null when the text is not a positive count. */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(matcher.group(1));
        BigDecimal scale = switch (matcher.group(2)) {
            case "k" -> BigDecimal.valueOf(1_000L);
            case "m" -> BigDecimal.valueOf(1_000_000L);
            case "b" -> BigDecimal.valueOf(1_000_000_000L);
            case "t" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
        BigDecimal count = value.multiply(scale);
        if (count.signum() <= 0 || count.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        return count.longValue();
    }

    /** {@code 8B}, {@code 3.2B}, {@code 335M}: how the library shows a size. */
    public static String label(long parameters) {
        if (parameters <= 0) {
            return null;
        }
        if (parameters >= 1_000_000_000L) {
            return trim(parameters / 1e9) + "B";
        }
        return trim(parameters / 1e6) + "M";
    }

    private static String trim(double value) {
        double rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10.0;
        return rounded == Math.floor(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
