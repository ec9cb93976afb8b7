package io.oeml.optimizer.search.hyperband;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.optimizer.search.space.Assignment;
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

class HyperbandStrategyTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("temperature", 0.0, 2.0, false),
            new IntParameter("top_k", 1, 100, false)));

    private static final StrategySettings DEFAULTS = new StrategySettings(100, 1, 5, Map.of());

    /** A loss that only depends on the configuration, so the ranking at every rung is known. */
    private static Observation loss(Trial trial) {
        return Observation.of((Double) trial.assignment().get("temperature"));
    }

    private static Strategy hyperband() {
        return Strategies.create(StrategyName.HYPERBAND, SPACE, DEFAULTS);
    }

    private static List<CompletedTrial> tellAll(Strategy strategy, List<Trial> trials) {
        List<CompletedTrial> told = new ArrayList<>();
        for (Trial trial : trials) {
            strategy.tell(trial.number(), loss(trial));
            told.add(new CompletedTrial(trial, loss(trial)));
        }
        return told;
    }

    private static Strategy hyperband(int maxPrompts) {
        return Strategies.create(StrategyName.HYPERBAND, SPACE, withMaxPrompts(maxPrompts));
    }

    private static StrategySettings withMaxPrompts(int maxPrompts) {
        return new StrategySettings(100, 1, 5, Map.of("max_prompts", Integer.toString(maxPrompts)));
    }

    /** Asks and tells until the strategy asks nothing more; the trials in the order asked. */
    private static List<Trial> runToTheEnd(Strategy strategy) {
        List<Trial> asked = new ArrayList<>();
        for (List<Trial> batch = strategy.ask(100); !batch.isEmpty(); batch = strategy.ask(100)) {
            tellAll(strategy, batch);
            asked.addAll(batch);
        }
        return asked;
    }

    /** Prompts a service that reuses a configuration's scored prompts spends: each configuration's largest budget. */
    private static int promptsWithReuse(List<Trial> asked) {
        return asked.stream().collect(Collectors.toMap(Trial::assignment, Trial::budget, Math::max)).values().stream()
                .mapToInt(Integer::intValue).sum();
    }

    @Test
    void aRungIsAskedTogetherAndTheNextWaitsForAllItsResults() {
        Strategy strategy = hyperband();
        List<Trial> rung = strategy.ask(100);

        assertThat(rung).hasSize(27).allSatisfy(trial -> assertThat(trial.budget()).isEqualTo(1));
        tellAll(strategy, rung.subList(0, 26));
        assertThat(strategy.ask(1)).isEmpty();
    }

    @Test
    void promotionsKeepTheBestThirdWithTheSameAssignmentAndThreeTimesTheBudget() {
        Strategy strategy = hyperband();
        List<Trial> rung = strategy.ask(27);
        tellAll(strategy, rung);

        List<Trial> promoted = strategy.ask(100);

        List<Assignment> bestNine = rung.stream().sorted(Comparator.comparingDouble(t -> loss(t).value())).limit(9)
                .map(Trial::assignment).toList();
        assertThat(promoted).extracting(Trial::assignment).containsExactlyElementsOf(bestNine);
        assertThat(promoted).allSatisfy(trial -> assertThat(trial.budget()).isEqualTo(3));
    }

    @Test
    void allBracketsRunTheReferenceScheduleAndThenTheStrategyIsFinished() {
        Strategy strategy = hyperband();
        List<Trial> asked = runToTheEnd(strategy);

        assertThat(strategy.finished()).isTrue();
        assertThat(asked.stream().map(Trial::assignment).distinct().count()).isEqualTo(49);
        assertThat(asked.stream().mapToInt(Trial::budget).sum()).isEqualTo(423);
        assertThat(asked.stream().filter(trial -> trial.budget() == 27).count()).isEqualTo(1 + 1 + 2 + 4);
    }

    @ParameterizedTest
    @CsvSource({"675, 96, 660", "1350, 193, 1347", "2700, 383, 2685"})
    void withMaxPromptsIterationsRepeatUntilLessThanOneFullEvaluationIsLeft(int maxPrompts, int configurations,
            int spent) {
        Strategy strategy = hyperband(maxPrompts);
        List<Trial> asked = runToTheEnd(strategy);

        assertThat(strategy.finished()).isTrue();
        assertThat(asked.stream().map(Trial::assignment).distinct().count()).isEqualTo(configurations);
        assertThat(promptsWithReuse(asked)).isEqualTo(spent);
    }

    @Test
    void aBracketThatNoLongerFitsIsStartedWithFewerConfigurations() {
        Strategy strategy = hyperband(357 + 69);
        List<Trial> asked = runToTheEnd(strategy);

        List<Trial> afterTheFirstIteration = asked.subList(69, asked.size());
        assertThat(afterTheFirstIteration).extracting(Trial::budget).containsExactly(
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 9, 9, 9, 27);
    }

    @Test
    void restoredInALaterIterationAsksWhatTheOriginalAsks() {
        Strategy original = hyperband(1350);
        List<CompletedTrial> history = new ArrayList<>();
        while (history.size() < 69 + 30) {
            history.addAll(tellAll(original, original.ask(1)));
        }

        Strategy restored = Strategies.restore(StrategyName.HYPERBAND, SPACE, withMaxPrompts(1350), history);

        assertThat(restored.ask(100)).isEqualTo(original.ask(100));
    }

    @Test
    void maxPromptsBelowOneFullEvaluationIsRefused() {
        assertThatThrownBy(() -> hyperband(26)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max_prompts must be at least max_budget (27)");
    }

    private static Strategy bohb() {
        return Strategies.create(StrategyName.HYPERBAND, SPACE, BOHB);
    }

    private static final StrategySettings BOHB = new StrategySettings(100, 1, 5,
            Map.of("sampler", "bohb", "max_prompts", "1350"));

    /** Runs the first (widest) bracket to its end: 27 + 9 + 3 + 1 trials. */
    private static List<CompletedTrial> firstBracket(Strategy strategy) {
        List<CompletedTrial> told = new ArrayList<>();
        while (told.size() < 40) {
            told.addAll(tellAll(strategy, strategy.ask(100)));
        }
        return told;
    }

    private static double meanTemperature(List<Trial> trials) {
        return trials.stream().mapToDouble(t -> (Double) t.assignment().get("temperature")).average().orElseThrow();
    }

    @Test
    void bohbStartsFromTheSobolPointsWhileNoBudgetHasEnoughToldTrials() {
        assertThat(bohb().ask(100)).isEqualTo(hyperband(1350).ask(100));
    }

    @Test
    void bohbDrawsTheNextBracketsConfigurationsWhereTheGoodTrialsWere() {
        Strategy sobol = hyperband(1350);
        Strategy bohb = bohb();
        firstBracket(sobol);
        firstBracket(bohb);

        List<Trial> modelBased = bohb.ask(100);

        assertThat(modelBased).hasSize(12);
        assertThat(meanTemperature(modelBased)).isLessThan(meanTemperature(sobol.ask(100)) / 2);
    }

    @Test
    void bohbRestoredAfterItsFirstBracketAsksWhatTheOriginalAsks() {
        Strategy original = bohb();
        List<CompletedTrial> history = firstBracket(original);

        Strategy restored = Strategies.restore(StrategyName.HYPERBAND, SPACE, BOHB, history);

        assertThat(restored.ask(100)).isEqualTo(original.ask(100));
    }

    @Test
    void anUnknownSamplerIsRefused() {
        assertThatThrownBy(() -> Strategies.create(StrategyName.HYPERBAND, SPACE,
                new StrategySettings(100, 1, 5, Map.of("sampler", "tpe")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sobol or bohb");
    }

    @Test
    void restoredAfterKTrialsAsksWhatTheOriginalAsks() {
        Strategy original = hyperband();
        List<CompletedTrial> history = new ArrayList<>(tellAll(original, original.ask(27)));
        history.addAll(tellAll(original, original.ask(4)));

        Strategy restored = Strategies.restore(StrategyName.HYPERBAND, SPACE, DEFAULTS, history);

        assertThat(restored.ask(100)).isEqualTo(original.ask(100));
    }

    @Test
    void aTrialLostBeforeARestartIsAskedAgainUnderANewNumber() {
        Strategy original = hyperband();
        List<Trial> rung = original.ask(27);
        Trial lost = rung.get(10);
        List<CompletedTrial> history = new ArrayList<>(tellAll(original, rung.subList(0, 10)));
        history.addAll(tellAll(original, rung.subList(11, 27)));

        Strategy restored = Strategies.restore(StrategyName.HYPERBAND, SPACE, DEFAULTS, history);

        assertThat(restored.ask(100)).containsExactly(new Trial(27, lost.assignment(), 1));
    }

    @Test
    void aHistoryFromAnotherSeedIsRefused() {
        Strategy original = hyperband();
        List<CompletedTrial> history = tellAll(original, original.ask(3));

        assertThatThrownBy(() -> Strategies.restore(StrategyName.HYPERBAND, SPACE,
                new StrategySettings(100, 1, 6, Map.of()), history)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no open member");
    }

    @Test
    void optionsSetTheSchedule() {
        HyperbandStrategy strategy = (HyperbandStrategy) Strategies.create(StrategyName.HYPERBAND, SPACE,
                new StrategySettings(100, 1, 5, Map.of("max_budget", "81", "eta", "3")));

        assertThat(strategy.schedule().brackets()).hasSize(5);
        assertThat(strategy.ask(1000)).hasSize(81);
    }

    @Test
    void moreThanOneObjectiveIsRefused() {
        assertThatThrownBy(() -> Strategies.create(StrategyName.HYPERBAND, SPACE,
                new StrategySettings(100, 2, 5, Map.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one objective");
    }
}
