package io.oeml.optimizer.search.strategy;

/** A trial and what was observed for it: the unit of a strategy's history and of {@link Strategies#restore}. */
public record CompletedTrial(Trial trial, Observation observation) {

    public int number() {
        return trial.number();
    }
}
