package io.oeml.estimator.memory;

/**
 * Outcome of placing layers on the GPUs of one candidate set.
 *
 * @param gpuIndexes host GPU indexes of the candidate set, in placement order
 * @param layersPerGpu layers placed on each candidate GPU (output layer included)
 * @param allocations bytes charged to each candidate GPU
 * @param overflowBytes bytes left for system memory
 * @param fullyLoaded every repeating layer and the output layer are on GPU
 */
record LayerAssignment(int[] gpuIndexes, int[] layersPerGpu, long[] allocations, long overflowBytes, int layersOnGpu,
        boolean fullyLoaded, long graphApplied) {

    long vramBytes() {
        long total = 0;
        for (long allocation : allocations) {
            total += allocation;
        }
        return total;
    }
}
