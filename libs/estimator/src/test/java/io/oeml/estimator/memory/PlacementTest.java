package io.oeml.estimator.memory;

import static io.oeml.estimator.ReferenceModels.cpuHost;
import static io.oeml.estimator.ReferenceModels.llama31;
import static io.oeml.estimator.ReferenceModels.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.estimator.ReferenceModels;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;

class PlacementTest {

    @Test
    void hostWithoutGpuRunsOnCpuWhenRamSuffices() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 4096, 1, KvCacheType.F16, Era.A, cpuHost(16)));
        assertEquals(Placement.CPU_ONLY, estimate.placement());
        assertEquals("100% CPU", estimate.processor());
        assertEquals(0, estimate.sizeVramBytes());
    }

    @Test
    void modelLargerThanFreeRamDoesNotFit() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 4096, 1, KvCacheType.F16, Era.A, cpuHost(4)));
        assertEquals(Placement.DOES_NOT_FIT, estimate.placement());
    }

    @Test
    void gpuTooSmallForAnyLayerFallsBackToCpu() {
        long free = 600L << 20;
        HostHardware host = new HostHardware("h", List.of(new GpuDevice("tiny", "cuda", free, free, 100.0)), 32L << 30,
                30L << 30, 40.0, 0);
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 4096, 1, KvCacheType.F16, Era.A, host));
        assertEquals(Placement.CPU_ONLY, estimate.placement());
    }

    @Test
    void modelTooBigForOneGpuSpreadsOverTwo() {
        long free = 4L << 30;
        HostHardware host = new HostHardware("h", List.of(new GpuDevice("a", "cuda", free, free, 500.0),
                new GpuDevice("b", "cuda", free, free, 400.0)), 32L << 30, 30L << 30, 40.0, 0);
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 4096, 1, KvCacheType.F16, Era.A, host));
        assertEquals(Placement.FULL_GPU, estimate.placement());
        assertEquals(2, estimate.layers().perGpu().size());
    }

    @Test
    void decodeSpeedFollowsBandwidthOverBytesPerToken() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 4096, 1, KvCacheType.F16, Era.A,
                ReferenceModels.gpuHost(24)));
        double bytes = estimate.decode().bytesReadPerTokenGpu();
        assertEquals(1000e9 / bytes, estimate.decode().upperBoundTokensPerSecond(), 0.1);
        assertEquals(estimate.decode().upperBoundTokensPerSecond() * 0.6, estimate.decode().expectedTokensPerSecond(), 0.1);
        assertTrue(estimate.decode().assumptions().size() >= 2);
    }

    @Test
    void decodeSpeedIsAbsentWhenBandwidthIsUnknown() {
        HostHardware host = new HostHardware("h", List.of(), 64L << 30, 60L << 30, null, 0);
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 4096, 1, KvCacheType.F16, Era.A, host));
        assertNull(estimate.decode().upperBoundTokensPerSecond());
        assertNotNull(estimate.decode().assumptions());
    }

    @Test
    void numCtxIsCappedAtTheTrainedContext() {
        MemoryEstimate estimate = MemoryEstimator.estimate(request(llama31("Q4_K_M"), 1_000_000, 1, KvCacheType.F16, Era.A,
                cpuHost(200)));
        assertEquals(131072, estimate.effectiveNumCtx());
    }
}
