package io.oeml.optimizer.results;

import static io.oeml.optimizer.results.Trials.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class ConvergenceTest {

    private static final SearchSpace SPACE = new SearchSpace(List.of(new FloatParameter("temperature", 0, 1, false)));
    private static final List<String> QUALITY = List.of("maximize_quality");

    @Test
    void eachTrialCarriesItsScoreTheBestSoFarAndTheTrialThatSetIt() {
        List<ConvergencePoint> history = convergence(scored(0, 0.2, true), scored(1, 0.4, true),
                scored(2, 0.3, true), scored(3, 0.6, true));

        assertThat(history).containsExactly(
                new ConvergencePoint(0, 0.2, true, 0.2, 0, true),
                new ConvergencePoint(1, 0.4, true, 0.4, 1, true),
                new ConvergencePoint(2, 0.3, true, 0.4, 1, false),
                new ConvergencePoint(3, 0.6, true, 0.6, 3, true));
    }

    @Test
    void anInfeasibleTrialNeverBecomesTheBest() {
        List<ConvergencePoint> history = convergence(scored(0, 0.2, true), scored(1, 0.9, false));

        assertThat(history.get(1)).isEqualTo(new ConvergencePoint(1, 0.9, false, 0.2, 0, false));
    }

    @Test
    void beforeTheFirstFeasibleTrialThereIsNoBest() {
        List<ConvergencePoint> history = convergence(scored(0, 0.7, false), scored(1, 0.1, true));

        assertThat(history.get(0)).isEqualTo(new ConvergencePoint(0, 0.7, false, null, null, false));
        assertThat(history.get(1).bestTrialNumber()).isEqualTo(1);
    }

    @Test
    void aTieWithTheBestIsNoImprovement() {
        List<ConvergencePoint> history = convergence(scored(0, 0.5, true), scored(1, 0.5, true));

        assertThat(history.get(1)).isEqualTo(new ConvergencePoint(1, 0.5, true, 0.5, 0, false));
    }

    @Test
    void trialsAreInTrialNumberOrderWhateverOrderTheyCameIn() {
        List<ConvergencePoint> history = convergence(scored(2, 0.3, true), scored(0, 0.1, true), scored(1, 0.2, true));

        assertThat(history).extracting(ConvergencePoint::trialNumber).containsExactly(0, 1, 2);
    }

    private static List<ConvergencePoint> convergence(ResultTrial... trials) {
        return SessionResults.of(SPACE, QUALITY, List.of(trials)).convergence();
    }
}
