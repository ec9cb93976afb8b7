package io.oeml.estimator.model;

import java.util.List;

/**
 * Every component of one estimate, so it can be checked against what Ollama reported. Sizes are bytes.
 *
 * @param rules the era's rule set in one line, e.g. which Ollama function it mirrors
 * @param effectiveNumCtx num_ctx after capping at the trained context
 * @param kvCells total KV cells, effective num_ctx × num_parallel
 * @param sizeBytes what {@code ollama ps} SIZE would show under this era's definition
 * @param sizeVramBytes the part of {@code sizeBytes} on GPU(s)
 * @param processor the {@code ollama ps} PROCESSOR column, e.g. {@code 100% GPU} or {@code 11%/89% CPU/GPU}
 * @param requiredFreeVramBytes free VRAM the load needs, reserves included (may exceed sizeVramBytes)
 * @param notes caveats that apply to this estimate (approximations, unknown facts)
 */
public record MemoryEstimate(
        String model,
        String quantization,
        Era era,
        String rules,
        long effectiveNumCtx,
        int numParallel,
        long kvCells,
        int numBatch,
        KvCacheType kvCacheType,
        Weights weights,
        KvCache kvCache,
        Graph graph,
        Reserves reserves,
        Layers layers,
        long sizeBytes,
        long sizeVramBytes,
        long requiredFreeVramBytes,
        long systemMemoryBytes,
        Placement placement,
        int cpuPercent,
        int gpuPercent,
        String processor,
        DecodeSpeed decode,
        List<String> notes) {

    public MemoryEstimate {
        notes = List.copyOf(notes);
    }

    /** @param source tensors, synthesized or download_size (see {@link ModelWeights}) */
    public record Weights(long repeatingBytes, long outputBytes, long tokenEmbeddingBytes, long projectorBytes,
            long totalBytes, long firstLayerBytes, String source) {
    }

    /**
     * @param estimatorBytes KV as the era's formula counts it (Ollama bpe for A/B)
     * @param allocatedBytes KV as ggml allocates it (real bpe)
     * @param bytesPerToken estimator bytes per KV cell over all layers
     */
    public record KvCache(long estimatorBytes, long allocatedBytes, long bytesPerToken, String basis) {
    }

    /** @param appliedBytes the graph the era charges: full when every layer is on GPU, partial otherwise */
    public record Graph(long fullOffloadBytes, long partialOffloadBytes, long appliedBytes, String basis) {
    }

    /**
     * @param minimumMemoryPerGpu 457 MiB (512 MiB Metal) in eras A/B, 0 in C
     * @param bufferLayerBytes blk.0 + KV of layer 0, reserved once per GPU in eras A/B
     * @param fitTargetPerGpu llama.cpp's free-memory target per device in era C (1024 MiB)
     */
    public record Reserves(long minimumMemoryPerGpu, long bufferLayerBytes, long gpuOverheadPerGpu,
            long fitTargetPerGpu, boolean includedInSize) {
    }

    /** @param total repeating layers + the output layer, as Ollama counts {@code layers.model} */
    public record Layers(int total, int onGpu, List<GpuShare> perGpu) {
        public Layers {
            perGpu = List.copyOf(perGpu);
        }
    }

    public record GpuShare(int gpuIndex, String gpuName, int layers, long allocatedBytes, long freeBytes) {
    }

    /**
     * Decode speed from memory bandwidth: each generated token reads the active weights and the filled KV cache once.
     *
     * @param upperBoundTokensPerSecond bytes-per-token over peak bandwidth, null when a needed bandwidth is unknown
     * @param expectedTokensPerSecond the upper bound times the assumed bandwidth efficiency
     */
    public record DecodeSpeed(Double upperBoundTokensPerSecond, Double expectedTokensPerSecond,
            long bytesReadPerTokenGpu, long bytesReadPerTokenCpu, Double gpuBandwidthGbps, Double cpuBandwidthGbps,
            double bandwidthEfficiency, List<String> assumptions) {
        public DecodeSpeed {
            assumptions = List.copyOf(assumptions);
        }
    }
}
