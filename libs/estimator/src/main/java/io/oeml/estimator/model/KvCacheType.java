package io.oeml.estimator.model;

import java.util.Locale;

/**
 * KV cache element types Ollama accepts. {@code estimatorBytes} is what Ollama's own formulas charge per element
 * (eras A/B); {@code allocatedBytes} is what ggml really allocates (docs/ollama.md §5.3).
 */
public enum KvCacheType {
    F16(2.0, 2.0), Q8_0(1.0, 34.0 / 32), Q4_0(0.5, 18.0 / 32);

    private final double estimatorBytes;
    private final double allocatedBytes;

    KvCacheType(double estimatorBytes, double allocatedBytes) {
        this.estimatorBytes = estimatorBytes;
        this.allocatedBytes = allocatedBytes;
    }

    public double estimatorBytes() {
        return estimatorBytes;
    }

    public double allocatedBytes() {
        return allocatedBytes;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null when the text is not one of f16, q8_0, q4_0. */
    public static KvCacheType fromWire(String text) {
        for (KvCacheType type : values()) {
            if (type.wireName().equalsIgnoreCase(text)) {
                return type;
            }
        }
        return null;
    }
}
