package io.oeml.optimizer.search;

import java.util.List;

import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Strategy;
import io.oeml.optimizer.search.strategy.Trial;

/**
 * branin4_mixed of the Optuna baseline: Branin over x1 in [-5, 10], x2 in [0, 15], plus an integer and a categorical
 * that do not matter. Minimum 0.397887357729738.
 */
public final class Branin {

    public static final double MINIMUM = 0.397887357729738;

    public static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("x1", -5, 10, false),
            new FloatParameter("x2", 0, 15, false),
            new IntParameter("d_int", 0, 9, false),
            new CategoricalParameter("d_cat", List.of("a", "b", "c"))));

    private Branin() {
    }

    public static double value(Assignment assignment) {
        double x1 = (Double) assignment.get("x1");
        double x2 = (Double) assignment.get("x2");
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        return Math.pow(x2 - b * x1 * x1 + c * x1 - 6, 2) + 10 * (1 - t) * Math.cos(x1) + 10;
    }

    /** Runs {@code trials} trials one at a time and returns the regret of the best. */
    public static double regretAfter(Strategy strategy, int trials) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < trials; i++) {
            Trial trial = strategy.ask(1).get(0);
            double value = value(trial.assignment());
            strategy.tell(trial.number(), Observation.of(value));
            best = Math.min(best, value);
        }
        return best - MINIMUM;
    }
}
