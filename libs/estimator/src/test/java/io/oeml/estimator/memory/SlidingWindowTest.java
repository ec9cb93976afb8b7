package io.oeml.estimator.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.weights.SynthesizedWeights;

class SlidingWindowTest {

    private static ModelSpec gemma3(long window) {
        Architecture arch = new Architecture("gemma3", 12, 2560, 8, 4, 256, 256, 262144, 10240, 0, 0, window, 131072);
        return new ModelSpec("gemma3-test", "Q4_K_M", arch, SynthesizedWeights.synthesize(arch, "Q4_K_M", true), 0, 0, 0);
    }

    @Test
    void gemma3KeepsOnlyTheWindowPlusABatchInFiveOfEverySixLayers() {
        KvAndGraph kv = GraphSizeCalculator.compute(gemma3(1024), 8192, 512, 1, KvCacheType.F16);
        long perCell = (256 + 256) * 4 * 2;
        assertEquals(perCell * (10 * (1024 + 512) + 2 * 8192), kv.kvTotal());
    }

    @Test
    void withoutAKnownWindowEveryLayerHoldsTheFullContext() {
        KvAndGraph kv = GraphSizeCalculator.compute(gemma3(0), 8192, 512, 1, KvCacheType.F16);
        assertEquals((256 + 256) * 4 * 2 * 12L * 8192, kv.kvTotal());
    }
}
