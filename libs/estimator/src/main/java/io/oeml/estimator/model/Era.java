package io.oeml.estimator.model;

/** Ollama loader eras (docs/ollama.md §0): who decides memory placement and how {@code ollama ps} reports it. */
public enum Era {
    /** Up to v0.11.10 (llama-engine models until v0.12.10): static estimator, {@code estimateGPULayers}. */
    A,
    /** v0.11.11 / v0.12.11 to v0.29: backend-measured layouts; reserves are not part of the reported size. */
    B,
    /** v0.30 and later: llama-server with llama.cpp's own fit. */
    C;

    /** Null when the text is not A, B or C. */
    public static Era fromWire(String text) {
        for (Era era : values()) {
            if (era.name().equalsIgnoreCase(text)) {
                return era;
            }
        }
        return null;
    }
}
