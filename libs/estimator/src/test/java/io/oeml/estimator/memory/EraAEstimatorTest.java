package io.oeml.estimator.memory;

import static io.oeml.estimator.ReferenceModels.GIB;
import static io.oeml.estimator.ReferenceModels.MIB;
import static io.oeml.estimator.ReferenceModels.gpuHost;
import static io.oeml.estimator.ReferenceModels.llama31;
import static io.oeml.estimator.ReferenceModels.llama32;
import static io.oeml.estimator.ReferenceModels.qwen25;
import static io.oeml.estimator.ReferenceModels.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;

/** Era A against the worked examples (docs/ollama.md §5.8) and observed logs (§5.9), within 1 %. */
class EraAEstimatorTest {

    private static void assertWithinOnePercent(double expected, double actual) {
        assertEquals(expected, actual, expected * 0.01, () -> "expected " + expected + " got " + actual);
    }

    @ParameterizedTest(name = "llama3.1:8b Q4_K_M ctx {0} kv {1} → {2} GiB")
    @CsvSource({
            "2048, F16, 5.39", "8192, F16, 6.45", "32768, F16, 11.09",
            "2048, Q8_0, 5.26", "8192, Q8_0, 5.94", "32768, Q8_0, 9.03",
            "2048, Q4_0, 5.19", "8192, Q4_0, 5.68", "32768, Q4_0, 8.00" })
    void llama31TotalSizeMatchesTheWorkedExample(long ctx, KvCacheType kv, double gib) {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), ctx, 1, kv, Era.A, gpuHost(40)));
        assertWithinOnePercent(gib, estimate.sizeBytes() / GIB);
        assertEquals(Placement.FULL_GPU, estimate.placement());
        assertEquals("100% GPU", estimate.processor());
    }

    @ParameterizedTest(name = "llama3.1:8b graph at ctx {0}: full {1} / partial {2} MiB")
    @CsvSource({ "2048, 258.5, 677.5", "8192, 560.0, 677.5", "32768, 2144, 2265" })
    void llama31GraphSizesMatchTheWorkedExample(long ctx, double fullMib, double partialMib) {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), ctx, 1, KvCacheType.F16, Era.A, gpuHost(40)));
        assertWithinOnePercent(fullMib, estimate.graph().fullOffloadBytes() / MIB);
        assertWithinOnePercent(partialMib, estimate.graph().partialOffloadBytes() / MIB);
    }

    @ParameterizedTest(name = "llama3.1:8b KV at ctx {0}: f16 {1} MiB, real q8_0 {2} MiB")
    @CsvSource({ "2048, 256, 136", "8192, 1024, 544", "32768, 4096, 2176" })
    void kvCacheUsesOllamaBytesForTheEstimateAndGgmlBytesForAllocation(long ctx, double f16Mib, double realQ8Mib) {
        MemoryEstimate f16 = MemoryEstimator.estimate(request(llama31("Q4_K_M"), ctx, 1, KvCacheType.F16, Era.A, gpuHost(40)));
        MemoryEstimate q8 = MemoryEstimator.estimate(request(llama31("Q4_K_M"), ctx, 1, KvCacheType.Q8_0, Era.A, gpuHost(40)));
        assertWithinOnePercent(f16Mib, f16.kvCache().estimatorBytes() / MIB);
        assertWithinOnePercent(f16Mib / 2, q8.kvCache().estimatorBytes() / MIB);
        assertWithinOnePercent(realQ8Mib, q8.kvCache().allocatedBytes() / MIB);
    }

    @ParameterizedTest(name = "qwen2.5:7b ctx {0} → {1} GiB, graph {2}/{3} MiB")
    @CsvSource({ "2048, 5.07, 304.0, 730.4", "8192, 5.58, 478.0, 730.4", "32768, 8.29, 1870, 2318" })
    void qwen25MatchesTheWorkedExample(long ctx, double gib, double fullMib, double partialMib) {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(qwen25(), ctx, 1, KvCacheType.F16, Era.A, gpuHost(40)));
        assertWithinOnePercent(gib, estimate.sizeBytes() / GIB);
        assertWithinOnePercent(fullMib, estimate.graph().fullOffloadBytes() / MIB);
        assertWithinOnePercent(partialMib, estimate.graph().partialOffloadBytes() / MIB);
    }

    @Test
    void llama31PartialOffloadWithSixGibFreePutsThirtyOfThirtyThreeLayersOnGpu() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 8192, 1, KvCacheType.F16, Era.A, gpuHost(6.0)));
        assertEquals(30, estimate.layers().onGpu());
        assertEquals(33, estimate.layers().total());
        assertWithinOnePercent(7.05, estimate.sizeBytes() / 1e9);
        assertEquals("11%/89% CPU/GPU", estimate.processor());
        assertEquals(Placement.PARTIAL_OFFLOAD, estimate.placement());
    }

    @Test
    void llama31PartialOffloadWithSevenAndAHalfGibFreeAtLongContextPutsEighteenLayersOnGpu() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 32768, 1, KvCacheType.F16, Era.A, gpuHost(7.5)));
        assertEquals(18, estimate.layers().onGpu());
        assertWithinOnePercent(12.0, estimate.sizeBytes() / 1e9);
        assertEquals("34%/66% CPU/GPU", estimate.processor());
    }

    @Test
    void observedLlama31Q4_0WithFourParallelSlotsMatchesTheV041Log() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_0"), 2048, 4, KvCacheType.F16, Era.A, gpuHost(20)));
        assertWithinOnePercent(6.20, estimate.sizeBytes() / GIB);
        assertWithinOnePercent(1.00, estimate.kvCache().estimatorBytes() / GIB);
        assertWithinOnePercent(411.0, estimate.weights().outputBytes() / MIB);
        assertWithinOnePercent(560.0, estimate.graph().fullOffloadBytes() / MIB);
        assertWithinOnePercent(677.5, estimate.graph().partialOffloadBytes() / MIB);
        assertEquals(33, estimate.layers().onGpu());
    }

    @ParameterizedTest(name = "llama3.2:3b, 2 parallel, num_ctx {0} → ollama ps {1} GB")
    @CsvSource({ "4096, 3.97", "8192, 5.36" })
    void observedLlama32WithTwoParallelSlotsMatchesOllamaPs(long ctx, double gb) {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama32(), ctx, 2, KvCacheType.F16, Era.A, gpuHost(20)));
        assertWithinOnePercent(gb, estimate.sizeBytes() / 1e9);
    }
}
