package io.oeml.optimizer.space;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Ollama request options a session may search or fix, each with its JSON type and the range this service
 * documents for it (a custom space's bounds and fixed values must lie inside). The ranges are wider than any
 * built-in space; Ollama itself accepts more (docs/ollama.md §4.1).
 */
public enum OllamaOption {
    TEMPERATURE(Kind.FLOAT, 0, 2, false),
    TOP_P(Kind.FLOAT, 0, 1, false),
    TOP_K(Kind.INT, 1, 1000, false),
    MIN_P(Kind.FLOAT, 0, 1, false),
    REPEAT_PENALTY(Kind.FLOAT, 0.5, 2, false),
    NUM_CTX(Kind.INT, 256, 1 << 20, true),
    NUM_BATCH(Kind.INT, 1, 8192, true),
    NUM_THREAD(Kind.INT, 1, 1024, true),
    // Repeating layers + the output layer; at most the 1024 layers any real model has, plus one.
    NUM_GPU(Kind.INT, 0, 1025, true),
    USE_MMAP(Kind.BOOLEAN, 0, 1, true);

    /** The JSON type Ollama expects; a wrong one is an error there ({@code option "x" must be of type ...}). */
    public enum Kind {
        FLOAT, INT, BOOLEAN
    }

    private final Kind kind;
    private final double low;
    private final double high;
    private final boolean loadTime;

    OllamaOption(Kind kind, double low, double high, boolean loadTime) {
        this.kind = kind;
        this.low = low;
        this.high = high;
        this.loadTime = loadTime;
    }

    public Kind kind() {
        return kind;
    }

    /** Lowest documented value (inclusive); for a boolean 0. */
    public double low() {
        return low;
    }

    /** Highest documented value (inclusive); for a boolean 1. */
    public double high() {
        return high;
    }

    /** Changing it reloads the model ({@code api.Runner}); the others are per request. */
    public boolean loadTime() {
        return loadTime;
    }

    public boolean inRange(double value) {
        return value >= low && value <= high;
    }

    /** The key in Ollama's {@code options} object, e.g. {@code num_ctx}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OllamaOption> fromWire(String name) {
        return Arrays.stream(values()).filter(option -> option.wireName().equals(name)).findFirst();
    }

    /** The wire names, for error messages listing what is known. */
    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(OllamaOption::wireName).toList());
    }
}
