package io.oeml.optimizer.search.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.strategy.Observation;

class BoxCoxScoresTest {

    @Test
    void scoresAreStandardisedAndKeepTheOrderOfTheValues() {
        double[] scores = BoxCoxScores.of(List.of(Observation.of(3), Observation.of(1), Observation.of(2)));

        assertThat(scores[1]).isLessThan(scores[2]);
        assertThat(scores[2]).isLessThan(scores[0]);
        assertThat(Arrays.stream(scores).sum()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aHeavyTailIsCompressedSoTheGoodValuesSpreadOut() {
        double[] scores = BoxCoxScores.of(List.of(
                Observation.of(1), Observation.of(2), Observation.of(3), Observation.of(4), Observation.of(1e6)));

        // Standardised without a transform, 1..4 would all lie within 0.00001 of each other.
        assertThat(scores[3] - scores[0]).isGreaterThan(0.3);
    }

    @Test
    void anInfeasibleTrialScoresWorseThanEveryFeasibleOne() {
        double[] scores = BoxCoxScores.of(List.of(Observation.of(1e6), Observation.of(1), Observation.infeasible(-5)));

        assertThat(scores[2]).isGreaterThan(scores[0]);
    }
}
