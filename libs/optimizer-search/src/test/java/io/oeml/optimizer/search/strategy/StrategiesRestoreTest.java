package io.oeml.optimizer.search.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.oeml.optimizer.search.Branin;

class StrategiesRestoreTest {

    private static final StrategySettings SETTINGS = new StrategySettings(40, 1, 11, Map.of());

    @ParameterizedTest
    @EnumSource(value = StrategyName.class, names = {"GRID_SEARCH", "RANDOM_SEARCH", "BAYESIAN_OPTIMIZATION"})
    void restoredAfterFifteenTrialsAsksWhatTheOriginalAsks(StrategyName name) {
        Strategy original = Strategies.create(name, Branin.SPACE, SETTINGS);
        List<CompletedTrial> history = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Trial trial = original.ask(1).get(0);
            Observation observation = Observation.of(Branin.value(trial.assignment()));
            original.tell(trial.number(), observation);
            history.add(new CompletedTrial(trial, observation));
        }

        Strategy restored = Strategies.restore(name, Branin.SPACE, SETTINGS, history);

        assertThat(restored.ask(2)).isEqualTo(original.ask(2));
    }

    @ParameterizedTest
    @EnumSource(StrategyName.class)
    void restoredWithLostTrialsNumbersNewOnesAfterThem(StrategyName name) {
        Strategy original = Strategies.create(name, Branin.SPACE, SETTINGS);
        Trial told = original.ask(1).get(0);
        Observation observation = Observation.of(Branin.value(told.assignment()));
        original.tell(told.number(), observation);
        int lost = original.ask(3).size();

        Strategy restored = Strategies.restore(name, Branin.SPACE, SETTINGS,
                List.of(new CompletedTrial(told, observation)), 1 + lost);

        assertThat(restored.ask(1).get(0).number()).isEqualTo(1 + lost);
    }
}
