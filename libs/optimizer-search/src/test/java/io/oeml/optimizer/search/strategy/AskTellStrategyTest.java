package io.oeml.optimizer.search.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.Branin;

class AskTellStrategyTest {

    private final Strategy strategy = Strategies.create(StrategyName.RANDOM_SEARCH, Branin.SPACE,
            new StrategySettings(20, 7));

    @Test
    void trialsAreNumberedOnAcrossAsks() {
        assertThat(strategy.ask(2)).extracting(Trial::number).containsExactly(0, 1);
        assertThat(strategy.ask(3)).extracting(Trial::number).containsExactly(2, 3, 4);
    }

    @Test
    void tellingATrialNeverAskedIsRefused() {
        strategy.ask(1);

        assertThatThrownBy(() -> strategy.tell(5, Observation.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trial 5 was never asked");
    }

    @Test
    void tellingATrialTwiceIsRefused() {
        strategy.ask(1);
        strategy.tell(0, Observation.of(1));

        assertThatThrownBy(() -> strategy.tell(0, Observation.of(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trial 0 was already told");
    }

    @Test
    void anObservationWithTheWrongNumberOfObjectivesIsRefused() {
        strategy.ask(1);

        assertThatThrownBy(() -> strategy.tell(0, Observation.of(1, 2)))
                .hasMessage("expected 1 objective value(s), got 2");
    }

    @Test
    void askingForNoTrialIsRefused() {
        assertThatThrownBy(() -> strategy.ask(0)).hasMessage("ask for at least one trial, not 0");
    }

    @Test
    void anObservationMustBeFinite() {
        assertThatThrownBy(() -> Observation.of(Double.NaN))
                .hasMessage("objective values must be finite numbers, got [NaN]");
    }

    @Test
    void everyStrategyHasAWireName() {
        assertThat(StrategyName.fromWire("bayesian_optimization")).contains(StrategyName.BAYESIAN_OPTIMIZATION);
        assertThat(StrategyName.fromWire("simulated_annealing")).isEmpty();
    }
}
