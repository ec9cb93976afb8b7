package io.oeml.ollama.emulator.sim;

import java.util.Locale;

import io.oeml.ollama.emulator.EmulatedHardware;
import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.ModelSpec;

/**
 * The emulator's documented cost model (README.md, "Cost model"): memory placement and the durations Ollama would
 * report, from the request's load-time options, the model's size and the emulated hardware. All figures are
 * modelled, none measured.
 */
public final class CostModel {

    public static final int DEFAULT_NUM_CTX = 4096;
    public static final int DEFAULT_NUM_BATCH = 512;
    public static final long FIT_TARGET = 1L << 30; // llama.cpp keeps 1 GiB free per GPU
    public static final double BATCH_HALF = 96; // num_batch at which prompt processing reaches half its peak
    public static final double THREAD_SCALE = 4; // threads at which CPU bandwidth reaches 63 % of its peak
    public static final long OVERHEAD_NS = 1_500_000; // templating and tokenising
    public static final long WARM_LOAD_NS = 200_000; // runner already loaded with the same load-time options

    private final EmulatedHardware hw;

    public CostModel(EmulatedHardware hw) {
        this.hw = hw;
    }

    public EmulatedHardware hardware() {
        return hw;
    }

    /** Load-time options (Ollama's {@code api.Runner}); a change in any of them reloads the model. */
    public record LoadOptions(int numCtx, int numBatch, int numGpu, int numThread, Boolean useMmap, Integer mainGpu) {
    }

    /** Where the model sits once loaded; {@code size}/{@code sizeVram} are what {@code /api/ps} reports. */
    public record MemoryPlan(int contextLength, int numBatch, int gpuLayers, int totalLayers, long weightBytes,
                             long kvBytes, long computeBytes, long size, long sizeVram) {

        public double gpuFraction() {
            return totalLayers == 0 ? 0 : (double) gpuLayers / totalLayers;
        }

        public long cpuBytes() {
            return size - sizeVram;
        }
    }

    public record Timings(long loadNs, long promptNs, long evalNs, long totalNs) {
    }

    /** A load that cannot happen, with Ollama's error text (HTTP 500). */
    public static final class LoadFailure extends Exception {
        public LoadFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Effective context: num_ctx (default 4096) capped at the model's trained context, at least 4. */
    public static int contextLength(ModelSpec spec, int requested) {
        int c = requested > 0 ? requested : DEFAULT_NUM_CTX;
        if (spec.contextLength() != null) {
            c = Math.min(c, spec.contextLength());
        }
        return Math.max(c, 4);
    }

    public MemoryPlan plan(InstalledModel m, LoadOptions o, long vramUsedByOthers, long ramUsedByOthers)
            throws LoadFailure {
        ModelSpec s = m.spec();
        int c = contextLength(s, o.numCtx());
        int b = o.numBatch() > 0 ? o.numBatch() : DEFAULT_NUM_BATCH;
        int layers = s.blocks();
        int l1 = layers + 1; // repeating layers + output layer, as num_gpu counts them
        long w = m.weightBytes();
        long kv = c * s.kvBytesPerToken();
        long ev = s.embedding() + s.vocab();
        long cb = 4L * b * (ev > 0 ? ev : 1024);
        double layerBytes = (double) w / l1;
        double layerKv = (double) kv / layers;
        int g;
        if (hw.gpuVramBytes() <= 0) {
            g = 0;
        } else if (o.numGpu() >= 0) {
            g = Math.min(o.numGpu(), l1);
            long need = gpuBytes(g, layers, layerBytes, layerKv, cb);
            if (need > hw.gpuVramBytes() - vramUsedByOthers) {
                throw new LoadFailure("memory layout cannot be allocated with num_gpu = " + o.numGpu());
            }
        } else {
            long free = hw.gpuVramBytes() - vramUsedByOthers - FIT_TARGET;
            g = 0;
            while (g < l1 && gpuBytes(g + 1, layers, layerBytes, layerKv, cb) <= free) {
                g++;
            }
        }
        long vram = gpuBytes(g, layers, layerBytes, layerKv, cb);
        long cpu = Math.round((l1 - g) * layerBytes + (layers - Math.min(g, layers)) * layerKv) + (g < l1 ? cb : 0);
        long size = g == l1 ? vram : vram + cpu;
        long ramFree = hw.ramBytes() - ramUsedByOthers;
        if (cpu > 0 && g < l1 && cpu > ramFree) {
            throw new LoadFailure("model requires more system memory (" + gib(cpu) + ") than is available ("
                    + gib(Math.max(ramFree, 0)) + ")");
        }
        return new MemoryPlan(c, b, g, l1, w, kv, cb, size, vram);
    }

    private static long gpuBytes(int g, int layers, double layerBytes, double layerKv, long cb) {
        if (g <= 0) {
            return 0;
        }
        return Math.round(g * layerBytes + Math.min(g, layers) * layerKv) + cb;
    }

    /** Ollama's server-log style (HumanBytes2): "5.2 GiB". */
    public static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    /**
     * Durations for one request.
     *
     * @param promptTokens tokens processed for the prompt
     * @param evalTokens tokens generated
     * @param noise multiplicative noise factor (1 = none) applied to prompt and eval time
     */
    public Timings timings(InstalledModel m, MemoryPlan plan, boolean load, int numThread, int promptTokens,
                           int evalTokens, double noise) {
        ModelSpec s = m.spec();
        double f = plan.gpuFraction();
        int cores = hw.cpuCores();
        int threads = numThread > 0 ? numThread : cores;
        double teff = Math.min(threads, cores);
        double oversub = threads > cores ? Math.sqrt((double) cores / threads) : 1.0;
        double cpuBw = hw.cpuBandwidth() * (1 - Math.exp(-teff / THREAD_SCALE)) * oversub;
        double params = s.parameterCount() > 0 ? s.parameterCount() : plan.weightBytes() / 0.6;
        double eta = plan.numBatch() / (plan.numBatch() + BATCH_HALF);
        double gpuRate = hw.gpuFlops() / (2 * params) * eta; // prompt tokens/s fully on GPU
        double cpuRate = hw.cpuFlopsPerCore() * teff * oversub / (2 * params) * eta;
        double promptS = promptTokens * (f / gpuRate + (1 - f) / cpuRate);
        double kvFill = (promptTokens + evalTokens / 2.0) * s.kvBytesPerToken();
        double bytesPerToken = plan.weightBytes() + kvFill;
        double perToken = f * bytesPerToken / hw.gpuBandwidth() + (1 - f) * bytesPerToken / cpuBw;
        double evalS = evalTokens * perToken;
        long loadNs = load
                ? Math.round((0.4 + plan.weightBytes() / hw.diskBandwidth()
                        + (plan.kvBytes() + plan.computeBytes()) / 20e9) * 1e9)
                : WARM_LOAD_NS;
        long promptNs = Math.round(promptS * 1e9 * noise);
        long evalNs = Math.round(evalS * 1e9 * noise);
        return new Timings(loadNs, promptNs, evalNs, loadNs + promptNs + evalNs + OVERHEAD_NS);
    }
}
