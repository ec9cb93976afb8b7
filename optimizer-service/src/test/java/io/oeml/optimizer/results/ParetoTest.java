package io.oeml.optimizer.results;

import static io.oeml.optimizer.results.Trials.qualityAndLatency;
import static io.oeml.optimizer.results.Trials.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class ParetoTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(new FloatParameter("temperature", 0, 1, false)));
    private static final List<String> QUALITY_AND_LATENCY = List.of("maximize_quality", "minimize_latency");
    // values (−quality, latency ms): 2 is dominated by 1; 3 would dominate all but broke a constraint
    private static final List<ResultTrial> TRIALS = List.of(
            qualityAndLatency(0, 0.9, 700, true),
            qualityAndLatency(1, 0.6, 200, true),
            qualityAndLatency(2, 0.5, 600, true),
            qualityAndLatency(3, 0.95, 100, false));

    @Test
    void theFrontHoldsTheFeasibleTrialsNoOtherDominates() {
        ParetoSummary pareto = SessionResults.of(SPACE, QUALITY_AND_LATENCY, TRIALS).pareto();

        assertThat(pareto.objectives()).isEqualTo(QUALITY_AND_LATENCY);
        assertThat(pareto.front()).containsExactly(
                new FrontPoint(0, List.of(-0.9, 700.0), 0.9),
                new FrontPoint(1, List.of(-0.6, 200.0), 0.6));
    }

    @Test
    void theReferencePointIsTheWorstFeasibleValuePlusATenthOfTheSpread() {
        ParetoSummary pareto = SessionResults.of(SPACE, QUALITY_AND_LATENCY, TRIALS).pareto();

        // quality: worst −0.5, spread 0.4 → −0.46; latency: worst 700, spread 500 → 750
        assertThat(pareto.referencePoint().get(0)).isCloseTo(-0.46, within(1e-12));
        assertThat(pareto.referencePoint().get(1)).isCloseTo(750, within(1e-12));
    }

    @Test
    void theHypervolumeIsTheAreaTheFrontDominatesUpToTheReference() {
        ParetoSummary pareto = SessionResults.of(SPACE, QUALITY_AND_LATENCY, TRIALS).pareto();

        // 0.44·50 (trial 0) + 0.14·550 (trial 1) − their overlap 0.14·50 = 22 + 77 − 7
        assertThat(pareto.hypervolume()).isCloseTo(92, within(1e-9));
    }

    @Test
    void withoutAFeasibleTrialTheFrontIsEmptyAndHasNoVolume() {
        ParetoSummary pareto = SessionResults.of(SPACE, QUALITY_AND_LATENCY,
                List.of(qualityAndLatency(0, 0.9, 700, false))).pareto();

        assertThat(pareto.front()).isEmpty();
        assertThat(pareto.hypervolume()).isZero();
        assertThat(pareto.referencePoint()).isEmpty();
    }

    @Test
    void aSingleObjectiveSessionHasNoFront() {
        assertThat(SessionResults.of(SPACE, List.of("maximize_quality"), List.of(scored(0, 0.5, true))).pareto())
                .isNull();
    }

    @Test
    void aTrialWhoseValuesDoNotMatchTheObjectivesIsRefused() {
        assertThatThrownBy(() -> SessionResults.of(SPACE, QUALITY_AND_LATENCY, List.of(scored(0, 0.5, true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trial 0 has 1 objective values");
    }
}
