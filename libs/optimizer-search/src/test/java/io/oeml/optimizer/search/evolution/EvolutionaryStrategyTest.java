package io.oeml.optimizer.search.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.jenetics.ext.moea.Pareto;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Strategies;
import io.oeml.optimizer.search.strategy.Strategy;
import io.oeml.optimizer.search.strategy.StrategyName;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.Trial;

class EvolutionaryStrategyTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("x", -5.0, 5.0, false),
            new FloatParameter("y", -5.0, 5.0, false),
            new IntParameter("k", 0, 20, false),
            new CategoricalParameter("mode", List.of("a", "b", "c"))));

    /** A sphere with its minimum 0 at x = 1, y = -2, k = 7, mode = b. */
    private static Observation sphere(Assignment a) {
        double x = (Double) a.get("x") - 1;
        double y = (Double) a.get("y") + 2;
        double k = ((Integer) a.get("k") - 7) / 4.0;
        double mode = a.get("mode").equals("b") ? 0 : 1;
        return Observation.of(x * x + y * y + k * k + mode);
    }

    /** Two conflicting objectives: distance to (1, 1) and to (-1, -1) in the (x, y) plane. */
    private static Observation twoTargets(Assignment a) {
        double x = (Double) a.get("x");
        double y = (Double) a.get("y");
        return Observation.of((x - 1) * (x - 1) + (y - 1) * (y - 1), (x + 1) * (x + 1) + (y + 1) * (y + 1));
    }

    private static EvolutionaryStrategy<?> strategy(int objectives, long seed) {
        return (EvolutionaryStrategy<?>) Strategies.create(StrategyName.EVOLUTIONARY, SPACE,
                new StrategySettings(100, objectives, seed, Map.of()));
    }

    /** Runs whole batches: ask everything there is, tell it all, until {@code trials} are told. */
    private static List<CompletedTrial> run(Strategy strategy, int trials, Function<Assignment, Observation> f) {
        List<CompletedTrial> history = new ArrayList<>();
        while (history.size() < trials) {
            for (Trial trial : strategy.ask(trials - history.size())) {
                Observation observation = f.apply(trial.assignment());
                strategy.tell(trial.number(), observation);
                history.add(new CompletedTrial(trial, observation));
            }
        }
        return history;
    }

    @Test
    void thePopulationIsSizedToTheBudget() {
        assertThat(EvolutionaryStrategy.populationSize(new StrategySettings(25, 0))).isEqualTo(10);
        assertThat(EvolutionaryStrategy.populationSize(new StrategySettings(100, 0))).isEqualTo(20);
        assertThat(EvolutionaryStrategy.populationSize(new StrategySettings(4, 0))).isEqualTo(6);
        assertThat(EvolutionaryStrategy.populationSize(new StrategySettings(10_000, 0))).isEqualTo(40);
    }

    @Test
    void aGenerationIsBredOnlyAfterAllItsTrialsAreTold() {
        EvolutionaryStrategy<?> strategy = strategy(1, 1);
        List<Trial> first = strategy.ask(100);
        assertThat(first).hasSize(strategy.populationSize());

        for (Trial trial : first.subList(0, first.size() - 1)) {
            strategy.tell(trial.number(), sphere(trial.assignment()));
        }
        assertThat(strategy.ask(5)).isEmpty();
        assertThat(strategy.generation()).isEqualTo(1);

        Trial last = first.get(first.size() - 1);
        strategy.tell(last.number(), sphere(last.assignment()));
        assertThat(strategy.generation()).isEqualTo(2);
        assertThat(strategy.ask(100)).isNotEmpty().allSatisfy(trial -> assertThat(trial.number()).isGreaterThan(
                last.number()));
    }

    @Test
    void laterGenerationsAreBetterThanTheFirstOnASphere() {
        EvolutionaryStrategy<?> strategy = strategy(1, 42);
        List<CompletedTrial> history = run(strategy, 200, EvolutionaryStrategyTest::sphere);
        int population = strategy.populationSize();

        double firstGenerationMean = mean(history.subList(0, population));
        double lastTrialsMean = mean(history.subList(history.size() - population, history.size()));
        double firstGenerationBest = best(history.subList(0, population));
        double overallBest = best(history);

        assertThat(lastTrialsMean).isLessThan(firstGenerationMean / 4);
        assertThat(overallBest).isLessThan(firstGenerationBest / 4).isLessThan(0.5);
    }

    @Test
    void itBeatsRandomSearchOnTheSphereAt100TrialsOverTwentyOneSeeds() {
        double[] evolutionary = new double[21];
        double[] random = new double[21];
        for (int seed = 0; seed < 21; seed++) {
            evolutionary[seed] = best(run(strategy(1, seed), 100, EvolutionaryStrategyTest::sphere));
            random[seed] = best(run(Strategies.create(StrategyName.RANDOM_SEARCH, SPACE,
                    new StrategySettings(100, 1, seed, Map.of())), 100, EvolutionaryStrategyTest::sphere));
        }
        Arrays.sort(evolutionary);
        Arrays.sort(random);

        assertThat(evolutionary[10]).isLessThan(random[10] / 2);
    }

    @Test
    void theParetoFrontHoldsExactlyTheNonDominatedTrials() {
        EvolutionaryStrategy<?> strategy = strategy(2, 7);
        List<CompletedTrial> history = run(strategy, 150, EvolutionaryStrategyTest::twoTargets);
        List<CompletedTrial> front = strategy.paretoFront();

        assertThat(front).hasSizeGreaterThan(5);
        for (CompletedTrial trial : history) {
            boolean dominated = history.stream().anyMatch(other -> dominates(other, trial));
            assertThat(front.contains(trial)).as("trial %d on the front", trial.number()).isEqualTo(!dominated);
        }
        assertThat(strategy.hypervolume(new double[] {20, 20})).isGreaterThan(0);
    }

    @Test
    void infeasibleTrialsStayOffTheFront() {
        EvolutionaryStrategy<?> strategy = strategy(2, 8);
        List<CompletedTrial> history = run(strategy, 60, a -> (Double) a.get("x") > 0
                ? Observation.infeasible(twoTargets(a).values())
                : twoTargets(a));

        assertThat(strategy.paretoFront()).isNotEmpty()
                .allSatisfy(trial -> assertThat(trial.observation().feasible()).isTrue());
        assertThat(history).anySatisfy(trial -> assertThat(trial.observation().feasible()).isFalse());
    }

    @Test
    void restoredAfterKTrialsAsksWhatTheOriginalAsks() {
        for (int objectives : new int[] {1, 2}) {
            Function<Assignment, Observation> f = objectives == 1 ? EvolutionaryStrategyTest::sphere
                    : EvolutionaryStrategyTest::twoTargets;
            Strategy original = strategy(objectives, 99);
            List<CompletedTrial> history = run(original, 37, f);

            Strategy restored = Strategies.restore(StrategyName.EVOLUTIONARY, SPACE,
                    new StrategySettings(100, objectives, 99, Map.of()), history);

            assertThat(restored.ask(6)).isEqualTo(original.ask(6));
        }
    }

    private static boolean dominates(CompletedTrial a, CompletedTrial b) {
        return Pareto.dominance(b.observation().values(), a.observation().values()) > 0;
    }

    private static double mean(List<CompletedTrial> trials) {
        return trials.stream().mapToDouble(trial -> trial.observation().value()).average().orElseThrow();
    }

    private static double best(List<CompletedTrial> trials) {
        return trials.stream().mapToDouble(trial -> trial.observation().value()).min().orElseThrow();
    }
}
