package io.oeml.optimizer.search.strategy;

import io.oeml.optimizer.search.space.Assignment;

/**
 * One evaluation to run. {@code number} counts 0, 1, 2... per session; {@code budget} is the resource (evaluation
 * prompts) a multi-fidelity strategy grants it, 0 for a full evaluation.
 */
public record Trial(int number, Assignment assignment, int budget) {

    public Trial {
        if (number < 0 || budget < 0) {
            throw new IllegalArgumentException("trial number and budget must not be negative");
        }
    }
}
