package io.oeml.optimizer.search.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

class GridSearchTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("temperature", 0, 1, false),
            new IntParameter("top_k", 1, 3, false),
            new CategoricalParameter("kv_cache_type", List.of("f16", "q8_0"))));

    @Test
    void categoricalsTakeAllChoicesAndTheRestGrowsEvenlyWithinTheBudget() {
        GridSearch search = new GridSearch(SPACE, new StrategySettings(20, 0));

        assertThat(search.describeGrid()).isEqualTo("18 points: temperature 3 levels [0.0, 0.5, 1.0] x top_k 3 levels"
                + " [1, 2, 3] x kv_cache_type 2 levels [f16, q8_0]");
    }

    @Test
    void anIntegerNeverGetsMoreLevelsThanItHasValuesSoAFloatTakesTheRest() {
        GridSearch search = new GridSearch(SPACE, new StrategySettings(40, 0));

        assertThat(search.describeGrid()).startsWith("36 points: temperature 6 levels");
    }

    @Test
    void aBudgetBelowTheCategoricalsGivesOnePointPerLevelStillFitting() {
        GridSearch search = new GridSearch(SPACE, new StrategySettings(1, 0));

        assertThat(search.describeGrid())
                .isEqualTo("1 point: temperature 1 level [0.5] x top_k 1 level [2] x kv_cache_type 1 level [f16]");
    }

    @Test
    void aLogScaleFloatIsSpacedGeometrically() {
        SearchSpace space = new SearchSpace(List.of(new FloatParameter("min_p", 0.001, 0.1, true)));

        List<Object> levels = new GridSearch(space, new StrategySettings(3, 0)).ask(3).stream()
                .map(t -> t.assignment().get("min_p")).toList();

        assertThat(levels).hasSize(3).startsWith(0.001).endsWith(0.1);
        assertThat((Double) levels.get(1)).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void everyPointIsAskedOnceAndThenTheSearchIsFinished() {
        GridSearch search = new GridSearch(SPACE, new StrategySettings(20, 0));

        List<Trial> trials = search.ask(25);
        trials.forEach(t -> search.tell(t.number(), Observation.of(0)));

        assertThat(trials).hasSize(18).extracting(Trial::assignment).doesNotHaveDuplicates();
        assertThat(search.finished()).isTrue();
        assertThat(search.ask(1)).isEmpty();
    }
}
