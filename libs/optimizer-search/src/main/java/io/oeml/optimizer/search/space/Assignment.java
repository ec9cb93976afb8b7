package io.oeml.optimizer.search.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value for every parameter, ordered like the space: {@link Double} for a float, {@link Integer} for an integer,
 * {@link String} for a categorical.
 */
public record Assignment(Map<String, Object> values) {

    public Assignment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no value for parameter '" + name + "'");
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects values in space order. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        public Assignment build() {
            return new Assignment(values);
        }
    }
}
