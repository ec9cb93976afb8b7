package io.oeml.optimizer.search.strategy;

import java.util.Map;

/**
 * What every strategy is given: the number of trials it may plan for, the number of objectives each observation
 * carries, the seed that makes it reproducible, and strategy-specific options (e.g. hyperband's max_budget, eta).
 */
public record StrategySettings(int trialBudget, int objectives, long seed, Map<String, String> options) {

    public StrategySettings {
        if (trialBudget < 1) {
            throw new IllegalArgumentException("trial budget must be at least 1, got " + trialBudget);
        }
        if (objectives < 1) {
            throw new IllegalArgumentException("objectives must be at least 1, got " + objectives);
        }
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public StrategySettings(int trialBudget, long seed) {
        this(trialBudget, 1, seed, Map.of());
    }

    /** An integer option, or the default when it is absent. */
    public int intOption(String key, int defaultValue) {
        String value = options.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' must be an integer, got '" + value + "'");
        }
    }
}
