package io.oeml.optimizer.search.cli;

import java.util.List;

import io.oeml.optimizer.search.grid.GridSearch;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Strategies;
import io.oeml.optimizer.search.strategy.Strategy;
import io.oeml.optimizer.search.strategy.StrategyName;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

/** The driver's one current strategy: create replaces it, ask and tell go to it. */
public final class DriverSession {

    private Strategy strategy;

    DriverAnswer create(StrategyName name, SearchSpace space, StrategySettings settings) {
        strategy = Strategies.create(name, space, settings);
        return new DriverAnswer.Created(true, strategy instanceof GridSearch grid ? grid.describeGrid() : null);
    }

    /** Times the strategy's own {@code ask}, so the figure excludes JSON and the pipe. */
    DriverAnswer ask(int count) {
        Strategy current = current();
        long start = System.nanoTime();
        List<Trial> trials = current.ask(count);
        long suggestNs = System.nanoTime() - start;
        return DriverAnswer.Asked.of(trials, suggestNs, current.finished());
    }

    DriverAnswer tell(int trialNumber, Observation observation) {
        current().tell(trialNumber, observation);
        return DriverAnswer.Done.OK;
    }

    private Strategy current() {
        if (strategy == null) {
            throw new IllegalArgumentException("no session: send a create request first");
        }
        return strategy;
    }
}
