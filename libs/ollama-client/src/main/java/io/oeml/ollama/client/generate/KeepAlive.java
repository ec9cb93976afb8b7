package io.oeml.ollama.client.generate;

import java.time.Duration;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code keep_alive} field: how long the model stays loaded after the request. A number is seconds; a string
 * must be a Go duration with a unit ({@code "10m"}, {@code "1h30m"}). Negative means forever, sent as the number
 * {@code -1} because the string {@code "-1"} has no unit and Ollama rejects it (docs/ollama.md §8.10).
 */
public final class KeepAlive {

    private static final Pattern GO_DURATION = Pattern.compile("^[-+]?(\\d*\\.?\\d+(ns|us|µs|ms|s|m|h))+$");
    private final Object value;

    private KeepAlive(Object value) {
        this.value = value;
    }

    public static KeepAlive of(Duration d) {
        if (d.isNegative()) {
            return forever();
        }
        if (d.isZero()) {
            return unloadImmediately();
        }
        if (d.getNano() == 0) {
            return new KeepAlive(d.getSeconds() + "s");
        }
        return new KeepAlive(d.toMillis() + "ms");
    }

    public static KeepAlive forever() {
        return new KeepAlive(-1);
    }

    /** Unload as soon as the request is done (with an empty prompt: unload now). */
    public static KeepAlive unloadImmediately() {
        return new KeepAlive(0);
    }

    public static KeepAlive seconds(double seconds) {
        return new KeepAlive(seconds);
    }

    /** A Go duration string; throws for strings without a unit such as "-1" or "5". */
    public static KeepAlive goDuration(String s) {
        if (!"0".equals(s) && !GO_DURATION.matcher(s).matches()) {
            throw new IllegalArgumentException("keep_alive \"" + s + "\" is not a Go duration with a unit (e.g. 5m)");
        }
        return new KeepAlive(s);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static KeepAlive fromJson(Object v) {
        return new KeepAlive(v);
    }

    @JsonValue
    public Object value() {
        return value;
    }

    public boolean isZero() {
        return value instanceof Number n && n.doubleValue() == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
