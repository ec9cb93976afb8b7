package io.oeml.optimizer.search.bayes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.Branin;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

/**
 * The per-trial overhead the issue bounds (20 ms at 100 trials), printed as wall time and as the asking thread's CPU
 * time (the wall time of a loaded shared machine says little); the assertion is a loose regression guard.
 */
class SuggestTimeTest {

    private static final int TRIALS = 100;

    @Test
    void aHundredTrialsOnHartmannSixTakeAFewMillisecondsEach() {
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            parameters.add(new FloatParameter("x" + i, 0, 1, false));
        }
        BayesianOptimization strategy = new BayesianOptimization(new SearchSpace(parameters),
                new StrategySettings(TRIALS, 0));

        double cpuMillisPerTrial = cpuMillisPerTrial("hartmann6", strategy, SuggestTimeTest::hartmann6);

        assertThat(cpuMillisPerTrial).isLessThan(100);
    }

    @Test
    void aHundredTrialsOnMixedBraninTakeAFewMillisecondsEach() {
        BayesianOptimization strategy = new BayesianOptimization(Branin.SPACE, new StrategySettings(TRIALS, 0));

        double cpuMillisPerTrial = cpuMillisPerTrial("branin4_mixed", strategy, Branin::value);

        assertThat(cpuMillisPerTrial).isLessThan(100);
    }

    private static double cpuMillisPerTrial(String function, BayesianOptimization strategy,
            ToDoubleFunction<Assignment> objective) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = 0;
        long cpu = 0;
        for (int i = 0; i < TRIALS; i++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Trial trial = strategy.ask(1).get(0);
            cpu += threads.getCurrentThreadCpuTime() - cpuStart;
            wall += System.nanoTime() - wallStart;
            strategy.tell(trial.number(), Observation.of(objective.applyAsDouble(trial.assignment())));
        }
        System.out.printf("%s: bayesian_optimization suggest time over %d trials: %.2f ms/trial wall, %.2f ms/trial"
                + " CPU%n", function, TRIALS, wall / 1e6 / TRIALS, cpu / 1e6 / TRIALS);
        return cpu / 1e6 / TRIALS;
    }

    private static final double[] ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] A = {
        {10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8}, {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] P = {
        {0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886}, {0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991},
        {0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650}, {0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381}};

    private static double hartmann6(Assignment assignment) {
        double value = 0;
        for (int i = 0; i < 4; i++) {
            double exponent = 0;
            for (int j = 0; j < 6; j++) {
                double x = (Double) assignment.get("x" + (j + 1));
                exponent += A[i][j] * (x - P[i][j]) * (x - P[i][j]);
            }
            value -= ALPHA[i] * Math.exp(-exponent);
        }
        return value;
    }
}
