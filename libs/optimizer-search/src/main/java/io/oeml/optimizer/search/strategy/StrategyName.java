package io.oeml.optimizer.search.strategy;

import java.util.Arrays;
import java.util.Optional;

/** The strategies, by the name a client sends. */
public enum StrategyName {
    GRID_SEARCH("grid_search"),
    RANDOM_SEARCH("random_search"),
    BAYESIAN_OPTIMIZATION("bayesian_optimization"),
    EVOLUTIONARY("evolutionary"),
    HYPERBAND("hyperband");

    private final String wire;

    StrategyName(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<StrategyName> fromWire(String wire) {
        return Arrays.stream(values()).filter(name -> name.wire.equals(wire)).findFirst();
    }
}
