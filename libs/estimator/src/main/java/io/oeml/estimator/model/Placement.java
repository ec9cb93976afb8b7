package io.oeml.estimator.model;

/** Where a model ends up, in the terms {@code ollama ps} uses. */
public enum Placement {
    FULL_GPU, PARTIAL_OFFLOAD, CPU_ONLY, DOES_NOT_FIT
}
