package io.oeml.optimizer.search.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.Branin;
import io.oeml.optimizer.search.random.RandomSearch;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Strategy;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

class BayesianOptimizationTest {

    private static final int TRIALS = 40;

    @Test
    void reachesALowerMedianRegretThanRandomSearchOnBraninInFortyTrials() {
        double bayesian = medianRegret(seed -> new BayesianOptimization(Branin.SPACE, settings(seed)));
        double random = medianRegret(seed -> new RandomSearch(Branin.SPACE, settings(seed)));
        System.out.printf("branin4_mixed, %d trials, median regret over 10 seeds: bayesian %.4f, random %.4f%n",
                TRIALS, bayesian, random);

        assertThat(bayesian).isLessThan(random / 5);
    }

    @Test
    void aConstantLiarBatchAsksDistinctPointsNotYetTried() {
        BayesianOptimization strategy = new BayesianOptimization(Branin.SPACE, settings(3));
        List<Assignment> told = new ArrayList<>();
        for (Trial trial : strategy.ask(12)) {
            strategy.tell(trial.number(), Observation.of(Branin.value(trial.assignment())));
            told.add(trial.assignment());
        }

        List<Assignment> batch = strategy.ask(4).stream().map(Trial::assignment).toList();

        assertThat(batch).hasSize(4).doesNotHaveDuplicates().doesNotContainAnyElementsOf(told);
    }

    @Test
    void whileEveryTrialIsInfeasibleItKeepsExploringNewPoints() {
        BayesianOptimization strategy = new BayesianOptimization(Branin.SPACE, settings(5));
        List<Assignment> asked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Trial trial = strategy.ask(1).get(0);
            strategy.tell(trial.number(), Observation.infeasible(1));
            asked.add(trial.assignment());
        }

        assertThat(asked).doesNotHaveDuplicates();
    }

    @Test
    void refusesSeveralObjectives() {
        assertThatThrownBy(() -> new BayesianOptimization(Branin.SPACE, new StrategySettings(40, 2, 0, Map.of())))
                .hasMessage("bayesian_optimization optimises one objective; use evolutionary for several");
    }

    private static StrategySettings settings(long seed) {
        return new StrategySettings(TRIALS, seed);
    }

    private static double medianRegret(LongFunction<Strategy> s) {
        double[] regrets = LongStream.range(0, 10).mapToDouble(seed -> Branin.regretAfter(s.apply(seed), TRIALS))
                .sorted().toArray();
        return (regrets[4] + regrets[5]) / 2;
    }
}
