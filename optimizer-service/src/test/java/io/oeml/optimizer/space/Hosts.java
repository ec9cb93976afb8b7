package io.oeml.optimizer.space;

import java.util.List;

import io.oeml.estimator.facts.ModelDescription;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ServerSettings;

/** Models and hosts the space tests (and the host planner's) bound their spaces by. */
public final class Hosts {

    public static final long GIB = 1L << 30;

    /** llama3.2:1b at Q4_K_M (16 layers, 8 KV heads of 64: 32 KiB of f16 KV a token), trained on 128K tokens. */
    public static final ModelSpec LLAMA_1B = model("llama", 16, 2048, 32, 8, 64, 128256, 8192, 0, 131072);
    /** gemma3:1b, which eras A and B run in the Ollama engine. */
    static final ModelSpec GEMMA3_1B = model("gemma3", 26, 1152, 4, 1, 256, 262144, 6912, 512, 32768);
    /** A llama3.2:1b build trained on 8K tokens only. */
    static final ModelSpec LLAMA_1B_8K = model("llama", 16, 2048, 32, 8, 64, 128256, 8192, 0, 8192);

    private Hosts() {
    }

    public static HostHardware cpuOnly(long ramBytes) {
        return new HostHardware("cpu-host", List.of(), ramBytes, ramBytes, null, 0);
    }

    public static HostHardware withGpu(long vramBytes, long ramBytes) {
        return new HostHardware("gpu-host", List.of(new GpuDevice("gpu0", "cuda", vramBytes, vramBytes, null)),
                ramBytes, ramBytes, null, 0);
    }

    static HostModelFacts facts(ModelSpec model, HostHardware hardware, int threads, Era era) {
        return new HostModelFacts(model, hardware, threads, new ServerSettings(era, 1, KvCacheType.F16, null));
    }

    /** A small host: 2 GiB of RAM, no GPU, 4 threads, current Ollama. */
    static HostModelFacts small(ModelSpec model) {
        return facts(model, cpuOnly(2 * GIB), 4, Era.C);
    }

    /** A big host: 24 GiB GPU, 64 GiB of RAM, 16 threads, current Ollama. */
    static HostModelFacts big(ModelSpec model) {
        return facts(model, withGpu(24 * GIB, 64 * GIB), 16, Era.C);
    }

    private static ModelSpec model(String arch, int layers, long embedding, long heads, long kvHeads, long headDim,
            long vocab, long ffn, long window, long context) {
        return new ModelDescription(arch + "-fixture", "Q4_K_M", new Architecture(arch, layers, embedding, heads, kvHeads,
                headDim, headDim, vocab, ffn, 0, 0, window, context), List.of(), null, null, null, true).toSpec();
    }
}
