package io.oeml.optimizer.objective;

import static io.oeml.optimizer.objective.Trials.TYPICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.evaluation.measure.TrialMetrics;

class ObjectiveTest {

    @Test
    void maximizeQualityMinimisesTheNegatedQuality() {
        assertThat(Objective.MAXIMIZE_QUALITY.minimised(TYPICAL)).isEqualTo(-0.8);
    }

    @Test
    void minimizeLatencyMinimisesTheMeanLatencyPerPromptInMs() {
        assertThat(Objective.MINIMIZE_LATENCY.minimised(TYPICAL)).isEqualTo(500);
    }

    @Test
    void minimizeMemoryMinimisesTheModelsMemoryInGib() {
        assertThat(Objective.MINIMIZE_MEMORY.minimised(TYPICAL)).isEqualTo(1.5);
    }

    @Test
    void maximizeThroughputMinimisesTheNegatedTokensPerSecond() {
        assertThat(Objective.MAXIMIZE_THROUGHPUT.minimised(TYPICAL)).isEqualTo(-40);
    }

    @Test
    void balanceWeighsQualitySixTenthsAndSpeedFourTenths() {
        // speed = 1 / (1 + 500 / 1000) = 2/3; −(0.6·0.8 + 0.4·2/3) = −0.74667
        assertThat(Objective.BALANCE_QUALITY_SPEED.minimised(TYPICAL)).isCloseTo(-(0.48 + 0.8 / 3), within(1e-12));
    }

    @Test
    void balanceHalvesTheSpeedTermAtOneSecondAPrompt() {
        assertThat(Objective.BALANCE_QUALITY_SPEED.minimised(Trials.trial(0.5, 1000, 10, Trials.GIB)))
                .isCloseTo(-(0.3 + 0.2), within(1e-12));
    }

    @Test
    void wireNamesAreTheSeeds() {
        assertThat(Objective.parse("balance_quality_speed")).isEqualTo(Objective.BALANCE_QUALITY_SPEED);
    }

    @Test
    void anUnknownObjectiveIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Objective.parse("maximise_quality"))
                .isInstanceOf(UnknownObjectiveException.class)
                .hasMessage("unknown objective 'maximise_quality'; known: maximize_quality, minimize_latency, "
                        + "minimize_memory, balance_quality_speed, maximize_throughput");
    }

    @Test
    void memoryWithoutAMeasurementOrEstimateIsRefused() {
        TrialMetrics unmeasured = new TrialMetrics("m", 0.8, List.of(), List.of(), TYPICAL.latency(), 40, null, null);

        assertThatThrownBy(() -> Objective.MINIMIZE_MEMORY.minimised(unmeasured))
                .hasMessageContaining("withEstimatedMemory");
    }
}
