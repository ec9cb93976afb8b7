package io.oeml.evaluation.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last number in the answer is within {@code tolerance} of {@code expected} (absolute). The last one, as
 * lm-evaluation-harness's GSM8K "flexible-extract" filter takes it: models tend to restate the operands first
 * ("17 + 25 = 42"). Thousands separators ({@code 1,024}) are read as part of the number.
 */
public record NumericCheck(double expected, double tolerance) implements Check {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");

    @Override
    public double score(String answer) {
        Double last = lastNumber(answer);
        return last != null && Math.abs(last - expected) <= tolerance ? 1 : 0;
    }

    @Override
    public String describe() {
        return "numeric " + expected + (tolerance > 0 ? " ± " + tolerance : "");
    }

    /** The last number written in {@code text}, or null when it has none. */
    static Double lastNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? null : Double.valueOf(last.replace(",", ""));
    }
}
