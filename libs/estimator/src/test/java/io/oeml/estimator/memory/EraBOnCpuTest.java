package io.oeml.estimator.memory;

import static io.oeml.estimator.ReferenceModels.cpuHost;
import static io.oeml.estimator.ReferenceModels.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;

/** Era B {@code size} on a host without GPUs, per engine (llm/server.go@v0.24.0 {@code MemorySize}). */
class EraBOnCpuTest {

    private static final Architecture LLAMA = new Architecture("llama", 2, 256, 4, 2, 64, 64, 1000, 512, 0, 0, 0, 4096);
    /** gemma3 shape with 6 layers: 5 sliding-window (512) layers and 1 full one; tied token embedding. */
    private static final Architecture GEMMA3 = new Architecture("gemma3", 6, 640, 4, 1, 256, 256, 262144, 2048, 0, 0, 512, 32768);

    private static MemoryEstimate onCpu(Architecture arch, ModelWeights weights, long numCtx) {
        ModelSpec model = new ModelSpec(arch.name(), "Q4_K_M", arch, weights, 0, 0, 0);
        return MemoryEstimator.estimate(request(model, numCtx, 1, KvCacheType.F16, Era.B, cpuHost(16)));
    }

    @Test
    void theLlamaEngineCountsLayersKvAndOutputButNoComputeGraph() {
        MemoryEstimate estimate = onCpu(LLAMA, new ModelWeights(new long[] {1000, 1000}, 500, 0, 0, "tensors"), 1024);
        long kv = 2L * 1024 * (64 + 64) * 2 * 2;
        assertThat(estimate.sizeBytes()).isEqualTo(2000 + 500 + kv);
        assertThat(estimate.graph().appliedBytes()).isZero();
    }

    @Test
    void theOllamaEngineAlsoCountsItsInputEmbeddingsAndItsComputeGraph() {
        long tiedOutput = 170L << 20;
        MemoryEstimate estimate = onCpu(GEMMA3, new ModelWeights(new long[] {100, 100, 100, 100, 100, 100}, tiedOutput, 0, 0,
                "tensors"), 2048);
        long kv = (5L * (512 + 512) + 2048) * (256 + 256) * 2;
        long graph = 4L * 512 * (2 + 2048 + 2 * 640 + 2 * 256 * 4);
        assertThat(estimate.graph().appliedBytes()).isEqualTo(graph);
        assertThat(estimate.sizeBytes()).isEqualTo(tiedOutput + 600 + tiedOutput + kv + graph);
    }
}
