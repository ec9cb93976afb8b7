package io.oeml.estimator.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.ModelWeights;

/**
 * Era A placement: Ollama's {@code estimateGPULayers} and {@code pickBestFullFitByLibrary} (llm/memory.go@v0.12.10,
 * docs/ollama.md §5.5). {@code ollama ps} then reports {@code size = TotalSize = VRAMSize + overflow}, reserves included.
 */
final class EraAEstimator {

    static final long MINIMUM_MEMORY = Mib.of(457);
    static final long MINIMUM_MEMORY_METAL = Mib.of(512);

    private EraAEstimator() {
    }

    static long minimumMemory(GpuDevice gpu) {
        return gpu.isMetal() ? MINIMUM_MEMORY_METAL : MINIMUM_MEMORY;
    }

    /**
     * Fewest GPUs (most free memory first) that hold the whole model; when none does, the partial offload over all GPUs.
     * A host without GPUs gets the CPU layout.
     */
    static LayerAssignment place(ModelWeights weights, KvAndGraph kvGraph, HostHardware host, int numGpu) {
        if (!host.hasGpu() || numGpu == 0) {
            return cpuOnly(weights, kvGraph);
        }
        List<Integer> byFree = IntStream.range(0, host.gpus().size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> host.gpus().get(i).freeBytes()).reversed())
                .toList();
        LayerAssignment last = null;
        for (int count = 1; count <= byFree.size(); count++) {
            last = estimateGpuLayers(weights, kvGraph, host, byFree.subList(0, count), numGpu);
            if (last.fullyLoaded()) {
                return last;
            }
        }
        return last;
    }

    /** {@code estimateGPULayers} for one candidate GPU set. */
    static LayerAssignment estimateGpuLayers(ModelWeights weights, KvAndGraph kvGraph, HostHardware host,
            List<Integer> candidates, int numGpu) {
        int blockCount = weights.layerCount();
        long overhead = host.gpuOverheadBytes();
        long graphPartial = kvGraph.graphPartial();
        long graphFull = kvGraph.graphFull();
        GpuDevice first = host.gpus().get(candidates.get(0));
        if (first.isMetal()) {
            graphPartial = graphFull;
        } else if (candidates.size() > 1) {
            graphFull = graphPartial;
        }
        long graphMax = Math.max(graphPartial, graphFull);
        long bufferLayer = blockCount > 0 ? weights.layer(0) + kvGraph.kv(0) : 0;
        long gpuZeroOverhead = weights.projectorBytes();

        int n = candidates.size();
        long[] allocations = new long[n];
        int[] layersPerGpu = new int[n];
        List<Integer> withSpace = new ArrayList<>();
        for (int slot = 0; slot < n; slot++) {
            GpuDevice gpu = host.gpus().get(candidates.get(slot));
            long zeroOverhead = withSpace.isEmpty() ? gpuZeroOverhead : 0;
            if (gpu.freeBytes() < overhead + zeroOverhead + graphMax + minimumMemory(gpu) + 2 * bufferLayer) {
                continue;
            }
            withSpace.add(slot);
            allocations[slot] += minimumMemory(gpu) + bufferLayer;
        }
        long overflow = 0;
        if (!withSpace.isEmpty()) {
            allocations[withSpace.get(0)] += gpuZeroOverhead;
        } else {
            overflow += gpuZeroOverhead;
        }

        int layerCount = 0;
        for (int i = blockCount - 1; i >= 0; i--) {
            long layerSize = weights.layer(i) + kvGraph.kv(i);
            if (numGpu >= 0 && layerCount >= numGpu) {
                overflow += layerSize;
                continue;
            }
            for (int j = withSpace.size(); j > 0; j--) {
                int slot = withSpace.get(i % j);
                GpuDevice gpu = host.gpus().get(candidates.get(slot));
                long used = allocations[slot] + graphMax;
                if (gpu.freeBytes() > overhead + used + layerSize) {
                    allocations[slot] += layerSize;
                    layersPerGpu[slot]++;
                    layerCount++;
                    break;
                }
                withSpace.remove(i % j);
            }
            if (withSpace.isEmpty()) {
                overflow += layerSize;
            }
        }
        boolean fullyLoaded = layerCount >= blockCount;

        long lastLayer = weights.outputBytes();
        if (lastLayer > 0) {
            if (numGpu < 0 || layerCount < numGpu) {
                for (int j = withSpace.size(); j > 0; j--) {
                    int slot = withSpace.get(layerCount % j);
                    GpuDevice gpu = host.gpus().get(candidates.get(slot));
                    long used = allocations[slot] + graphMax;
                    if (gpu.freeBytes() > overhead + used + lastLayer) {
                        allocations[slot] += lastLayer;
                        layersPerGpu[slot]++;
                        layerCount++;
                        break;
                    }
                }
            }
            if (layerCount < blockCount + 1) {
                fullyLoaded = false;
                overflow += lastLayer;
            }
        }

        long graphApplied = fullyLoaded ? graphFull : graphPartial;
        for (int slot = 0; slot < n; slot++) {
            if (layersPerGpu[slot] > 0) {
                allocations[slot] += graphApplied;
            }
        }
        int[] indexes = candidates.stream().mapToInt(Integer::intValue).toArray();
        return new LayerAssignment(indexes, layersPerGpu, allocations, overflow, layerCount, fullyLoaded, graphApplied);
    }

    /** No usable GPU: the whole estimate (buffer layer, layers, output, full graph) lands in system memory. */
    private static LayerAssignment cpuOnly(ModelWeights weights, KvAndGraph kvGraph) {
        long total = weights.projectorBytes() + weights.outputBytes() + kvGraph.graphFull();
        if (weights.layerCount() > 0) {
            total += weights.layer(0) + kvGraph.kv(0);
        }
        for (int i = 0; i < weights.layerCount(); i++) {
            total += weights.layer(i) + kvGraph.kv(i);
        }
        return new LayerAssignment(new int[0], new int[0], new long[0], total, 0, false, kvGraph.graphFull());
    }
}
