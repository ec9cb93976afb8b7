package io.oeml.optimizer.search.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.StrategyName;
import io.oeml.optimizer.search.strategy.StrategySettings;

/** Starts a new session (replacing the current one): a strategy by its wire name, a space, budget, seed, options. */
public record CreateRequest(String strategy, List<ParameterSpec> space, Integer budget, Integer objectives, Long seed,
        Map<String, String> options) implements DriverRequest {

    @Override
    public DriverAnswer applyTo(DriverSession session) {
        return session.create(strategyName(), searchSpace(), settings());
    }

    StrategyName strategyName() {
        if (strategy == null) {
            throw new IllegalArgumentException("create needs a strategy");
        }
        return StrategyName.fromWire(strategy).orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy '" + strategy + "' (known: " + knownStrategies() + ")"));
    }

    private static String knownStrategies() {
        return Arrays.stream(StrategyName.values()).map(StrategyName::wire).collect(Collectors.joining(", "));
    }

    SearchSpace searchSpace() {
        if (space == null) {
            throw new IllegalArgumentException("create needs a space");
        }
        return new SearchSpace(space.stream().map(ParameterSpec::toParameter).toList());
    }

    StrategySettings settings() {
        if (budget == null || seed == null) {
            throw new IllegalArgumentException("create needs a budget and a seed");
        }
        return new StrategySettings(budget, objectives == null ? 1 : objectives, seed, options);
    }
}
