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
    void maximize_quality_minimises_the_negated_quality() {
        assertThat(Objective.MAXIMIZE_QUALITY.minimised(TYPICAL)).isEqualTo(-0.8);
    }

    @Test
    void minimize_latency_minimises_the_mean_latency_per_prompt_in_ms() {
        assertThat(Objective.MINIMIZE_LATENCY.minimised(TYPICAL)).isEqualTo(500);
    }

    @Test
    void minimize_memory_minimises_the_models_memory_in_gib() {
        assertThat(Objective.MINIMIZE_MEMORY.minimised(TYPICAL)).isEqualTo(1.5);
    }

    @Test
    void maximize_throughput_minimises_the_negated_tokens_per_second() {
        assertThat(Objective.MAXIMIZE_THROUGHPUT.minimised(TYPICAL)).isEqualTo(-40);
    }

    @Test
    void balance_weighs_quality_six_tenths_and_speed_four_tenths() {
        // speed = 1 / (1 + 500 / 1000) = 2/3; −(0.6·0.8 + 0.4·2/3) = −0.74667
        assertThat(Objective.BALANCE_QUALITY_SPEED.minimised(TYPICAL)).isCloseTo(-(0.48 + 0.8 / 3), within(1e-12));
    }

    @Test
    void balance_halves_the_speed_term_at_one_second_a_prompt() {
        assertThat(Objective.BALANCE_QUALITY_SPEED.minimised(Trials.trial(0.5, 1000, 10, Trials.GIB)))
                .isCloseTo(-(0.3 + 0.2), within(1e-12));
    }

    @Test
    void wire_names_are_the_seeds() {
        assertThat(Objective.parse("balance_quality_speed")).isEqualTo(Objective.BALANCE_QUALITY_SPEED);
    }

    @Test
    void an_unknown_objective_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> Objective.parse("maximise_quality"))
                .isInstanceOf(UnknownObjectiveException.class)
                .hasMessage("unknown objective 'maximise_quality'; known: maximize_quality, minimize_latency, "
                        + "minimize_memory, balance_quality_speed, maximize_throughput");
    }

    @Test
    void memory_without_a_measurement_or_estimate_is_refused() {
        TrialMetrics unmeasured = new TrialMetrics("m", 0.8, List.of(), List.of(), TYPICAL.latency(), 40, null, null);

        assertThatThrownBy(() -> Objective.MINIMIZE_MEMORY.minimised(unmeasured))
                .hasMessageContaining("withEstimatedMemory");
    }
}
