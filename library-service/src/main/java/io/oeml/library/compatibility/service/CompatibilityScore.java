package io.oeml.library.compatibility.service;

import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.MemoryEstimate;

/**
 * compatibility_score in 0..1 from the placement and the memory left over:
 * full GPU 0.7 + 0.3·h (h = share of free VRAM left after the load); partial offload 0.4 + 0.3·GPU share;
 * CPU only 0.2 + 0.2·h (h = share of free RAM left); does not fit 0.
 */
public final class CompatibilityScore {

    private CompatibilityScore() {
    }

    public static double of(MemoryEstimate estimate, HostHardware host) {
        double score = switch (estimate.placement()) {
            case FULL_GPU -> 0.7 + 0.3 * headroom(estimate.requiredFreeVramBytes(), host.gpuFreeBytes());
            case PARTIAL_OFFLOAD -> 0.4 + 0.3 * estimate.gpuPercent() / 100.0;
            case CPU_ONLY -> 0.2 + 0.2 * headroom(estimate.systemMemoryBytes(), host.ramFreeBytes());
            case DOES_NOT_FIT -> 0.0;
        };
        return Math.round(score * 1000) / 1000.0;
    }

    /** Share of {@code available} left after using {@code used}, in 0..1. */
    public static double headroom(long used, long available) {
        if (available <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, 1 - (double) used / available));
    }
}
