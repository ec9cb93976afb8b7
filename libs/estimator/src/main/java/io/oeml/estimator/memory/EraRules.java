package io.oeml.estimator.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.MemoryEstimate.GpuShare;
import io.oeml.estimator.model.MemoryEstimate.Reserves;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;

/** The per-era placement rules of docs/ollama.md §5.5–5.7, each returning sizes as that era's {@code ollama ps} reports them. */
final class EraRules {

    static final long FIT_TARGET = Mib.of(1024);

    private EraRules() {
    }

    /** Era A: {@code estimateGPULayers}; reserves (minimum memory, buffer layer) are part of the reported size. */
    static PlacementResult eraA(EstimateRequest request, KvAndGraph kvGraph) {
        ModelWeights weights = request.model().weights();
        HostHardware host = request.host();
        LayerAssignment assignment = EraAEstimator.place(weights, kvGraph, host, request.numGpu());
        long bufferLayer = weights.layerCount() > 0 ? weights.layer(0) + kvGraph.kv(0) : 0;
        long minimum = host.hasGpu() ? EraAEstimator.minimumMemory(host.gpus().get(0)) : 0;
        Reserves reserves = new Reserves(minimum, bufferLayer, host.gpuOverheadBytes(), 0, true);
        String rules = "era A: estimateGPULayers (llm/memory.go@v0.12.10); size = TotalSize incl. 457 MiB minimum and one buffer layer per GPU";
        if (assignment.layersOnGpu() == 0) {
            // Ollama does not bother loading on GPU when no layer fits: it restarts the estimate on the CPU
            LayerAssignment cpu = EraAEstimator.place(weights, kvGraph, withoutGpus(host), 0);
            long cpuWeights = weights.repeatingBytes() + weights.outputBytes();
            Reserves cpuReserves = new Reserves(0, bufferLayer, 0, 0, true);
            return new PlacementResult(cpu.overflowBytes(), 0, 0, 0, false, false, cpu.graphApplied(), List.of(),
                    cpuReserves, 0, cpuWeights, rules, List.of());
        }
        List<GpuShare> shares = new ArrayList<>();
        int[] indexes = assignment.gpuIndexes();
        for (int slot = 0; slot < indexes.length; slot++) {
            GpuDevice gpu = host.gpus().get(indexes[slot]);
            shares.add(new GpuShare(indexes[slot], gpu.name(), assignment.layersPerGpu()[slot], assignment.allocations()[slot],
                    gpu.freeBytes()));
        }
        long gpuWeights = weightsOnGpu(weights, assignment.layersOnGpu());
        long vram = assignment.vramBytes();
        long size = vram + assignment.overflowBytes();
        long cpuWeights = weights.repeatingBytes() + weights.outputBytes() - gpuWeights;
        return new PlacementResult(size, vram, vram + host.gpuOverheadBytes() * shares.size(), assignment.layersOnGpu(),
                assignment.fullyLoaded(), true, assignment.graphApplied(), shares, reserves, gpuWeights, cpuWeights, rules,
                List.of());
    }

    /**
     * Era B (llama engine layout synthesized from the era A formulas): greedy fill from the top layer on the fewest GPUs;
     * the minimum memory and the buffer layer are reserved but not reported.
     */
    static PlacementResult eraB(EstimateRequest request, KvAndGraph kvGraph) {
        ModelWeights weights = request.model().weights();
        HostHardware host = request.host();
        int blockCount = weights.layerCount();
        long bufferLayer = blockCount > 0 ? weights.layer(0) + kvGraph.kv(0) : 0;
        long[] slots = slotSizes(weights, kvGraph);
        long totalModel = sum(slots);
        String rules = "era B: createLayout/greedyFit (llm/server.go@v0.20.0), llama-engine layout from the era A formulas; "
                + "size excludes the 457 MiB minimum and the buffer layer";
        long minimum = host.hasGpu() ? EraAEstimator.minimumMemory(host.gpus().get(0)) : 0;
        Reserves reserves = new Reserves(minimum, bufferLayer, host.gpuOverheadBytes(), 0, false);
        if (!host.hasGpu() || request.numGpu() == 0) {
            return eraBOnCpu(request.model(), kvGraph, totalModel, rules);
        }
        List<Integer> order = gpusByFree(host);
        Greedy best = null;
        for (int count = 1; count <= order.size(); count++) {
            List<Integer> chosen = order.subList(0, count);
            long graph = count > 1 ? kvGraph.graphPartial() : kvGraph.graphFull();
            best = greedy(slots, host, chosen, graph, bufferLayer, true, request.numGpu());
            if (best.placedSlots == slots.length) {
                break;
            }
        }
        boolean full = best.placedSlots == slots.length;
        if (!full) {
            // not everything fits: lay out again with the partial graph, output layer left on CPU
            long[] repeating = Arrays.copyOf(slots, blockCount);
            Greedy partial = greedy(repeating, host, order, kvGraph.graphPartial(), bufferLayer, true, request.numGpu());
            Greedy withOutput = greedy(slots, host, order, kvGraph.graphPartial(), bufferLayer, true, request.numGpu());
            best = partial.placedSlots >= withOutput.placedSlots ? partial : withOutput;
        }
        long graph = full ? (best.perGpuBytes.length > 1 ? kvGraph.graphPartial() : kvGraph.graphFull()) : kvGraph.graphPartial();
        if (best.placedSlots == 0) {
            long size = totalModel + kvGraph.graphFull();
            return new PlacementResult(size, 0, 0, 0, false, false, kvGraph.graphFull(), List.of(),
                    new Reserves(0, 0, 0, 0, false), 0, weights.repeatingBytes() + weights.outputBytes(), rules, List.of());
        }
        List<GpuShare> shares = new ArrayList<>();
        long vram = 0;
        for (int i = 0; i < best.gpuIndexes.length; i++) {
            if (best.layersPerGpu[i] == 0) {
                continue;
            }
            long allocated = best.perGpuBytes[i] + graph;
            vram += allocated;
            GpuDevice gpu = host.gpus().get(best.gpuIndexes[i]);
            shares.add(new GpuShare(best.gpuIndexes[i], gpu.name(), best.layersPerGpu[i], allocated, gpu.freeBytes()));
        }
        long size = totalModel + graph;
        if (full) {
            vram = size;
        }
        long gpuWeights = weightsOnGpu(weights, best.placedSlots);
        long reservesPerGpu = minimum + bufferLayer + host.gpuOverheadBytes();
        return new PlacementResult(size, vram, vram + reservesPerGpu * shares.size(), best.placedSlots, full, true, graph,
                shares, reserves, gpuWeights, weights.repeatingBytes() + weights.outputBytes() - gpuWeights, rules,
                List.of("CPU-side compute graph of a partial offload is not counted (only reported by the backend)"));
    }

    /**
     * Era B on the CPU alone ({@code MemorySize}, llm/server.go@v0.24.0): the llama engine gives its runner no CPU
     * compute graph, so {@code size} is layers + KV + output layer; the Ollama engine also counts its input embeddings
     * (a tied {@code token_embd} is loaded twice: as input and as the output layer) and the CPU graph its backend
     * measured, estimated by {@link KvAndGraph#graphOllamaEngine()}.
     */
    private static PlacementResult eraBOnCpu(ModelSpec model, KvAndGraph kvGraph, long totalModel, String rules) {
        ModelWeights weights = model.weights();
        long cpuWeights = weights.repeatingBytes() + weights.outputBytes();
        Reserves none = new Reserves(0, 0, 0, 0, false);
        if (!OllamaEngine.runs(model.architecture())) {
            return new PlacementResult(totalModel, 0, 0, 0, false, false, 0, List.of(), none, 0, cpuWeights, rules,
                    List.of("llama engine on CPU: its compute buffer is allocated but not counted in size"));
        }
        // tied: the output layer is token_embd + output_norm, the norm (E·4 bytes) is counted once more than Ollama does
        long inputWeights = weights.tokenEmbeddingBytes() > 0 ? weights.tokenEmbeddingBytes() : weights.outputBytes();
        long graph = kvGraph.graphOllamaEngine();
        return new PlacementResult(inputWeights + totalModel + graph, 0, 0, 0, false, false, graph, List.of(), none, 0,
                cpuWeights, rules, List.of("Ollama engine on CPU: compute graph estimated (the backend"
                        + " measures it); input embeddings counted"));
    }

    /**
     * Era C: Ollama's pre-flight picks the GPU(s); llama.cpp's fit then places layers back to front keeping 1024 MiB free
     * per device. The compute buffer is not derivable from metadata; the era A full-offload graph is used in its place.
     */
    static PlacementResult eraC(EstimateRequest request, KvAndGraph kvGraph, long allocatedKv, long[] allocatedKvPerLayer,
            long predicted) {
        ModelWeights weights = request.model().weights();
        HostHardware host = request.host();
        int blockCount = weights.layerCount();
        long compute = kvGraph.graphFull();
        long[] slots = new long[blockCount + 1];
        for (int i = 0; i < blockCount; i++) {
            slots[i] = weights.layer(i) + allocatedKvPerLayer[i];
        }
        slots[blockCount] = weights.outputBytes() + weights.projectorBytes();
        long modelAndKv = sum(slots);
        String rules = "era C: llama-server --fit (1024 MiB kept free per device), Ollama pre-flight "
                + "predicted = file + 2·L·Hkv·(E/Hq)·Ct·2 chooses one GPU when predicted ≤ 80 % of its free memory";
        Reserves reserves = new Reserves(0, 0, 0, host.hasGpu() ? FIT_TARGET : 0, false);
        List<String> notes = List.of("compute buffer assumed equal to the era A full-offload graph ("
                + "llama.cpp reports the real one in its 'compute buffer size' log line)");
        if (!host.hasGpu() || request.numGpu() == 0) {
            long size = modelAndKv + weights.tokenEmbeddingBytes() + compute;
            return new PlacementResult(size, 0, 0, 0, false, false, compute, List.of(), reserves, 0,
                    weights.repeatingBytes() + weights.outputBytes(), rules, notes);
        }
        List<Integer> order = gpusByFree(host);
        List<Integer> chosen = order.stream().filter(i -> predicted <= host.gpus().get(i).freeBytes() * 0.8).limit(1).toList();
        if (chosen.isEmpty()) {
            chosen = order;
        }
        Greedy fit = greedy(slots, host, chosen, compute, FIT_TARGET, false, request.numGpu());
        if (fit.placedSlots == 0) {
            long size = modelAndKv + weights.tokenEmbeddingBytes() + compute;
            return new PlacementResult(size, 0, 0, 0, false, false, compute, List.of(), reserves, 0,
                    weights.repeatingBytes() + weights.outputBytes(), rules, notes);
        }
        boolean full = fit.placedSlots == slots.length;
        List<GpuShare> shares = new ArrayList<>();
        long vram = 0;
        for (int i = 0; i < fit.gpuIndexes.length; i++) {
            if (fit.layersPerGpu[i] == 0) {
                continue;
            }
            long allocated = fit.perGpuBytes[i] + compute;
            vram += allocated;
            GpuDevice gpu = host.gpus().get(fit.gpuIndexes[i]);
            shares.add(new GpuShare(fit.gpuIndexes[i], gpu.name(), fit.layersPerGpu[i], allocated, gpu.freeBytes()));
        }
        // fully offloaded: Ollama reports size := size_vram (CPU-mapped token embeddings left out)
        long size = full ? vram : modelAndKv + weights.tokenEmbeddingBytes() + compute;
        long gpuWeights = weightsOnGpu(weights, fit.placedSlots);
        return new PlacementResult(size, vram, vram + FIT_TARGET * shares.size(), fit.placedSlots, full, true, compute,
                shares, reserves, gpuWeights, weights.repeatingBytes() + weights.outputBytes() - gpuWeights, rules, notes);
    }

    /** Ollama's era C pre-flight: file size + always-f16 crude KV + batch surcharge (docs/ollama.md §5.7). */
    static long eraCPredicted(ModelSpec model, long cells, int numBatch) {
        Architecture arch = model.architecture();
        long kv = arch.hasKvDimensions() && arch.headCount() > 0
                ? 2L * arch.blockCount() * arch.headCountKv() * arch.embeddingPerHead() * cells * 2
                : model.kvBytesPerTokenF16() * cells;
        long surcharge = numBatch >= 2048 ? Mib.of(2048) : numBatch >= 1024 ? Mib.of(768) : 0;
        return model.weights().totalBytes() + kv + surcharge;
    }

    /** Repeating layers with their KV, then the output layer (with projector) as the top slot. */
    private static long[] slotSizes(ModelWeights weights, KvAndGraph kvGraph) {
        int blockCount = weights.layerCount();
        long[] slots = new long[blockCount + 1];
        for (int i = 0; i < blockCount; i++) {
            slots[i] = weights.layer(i) + kvGraph.kv(i);
        }
        slots[blockCount] = weights.outputBytes() + weights.projectorBytes();
        return slots;
    }

    /** Weight bytes of the top {@code layersOnGpu} slots (output layer first, then blk.L-1 downward). */
    private static long weightsOnGpu(ModelWeights weights, int layersOnGpu) {
        if (layersOnGpu <= 0) {
            return 0;
        }
        long bytes = weights.outputBytes();
        for (int i = weights.layerCount() - 1, placed = 1; i >= 0 && placed < layersOnGpu; i--, placed++) {
            bytes += weights.layer(i);
        }
        return bytes;
    }

    private record Greedy(int[] gpuIndexes, int[] layersPerGpu, long[] perGpuBytes, int placedSlots) {
    }

    /** Fill GPUs from the top slot downward; each GPU keeps {@code graph + reserve} (+ minimum memory in A/B) free. */
    private static Greedy greedy(long[] slots, HostHardware host, List<Integer> chosen, long graph, long reserve,
            boolean reserveMinimumMemory, int numGpu) {
        int n = chosen.size();
        int[] layers = new int[n];
        long[] bytes = new long[n];
        long[] capacity = new long[n];
        for (int i = 0; i < n; i++) {
            GpuDevice gpu = host.gpus().get(chosen.get(i));
            long minimum = reserveMinimumMemory ? EraAEstimator.minimumMemory(gpu) + host.gpuOverheadBytes() : 0;
            capacity[i] = gpu.freeBytes() - minimum - graph - reserve;
        }
        int placed = 0;
        int gpu = 0;
        for (int slot = slots.length - 1; slot >= 0 && gpu < n; slot--) {
            if (numGpu >= 0 && placed >= numGpu) {
                break;
            }
            while (gpu < n && bytes[gpu] + slots[slot] > capacity[gpu]) {
                gpu++;
            }
            if (gpu == n) {
                break;
            }
            bytes[gpu] += slots[slot];
            layers[gpu]++;
            placed++;
        }
        return new Greedy(chosen.stream().mapToInt(Integer::intValue).toArray(), layers, bytes, placed);
    }

    private static List<Integer> gpusByFree(HostHardware host) {
        return IntStream.range(0, host.gpus().size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> host.gpus().get(i).freeBytes()).reversed())
                .toList();
    }

    private static HostHardware withoutGpus(HostHardware host) {
        return new HostHardware(host.hostId(), List.of(), host.ramTotalBytes(), host.ramFreeBytes(),
                host.ramBandwidthGbps(), 0);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
