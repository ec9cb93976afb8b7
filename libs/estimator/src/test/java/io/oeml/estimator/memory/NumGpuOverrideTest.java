package io.oeml.estimator.memory;

import static io.oeml.estimator.ReferenceModels.gpuHost;
import static io.oeml.estimator.ReferenceModels.llama31;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.estimator.model.ServerSettings;

/** {@code num_gpu} caps the layers on GPU under every era, as Ollama's option does. */
class NumGpuOverrideTest {

    private static MemoryEstimate withNumGpu(Integer numGpu, Era era) {
        EstimateOptions options = new EstimateOptions(null, 4096L, null, null, null, numGpu, era);
        return MemoryEstimator.estimate(options.request(llama31("Q4_K_M"), gpuHost(40), ServerSettings.UNKNOWN));
    }

    @ParameterizedTest
    @EnumSource(Era.class)
    void withoutAnOverrideTheWholeModelGoesOnAGpuThatHoldsIt(Era era) {
        assertThat(withNumGpu(null, era).layers().onGpu()).isEqualTo(33);
    }

    @ParameterizedTest
    @EnumSource(Era.class)
    void numGpuCapsTheLayersOnGpu(Era era) {
        MemoryEstimate estimate = withNumGpu(10, era);
        assertThat(estimate.layers().onGpu()).isEqualTo(10);
        assertThat(estimate.placement()).isEqualTo(Placement.PARTIAL_OFFLOAD);
    }

    @ParameterizedTest
    @EnumSource(Era.class)
    void numGpuZeroKeepsTheModelOnCpu(Era era) {
        MemoryEstimate estimate = withNumGpu(0, era);
        assertThat(estimate.placement()).isEqualTo(Placement.CPU_ONLY);
        assertThat(estimate.sizeVramBytes()).isZero();
    }
}
