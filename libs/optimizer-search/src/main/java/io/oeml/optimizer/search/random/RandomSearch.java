package io.oeml.optimizer.search.random;

import java.util.Optional;
import java.util.SplittableRandom;

import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.AskTellStrategy;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.search.strategy.TrialRandom;

/**
 * random_search: every parameter drawn independently and uniformly (log-uniformly for log-scale ones, uniformly over
 * the integers of an integer range and over the choices of a categorical), from the trial's own generator.
 */
public final class RandomSearch extends AskTellStrategy {

    public RandomSearch(SearchSpace space, StrategySettings settings) {
        super(space, settings);
    }

    @Override
    protected Optional<Trial> propose(int number) {
        SplittableRandom random = TrialRandom.forTrial(settings.seed(), number);
        double[] u = new double[space.dimensions()];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextDouble();
        }
        return Optional.of(new Trial(number, space.fromUnit(u), 0));
    }
}
