package io.oeml.optimizer.objective;

import static io.oeml.optimizer.objective.Trials.GIB;
import static io.oeml.optimizer.objective.Trials.TYPICAL;
import static io.oeml.optimizer.objective.Trials.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.optimizer.search.evolution.ParetoTrials;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Trial;

class SessionObjectivesTest {

    private static final SessionObjectives QUALITY_AND_LATENCY =
            SessionObjectives.parse(List.of("maximize_quality", "minimize_latency"), Constraints.NONE);

    @Test
    void oneObjectiveGivesOneMinimisedValue() {
        assertThat(SessionObjectives.parse(List.of("maximize_throughput"), null).observe(TYPICAL))
                .isEqualTo(Observation.of(-40));
    }

    @Test
    void severalObjectivesGiveAVectorInTheirOrder() {
        assertThat(QUALITY_AND_LATENCY.observe(TYPICAL)).isEqualTo(Observation.of(-0.8, 500));
    }

    @Test
    void aTrialWithinEveryConstraintIsFeasible() {
        assertThat(objectivesWith(new Constraints(600.0, 2 * GIB, 0.7)).observe(TYPICAL).feasible()).isTrue();
    }

    @Test
    void aLatencyAboveTheCeilingMakesTheObservationInfeasible() {
        assertThat(objectivesWith(new Constraints(400.0, null, null)).observe(TYPICAL))
                .isEqualTo(Observation.infeasible(-0.8));
    }

    @Test
    void memoryAboveTheCeilingMakesTheObservationInfeasible() {
        assertThat(objectivesWith(new Constraints(null, GIB, null)).observe(TYPICAL).feasible()).isFalse();
    }

    @Test
    void qualityBelowTheMinimumMakesTheObservationInfeasible() {
        assertThat(objectivesWith(new Constraints(null, null, 0.9)).observe(TYPICAL).feasible()).isFalse();
    }

    @Test
    void eachBrokenConstraintIsNamed() {
        assertThat(new Constraints(400.0, GIB, 0.9).violations(TYPICAL)).hasSize(3)
                .anySatisfy(v -> assertThat(v).startsWith("mean latency 500.0 ms"));
    }

    @Test
    void aConstraintOutsideItsDomainIsRefused() {
        assertThatThrownBy(() -> new Constraints(null, null, 1.5)).hasMessageContaining("min_quality");
    }

    @Test
    void anUnknownNameAmongSeveralIsRefused() {
        assertThatThrownBy(() -> SessionObjectives.parse(List.of("maximize_quality", "fastest"), null))
                .isInstanceOf(UnknownObjectiveException.class).hasMessageContaining("'fastest'");
    }

    @Test
    void anObjectiveListedTwiceIsRefused() {
        assertThatThrownBy(() -> SessionObjectives.parse(List.of("minimize_latency", "minimize_latency"), null))
                .hasMessageContaining("twice");
    }

    @Test
    void theFrontKeepsTheTradeOffsAndDropsDominatedAndInfeasibleTrials() {
        ParetoTrials front = QUALITY_AND_LATENCY.newFront();
        front.add(told(0, trial(0.9, 800, 30, GIB)));
        front.add(told(1, trial(0.6, 300, 60, GIB)));
        front.add(told(2, trial(0.5, 900, 20, GIB)));
        CompletedTrial infeasible = new CompletedTrial(new Trial(3, Assignment.builder().build(), 0),
                Observation.infeasible(-1, 100));
        front.add(infeasible);

        assertThat(front.trials()).extracting(CompletedTrial::number).containsExactly(0, 1);
    }

    @Test
    void theFrontsHypervolumeIsMeasuredAgainstAReferencePoint() {
        ParetoTrials front = QUALITY_AND_LATENCY.newFront();
        front.add(told(0, trial(0.9, 800, 30, GIB)));
        front.add(told(1, trial(0.6, 300, 60, GIB)));

        // reference (quality 0, 1000 ms): 0.9·200 + 0.6·700 − their overlap 0.6·200 = 480
        assertThat(front.hypervolume(new double[] {0, 1000})).isCloseTo(480, within(1e-9));
    }

    private static SessionObjectives objectivesWith(Constraints constraints) {
        return new SessionObjectives(List.of(Objective.MAXIMIZE_QUALITY), constraints);
    }

    private static CompletedTrial told(int number, TrialMetrics metrics) {
        return new CompletedTrial(new Trial(number, Assignment.builder().build(), 0), QUALITY_AND_LATENCY.observe(metrics));
    }
}
