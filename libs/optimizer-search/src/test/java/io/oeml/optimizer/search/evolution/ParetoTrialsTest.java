package io.oeml.optimizer.search.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Trial;

class ParetoTrialsTest {

    @Test
    void aTrialThatDominatesTheFrontReplacesWhatItDominates() {
        ParetoTrials front = new ParetoTrials(2);
        front.add(told(0, Observation.of(2, 2)));
        front.add(told(1, Observation.of(1, 3)));
        front.add(told(2, Observation.of(1, 1)));

        assertThat(front.trials()).extracting(CompletedTrial::number).containsExactly(2);
    }

    @Test
    void anInfeasibleTrialNeverEntersTheFront() {
        ParetoTrials front = new ParetoTrials(2);
        front.add(told(0, Observation.infeasible(0, 0)));

        assertThat(front.trials()).isEmpty();
    }

    @Test
    void aTrialWithAnotherObjectiveCountIsRefused() {
        assertThatThrownBy(() -> new ParetoTrials(2).add(told(0, Observation.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 objective values");
    }

    private static CompletedTrial told(int number, Observation observation) {
        return new CompletedTrial(new Trial(number, Assignment.builder().build(), 0), observation);
    }
}
