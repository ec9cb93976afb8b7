package io.oeml.library.compatibility.model;

import java.util.Locale;

import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.library.units.Gigabytes;

/**
 * The headline of an estimate.
 *
 * @param sizeGb what {@code ollama ps} SIZE would show, GB (10^9 bytes)
 * @param requiredFreeVramGb free VRAM the load needs, reserves included
 * @param expectedTokensPerSecond decode speed estimate from memory bandwidth (null when a bandwidth is unknown)
 */
public record FitView(String hostId, String quantization, long numCtx, String kvCacheType, int numParallel, String era,
        String placement, String processor, int layersOnGpu, int layersTotal, double sizeGb, double vramGb,
        double requiredFreeVramGb, double systemMemoryGb, Double expectedTokensPerSecond) {

    public static FitView of(String hostId, MemoryEstimate estimate) {
        return new FitView(hostId, estimate.quantization(), estimate.effectiveNumCtx(), estimate.kvCacheType().wireName(),
                estimate.numParallel(), estimate.era().name(), estimate.placement().name().toLowerCase(Locale.ROOT),
                estimate.processor(), estimate.layers().onGpu(), estimate.layers().total(),
                Gigabytes.rounded(estimate.sizeBytes()), Gigabytes.rounded(estimate.sizeVramBytes()),
                Gigabytes.rounded(estimate.requiredFreeVramBytes()), Gigabytes.rounded(estimate.systemMemoryBytes()),
                estimate.decode().expectedTokensPerSecond());
    }
}
