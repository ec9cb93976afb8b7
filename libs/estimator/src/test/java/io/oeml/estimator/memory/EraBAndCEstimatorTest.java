package io.oeml.estimator.memory;

import static io.oeml.estimator.ReferenceModels.GIB;
import static io.oeml.estimator.ReferenceModels.MIB;
import static io.oeml.estimator.ReferenceModels.gpuHost;
import static io.oeml.estimator.ReferenceModels.llama31;
import static io.oeml.estimator.ReferenceModels.qwen25;
import static io.oeml.estimator.ReferenceModels.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.ModelSpec;

/** Eras B and C against the worked examples of docs/ollama.md §5.8 (within 1 %). */
class EraBAndCEstimatorTest {

    private static void assertWithinOnePercent(double expected, double actual) {
        assertEquals(expected, actual, expected * 0.01, () -> "expected " + expected + " got " + actual);
    }

    @ParameterizedTest(name = "era B llama3.1:8b ctx {0} → {1} GiB + {2} MiB reserve")
    @CsvSource({ "2048, 4.80, 598", "8192, 5.85, 622", "32768, 10.39, 718" })
    void eraBLlama31SizeExcludesTheReserves(long ctx, double gib, double reserveMib) {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), ctx, 1, KvCacheType.F16, Era.B, gpuHost(40)));
        assertWithinOnePercent(gib, estimate.sizeBytes() / GIB);
        double reserve = estimate.reserves().minimumMemoryPerGpu() + estimate.reserves().bufferLayerBytes();
        assertWithinOnePercent(reserveMib, reserve / MIB);
        assertFalse(estimate.reserves().includedInSize());
    }

    @ParameterizedTest(name = "era B qwen2.5:7b ctx {0} → {1} GiB")
    @CsvSource({ "2048, 4.48", "8192, 4.97", "32768, 7.65" })
    void eraBQwen25Size(long ctx, double gib) {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(qwen25(), ctx, 1, KvCacheType.F16, Era.B, gpuHost(40)));
        assertWithinOnePercent(gib, estimate.sizeBytes() / GIB);
    }

    @ParameterizedTest(name = "era C pre-flight {0} ctx {1} → {2} GB")
    @CsvSource({ "llama, 2048, 5.19", "llama, 8192, 5.99", "llama, 32768, 9.22",
            "qwen, 2048, 4.80", "qwen, 8192, 5.15", "qwen, 32768, 6.56" })
    void eraCPreflightPrediction(String family, long ctx, double gb) {
        ModelSpec model = family.equals("llama") ? llama31("Q4_K_M") : qwen25();
        assertWithinOnePercent(gb, EraRules.eraCPredicted(model, ctx, 512) / 1e9);
    }

    @Test
    void eraCFullOffloadLeavesTokenEmbeddingsOut() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 8192, 1, KvCacheType.F16, Era.C, gpuHost(40)));
        long gpuModelBuffer = estimate.weights().repeatingBytes() + estimate.weights().outputBytes();
        assertWithinOnePercent(4_617_396_480.0, gpuModelBuffer);
        assertEquals(gpuModelBuffer + (1L << 30) + estimate.graph().appliedBytes(), estimate.sizeBytes());
        assertEquals(estimate.sizeBytes(), estimate.sizeVramBytes());
    }
}
