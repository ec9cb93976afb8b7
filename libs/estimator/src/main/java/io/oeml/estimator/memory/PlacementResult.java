package io.oeml.estimator.memory;

import java.util.List;

import io.oeml.estimator.model.MemoryEstimate.GpuShare;
import io.oeml.estimator.model.MemoryEstimate.Reserves;

/** What one era's rules decided: reported sizes, layers on GPU and the reserves the load needs. */
record PlacementResult(long sizeBytes, long vramBytes, long requiredFreeVram, int layersOnGpu, boolean fullyOnGpu,
        boolean usedGpu, long graphApplied, List<GpuShare> perGpu, Reserves reserves, long gpuWeightBytes,
        long cpuWeightBytes, String rules, List<String> notes) {
}
