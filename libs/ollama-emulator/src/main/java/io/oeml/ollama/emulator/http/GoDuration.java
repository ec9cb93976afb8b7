package io.oeml.ollama.emulator.http;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** keep_alive values: a number of seconds, or a Go duration string such as "5m", "1h30m", "-1m", "300ms". */
final class GoDuration {

    private static final Pattern PART = Pattern.compile("([0-9]*\\.?[0-9]+)(ns|us|µs|ms|s|m|h)");

    private GoDuration() {
    }

    /** @throws IllegalArgumentException with Go's wording for strings without a unit ("-1") and other junk */
    static Duration parse(Object value) {
        if (value instanceof Number n) {
            return Duration.ofNanos(Math.round(n.doubleValue() * 1e9));
        }
        String s = String.valueOf(value).trim();
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        boolean negative = s.startsWith("-");
        String body = negative || s.startsWith("+") ? s.substring(1) : s;
        Matcher m = PART.matcher(body);
        int at = 0;
        double nanos = 0;
        while (at < body.length()) {
            if (!m.find(at) || m.start() != at) {
                String why = body.matches("[0-9.]+") ? "missing unit in duration" : "invalid duration";
                throw new IllegalArgumentException("time: " + why + " \"" + s + "\"");
            }
            double v = Double.parseDouble(m.group(1));
            nanos += v * switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            at = m.end();
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("time: invalid duration \"" + s + "\"");
        }
        return Duration.ofNanos(Math.round(negative ? -nanos : nanos));
    }
}
