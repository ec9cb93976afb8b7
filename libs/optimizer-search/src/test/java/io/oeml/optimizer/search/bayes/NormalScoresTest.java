package io.oeml.optimizer.search.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.strategy.Observation;

class NormalScoresTest {

    @Test
    void scoresFollowTheRanksOfTheValues() {
        double[] scores = NormalScores.of(List.of(Observation.of(1e6), Observation.of(1), Observation.of(10)));

        assertThat(scores[1]).isLessThan(scores[2]);
        assertThat(scores[2]).isLessThan(scores[0]);
    }

    @Test
    void anInfeasibleTrialScoresWorseThanEveryFeasibleOne() {
        double[] scores = NormalScores.of(List.of(Observation.of(1e6), Observation.infeasible(-5)));

        assertThat(scores[1]).isGreaterThan(scores[0]);
    }

    @Test
    void tiedValuesShareAScore() {
        double[] scores = NormalScores.of(List.of(Observation.of(2), Observation.of(2), Observation.of(1)));

        assertThat(scores[0]).isEqualTo(scores[1]).isGreaterThan(scores[2]);
    }
}
