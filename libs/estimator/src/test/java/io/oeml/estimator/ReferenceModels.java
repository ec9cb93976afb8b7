package io.oeml.estimator;

import java.util.List;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.weights.SynthesizedWeights;

/** The models of docs/ollama.md §5.8–5.9 with the dimensions stated there, and hosts to place them on. */
public final class ReferenceModels {

    public static final double GIB = 1024.0 * 1024 * 1024;
    public static final double MIB = 1024.0 * 1024;

    public static final Architecture LLAMA31_8B = new Architecture("llama", 32, 4096, 32, 8, 128, 128, 128256, 14336, 0, 0, 0, 131072);
    public static final Architecture QWEN25_7B = new Architecture("qwen2", 28, 3584, 28, 4, 128, 128, 152064, 18944, 0, 0, 0, 32768);
    public static final Architecture LLAMA32_3B = new Architecture("llama", 28, 3072, 24, 8, 128, 128, 128256, 8192, 0, 0, 0, 131072);

    private ReferenceModels() {
    }

    public static ModelSpec model(String name, Architecture arch, String quantization, boolean tied, long parameters) {
        return new ModelSpec(name, quantization, arch, SynthesizedWeights.synthesize(arch, quantization, tied), parameters,
                parameters, 0);
    }

    public static ModelSpec llama31(String quantization) {
        return model("llama3.1:8b", LLAMA31_8B, quantization, false, 8_000_000_000L);
    }

    public static ModelSpec qwen25() {
        return model("qwen2.5:7b", QWEN25_7B, "Q4_K_M", false, 7_610_000_000L);
    }

    public static ModelSpec llama32() {
        return model("llama3.2:3b", LLAMA32_3B, "Q4_K_M", true, 3_210_000_000L);
    }

    public static HostHardware gpuHost(double freeGib) {
        long free = (long) (freeGib * GIB);
        return new HostHardware("test", List.of(new GpuDevice("GPU 0", "cuda", free, free, 1000.0)), 64L << 30, 60L << 30,
                50.0, 0);
    }

    public static HostHardware cpuHost(double ramFreeGib) {
        return new HostHardware("cpu", List.of(), 64L << 30, (long) (ramFreeGib * GIB), 50.0, 0);
    }

    public static EstimateRequest request(ModelSpec model, long numCtx, int parallel, KvCacheType kv, Era era, HostHardware host) {
        return EstimateRequest.of(model, numCtx, parallel, kv, era, host);
    }
}
