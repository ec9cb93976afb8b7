package io.oeml.optimizer.search.strategy;

import java.util.List;

/** An optimiser in ask-and-tell form: the caller runs the trials, the strategy only proposes and learns. */
public interface Strategy {

    /**
     * Up to {@code count} (at least 1) trials to run now, numbered on from the last one asked: a batch for parallel
     * workers. Fewer, possibly none, when the strategy is finished or must wait for pending results (hyperband).
     */
    List<Trial> ask(int count);

    /**
     * The observation for an asked trial.
     *
     * @throws IllegalArgumentException for a number never asked, one already told, or the wrong number of values
     */
    void tell(int trialNumber, Observation observation);

    /** True once the strategy has nothing more to ask (grid exhausted, hyperband's brackets done); others never. */
    boolean finished();
}
