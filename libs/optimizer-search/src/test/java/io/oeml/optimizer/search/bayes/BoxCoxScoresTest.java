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
    void valuesWithoutARightSkewAreOnlyStandardised() {
        // a search that found a deep well: good values close together among poor ones, skewness -0.04; maximum
        // likelihood alone would take lambda 0.2, a near-log that stretches the well's few values apart
        double[] values = {-3.25, -3.22, -3.15, -3.09, -3.04, -1.35, -0.72, -0.63, -0.43, -0.24, -0.02};
        double[] scores = BoxCoxScores.of(Arrays.stream(values).mapToObj(Observation::of).toList());

        double mean = Arrays.stream(values).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        for (int i = 0; i < values.length; i++) {
            assertThat(scores[i]).isCloseTo((values[i] - mean) / sd, within(1e-9));
        }
    }

    @Test
    void anInfeasibleTrialScoresWorseThanEveryFeasibleOne() {
        double[] scores = BoxCoxScores.of(List.of(Observation.of(1e6), Observation.of(1), Observation.infeasible(-5)));

        assertThat(scores[2]).isGreaterThan(scores[0]);
    }
}
