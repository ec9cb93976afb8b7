package io.oeml.optimizer.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.oeml.optimizer.search.space.Assignment;

/**
 * A trial's {@code options} object for Ollama: every value in the JSON type Ollama checks (an integer option as an
 * {@link Integer}, a float as a {@link Double}, a boolean as a {@link Boolean}), a categorical's string choice turned
 * into that type (num_ctx "4096" becomes 4096), then the session's fixed options.
 */
public final class OllamaOptions {

    private OllamaOptions() {
    }

    /** @throws IllegalArgumentException for a name that is not an {@link OllamaOption} or a value not of its type */
    public static Map<String, Object> of(Assignment assignment, Map<String, Object> fixed) {
        Map<String, Object> options = new LinkedHashMap<>();
        assignment.values().forEach((name, value) -> options.put(name, typed(name, value)));
        fixed.forEach((name, value) -> options.put(name, typed(name, value)));
        return Collections.unmodifiableMap(options);
    }

    public static Map<String, Object> of(Assignment assignment) {
        return of(assignment, Map.of());
    }

    private static Object typed(String name, Object value) {
        OllamaOption option = OllamaOption.fromWire(name)
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an Ollama option; known: "
                        + OllamaOption.known()));
        return OptionValues.typed(option, value).orElseThrow(() -> new IllegalArgumentException(
                name + " takes " + OptionValues.typeName(option) + ", not " + value));
    }
}
