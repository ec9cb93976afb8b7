package io.oeml.optimizer.search.strategy;

import java.util.List;

import io.oeml.optimizer.search.bayes.BayesianOptimization;
import io.oeml.optimizer.search.evolution.EvolutionaryStrategy;
import io.oeml.optimizer.search.grid.GridSearch;
import io.oeml.optimizer.search.hyperband.HyperbandStrategy;
import io.oeml.optimizer.search.random.RandomSearch;
import io.oeml.optimizer.search.space.SearchSpace;

/** Creates strategies by name, fresh or rebuilt from a stored history. */
public final class Strategies {

    private Strategies() {
    }

    public static Strategy create(StrategyName name, SearchSpace space, StrategySettings settings) {
        return build(name, space, settings);
    }

    /**
     * Rebuilds a strategy after a restart from its told trials, in the order they were told; the next ask is what the
     * original would have asked (trials asked but never told are asked anew, under new numbers).
     */
    public static Strategy restore(StrategyName name, SearchSpace space, StrategySettings settings,
            List<CompletedTrial> history) {
        AskTellStrategy strategy = build(name, space, settings);
        history.forEach(strategy::replay);
        return strategy;
    }

    /**
     * As {@link #restore(StrategyName, SearchSpace, StrategySettings, List)}, numbering new trials from
     * {@code nextNumber} on (or after the highest told number, if that is later): trials a service stored as asked but
     * never told keep their numbers, so no number is given out twice.
     */
    public static Strategy restore(StrategyName name, SearchSpace space, StrategySettings settings,
            List<CompletedTrial> history, int nextNumber) {
        AskTellStrategy strategy = build(name, space, settings);
        history.forEach(strategy::replay);
        strategy.numberFrom(nextNumber);
        return strategy;
    }

    private static AskTellStrategy build(StrategyName name, SearchSpace space, StrategySettings settings) {
        return switch (name) {
            case GRID_SEARCH -> new GridSearch(space, settings);
            case RANDOM_SEARCH -> new RandomSearch(space, settings);
            case BAYESIAN_OPTIMIZATION -> new BayesianOptimization(space, settings);
            case EVOLUTIONARY -> EvolutionaryStrategy.of(space, settings);
            case HYPERBAND -> new HyperbandStrategy(space, settings);
        };
    }
}
