package io.oeml.estimator.memory;

import java.util.ArrayList;
import java.util.List;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.model.Placement;

/**
 * Memory and fit estimate of one model on one host under one Ollama era (docs/ollama.md §5). Pure function of its input:
 * no framework, no I/O.
 */
public final class MemoryEstimator {

    private MemoryEstimator() {
    }

    public static MemoryEstimate estimate(EstimateRequest request) {
        ModelSpec model = request.model();
        Architecture arch = model.architecture();
        List<String> notes = new ArrayList<>();
        long numCtx = request.numCtx();
        if (arch.contextLength() > 0 && numCtx > arch.contextLength()) {
            notes.add("num_ctx " + numCtx + " capped at the trained context " + arch.contextLength());
            numCtx = arch.contextLength();
        }
        int parallel = Math.max(1, request.numParallel());
        long batch = Math.min(numCtx, request.numBatch());
        long cells = numCtx * parallel;
        KvCacheType kvType = request.kvCacheType();
        KvAndGraph kvGraph = GraphSizeCalculator.compute(model, numCtx, batch, parallel, kvType);
        long[] allocatedPerLayer = allocatedKv(kvGraph, kvType);
        long allocatedKv = 0;
        for (long layer : allocatedPerLayer) {
            allocatedKv += layer;
        }
        ModelWeights weights = model.weights();
        if (!"tensors".equals(weights.source())) {
            notes.add("weights " + weights.source() + ": " + ("synthesized".equals(weights.source())
                    ? "tensor shapes rebuilt from architecture facts with llama.cpp quantization rules"
                    : "download size spread evenly over the layers (approximate)"));
        }
        if (kvType != KvCacheType.F16) {
            notes.add("quantized KV cache requires flash attention before v0.30");
        }
        PlacementResult result = switch (request.era()) {
            case A -> EraRules.eraA(request, kvGraph);
            case B -> EraRules.eraB(request, kvGraph);
            case C -> EraRules.eraC(request, kvGraph, allocatedKv, allocatedPerLayer, EraRules.eraCPredicted(model, cells, request.numBatch()));
        };
        notes.addAll(result.notes());

        long cpuBytes = result.sizeBytes() - result.vramBytes();
        Placement placement = placement(result, cpuBytes, request.host().ramFreeBytes());
        int cpuPercent = result.sizeBytes() > 0 ? (int) Math.round(100.0 * cpuBytes / result.sizeBytes()) : 0;
        if (!result.usedGpu()) {
            cpuPercent = 100;
        }
        int gpuPercent = 100 - cpuPercent;
        String processor = cpuPercent == 0 ? "100% GPU" : gpuPercent == 0 ? "100% CPU" : cpuPercent + "%/" + gpuPercent + "% CPU/GPU";
        long kvPerToken = cells > 0 ? kvGraph.kvTotal() / cells : 0;
        MemoryEstimate.Weights weightParts = new MemoryEstimate.Weights(weights.repeatingBytes(), weights.outputBytes(),
                weights.tokenEmbeddingBytes(), weights.projectorBytes(), weights.totalBytes(),
                weights.layerCount() > 0 ? weights.layer(0) : 0, weights.source());
        MemoryEstimate.KvCache kv = new MemoryEstimate.KvCache(kvGraph.kvTotal(), allocatedKv, kvPerToken, kvGraph.kvBasis());
        MemoryEstimate.Graph graph = new MemoryEstimate.Graph(kvGraph.graphFull(), kvGraph.graphPartial(),
                result.graphApplied(), kvGraph.graphBasis());
        int totalLayers = weights.layerCount() + (weights.outputBytes() > 0 ? 1 : 0);
        MemoryEstimate.DecodeSpeed decode = DecodeSpeedEstimator.estimate(model, request.host(), result, allocatedKv,
                totalLayers);
        return new MemoryEstimate(model.name(), model.quantization(), request.era(), result.rules(), numCtx, parallel,
                cells, request.numBatch(), kvType, weightParts, kv, graph, result.reserves(),
                new MemoryEstimate.Layers(totalLayers, result.layersOnGpu(), result.perGpu()), result.sizeBytes(),
                result.vramBytes(), result.requiredFreeVram(), cpuBytes, placement, cpuPercent, gpuPercent, processor,
                decode, notes);
    }

    private static Placement placement(PlacementResult result, long cpuBytes, long ramFree) {
        if (cpuBytes > ramFree) {
            return Placement.DOES_NOT_FIT;
        }
        if (!result.usedGpu()) {
            return Placement.CPU_ONLY;
        }
        return result.fullyOnGpu() ? Placement.FULL_GPU : Placement.PARTIAL_OFFLOAD;
    }

    /** What ggml really allocates: the estimator's KV rescaled from Ollama's bpe to the real one. */
    private static long[] allocatedKv(KvAndGraph kvGraph, KvCacheType kvType) {
        long[] real = new long[kvGraph.kvPerLayer().length];
        for (int i = 0; i < real.length; i++) {
            real[i] = Math.round(kvGraph.kvPerLayer()[i] / kvType.estimatorBytes() * kvType.allocatedBytes());
        }
        return real;
    }
}
