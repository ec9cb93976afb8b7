package io.oeml.ollama.client.generate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code think} field (v0.9.0+): true/false, or a level "low"/"medium"/"high" (v0.11.1+) or "max" (v0.22.0+).
 * Since v0.12.4 thinking-capable models think by default when the field is absent.
 */
public final class Think {

    private final Object value;

    private Think(Object value) {
        this.value = value;
    }

    public static Think on() {
        return new Think(Boolean.TRUE);
    }

    public static Think off() {
        return new Think(Boolean.FALSE);
    }

    public static Think low() {
        return new Think("low");
    }

    public static Think medium() {
        return new Think("medium");
    }

    public static Think high() {
        return new Think("high");
    }

    public static Think max() {
        return new Think("max");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Think fromJson(Object v) {
        return new Think(v);
    }

    @JsonValue
    public Object value() {
        return value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
