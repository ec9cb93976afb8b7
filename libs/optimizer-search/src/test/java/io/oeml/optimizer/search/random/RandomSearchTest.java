package io.oeml.optimizer.search.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

class RandomSearchTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("temperature", 0.1, 1.5, false),
            new FloatParameter("min_p", 1e-4, 1e-1, true),
            new IntParameter("top_k", 1, 100, false),
            new IntParameter("num_ctx", 512, 8192, true),
            new CategoricalParameter("kv_cache_type", List.of("f16", "q8_0", "q4_0"))));

    private final List<Trial> trials = new RandomSearch(SPACE, new StrategySettings(500, 3)).ask(500);

    @Test
    void floatsAreDoublesWithinTheirBounds() {
        assertThat(trials).extracting(t -> t.assignment().get("temperature"))
                .allSatisfy(v -> assertThat((Double) v).isBetween(0.1, 1.5));
    }

    @Test
    void integersAreIntegersCoveringTheirInclusiveBounds() {
        List<Object> topK = trials.stream().map(t -> t.assignment().get("top_k")).toList();

        assertThat(topK).allSatisfy(v -> assertThat((Integer) v).isBetween(1, 100)).contains(1, 100);
    }

    @Test
    void categoricalsTakeEveryChoice() {
        assertThat(trials).extracting(t -> t.assignment().get("kv_cache_type"))
                .containsOnly("f16", "q8_0", "q4_0");
    }

    @Test
    void aLogScaleFloatIsUniformInItsLogarithm() {
        long belowGeometricMiddle = trials.stream()
                .filter(t -> (Double) t.assignment().get("min_p") < Math.sqrt(1e-4 * 1e-1))
                .count();

        assertThat(belowGeometricMiddle).isBetween(200L, 300L);
    }

    @Test
    void aLogScaleIntegerIsUniformInItsLogarithm() {
        long belowGeometricMiddle = trials.stream()
                .filter(t -> (Integer) t.assignment().get("num_ctx") < 2048)
                .count();

        assertThat(belowGeometricMiddle).isBetween(200L, 300L);
    }

    @Test
    void theSameSeedAsksTheSameTrials() {
        assertThat(new RandomSearch(SPACE, new StrategySettings(500, 3)).ask(500)).isEqualTo(trials);
    }
}
