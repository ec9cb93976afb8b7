package io.oeml.optimizer.results;

import static io.oeml.optimizer.results.Trials.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.SearchSpace;

class SensitivityTest {

    private static final List<String> QUALITY = List.of("maximize_quality");
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new FloatParameter("temperature", 0, 1, false),
            new IntParameter("top_k", 10, 100, true),
            new CategoricalParameter("num_ctx", List.of("2048", "4096", "8192"))));
    private static final List<Integer> CONTEXTS = List.of(2048, 4096, 8192);

    @Test
    void theParameterThatDrivesTheScoreRanksFirstWithAStrongRankCorrelation() {
        // score = 1 − temperature + small noise; top_k and num_ctx are drawn at random and do not matter
        Sensitivity sensitivity = sensitivity(syntheticTrials(30, (temperature, context) -> 1 - temperature));

        ParameterSensitivity first = sensitivity.parameters().get(0);
        assertThat(first.parameter()).isEqualTo("temperature");
        assertThat(first.statistic()).isEqualTo(ParameterSensitivity.SPEARMAN_RHO);
        assertThat(first.value()).isLessThan(-0.9);
        assertThat(first.importance()).isCloseTo(first.value() * first.value(), within(1e-12));
        assertThat(first.pValue()).isLessThan(1e-6);
        assertThat(byName(sensitivity, "top_k").importance()).isLessThan(0.25);
        assertThat(byName(sensitivity, "num_ctx").importance()).isLessThan(0.25);
    }

    @Test
    void aCategoricalThatDrivesTheScoreHasMostOfTheVarianceBetweenItsChoices() {
        // the score depends on num_ctx only: 0.2, 0.5, 0.8 by choice, plus small noise
        Sensitivity sensitivity = sensitivity(syntheticTrials(30,
                (temperature, context) -> 0.2 + 0.3 * CONTEXTS.indexOf(context)));

        ParameterSensitivity first = sensitivity.parameters().get(0);
        assertThat(first.parameter()).isEqualTo("num_ctx");
        assertThat(first.statistic()).isEqualTo(ParameterSensitivity.ETA_SQUARED);
        assertThat(first.value()).isGreaterThan(0.9).isLessThanOrEqualTo(1);
        assertThat(first.pValue()).isLessThan(1e-6);
    }

    @Test
    void aMonotoneButCurvedEffectIsAPerfectRankCorrelation() {
        List<ResultTrial> trials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double temperature = i / 12.0;
            trials.add(scored(i, Math.exp(-5 * temperature), true, Map.of("temperature", temperature)));
        }

        assertThat(byName(sensitivity(trials), "temperature").value()).isEqualTo(-1.0);
    }

    @Test
    void theMethodIsNamedInTheOutput() {
        Sensitivity sensitivity = sensitivity(syntheticTrials(12, (temperature, context) -> temperature));

        assertThat(sensitivity.method()).isEqualTo("spearman_rho+eta_squared");
        assertThat(sensitivity.description()).contains("Spearman", "eta squared");
        assertThat(sensitivity.meaningful()).isTrue();
    }

    @Test
    void fewerThanTenFeasibleTrialsAreTooFewToMeanAnything() {
        List<ResultTrial> trials = new ArrayList<>(syntheticTrials(9, (temperature, context) -> temperature));
        for (int i = 9; i < 15; i++) {
            trials.add(scored(i, 0.5, false, Map.of("temperature", 0.5, "top_k", 20, "num_ctx", 2048)));
        }

        Sensitivity sensitivity = sensitivity(trials);

        assertThat(sensitivity.meaningful()).isFalse();
        assertThat(sensitivity.trials()).isEqualTo(9);
        assertThat(sensitivity.note()).contains("at least 10 feasible trials", "has 9");
        assertThat(sensitivity.parameters()).isEmpty();
    }

    @Test
    void aParameterThatNeverChangedHasNoValueAndSaysWhy() {
        List<ResultTrial> trials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trials.add(scored(i, i / 12.0, true, Map.of("temperature", 0.7, "top_k", 10 + i, "num_ctx", 4096)));
        }

        Sensitivity sensitivity = sensitivity(trials);

        assertThat(byName(sensitivity, "temperature")).isEqualTo(ParameterSensitivity.notComputed("temperature",
                ParameterSensitivity.SPEARMAN_RHO, 12, "the parameter did not vary"));
        assertThat(byName(sensitivity, "num_ctx").note()).isEqualTo("only one choice was tried");
        assertThat(sensitivity.parameters()).last().extracting(ParameterSensitivity::value).isNull();
    }

    private interface Score {
        double of(double temperature, int context);
    }

    private static List<ResultTrial> syntheticTrials(int count, Score score) {
        Random random = new Random(7);
        List<ResultTrial> trials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double temperature = random.nextDouble();
            int topK = 10 + random.nextInt(91);
            int context = CONTEXTS.get(random.nextInt(CONTEXTS.size()));
            double noise = 0.02 * random.nextGaussian();
            trials.add(scored(i, score.of(temperature, context) + noise, true,
                    Map.of("temperature", temperature, "top_k", topK, "num_ctx", context)));
        }
        return trials;
    }

    private static Sensitivity sensitivity(List<ResultTrial> trials) {
        return SessionResults.of(SPACE, QUALITY, trials).sensitivity();
    }

    private static ParameterSensitivity byName(Sensitivity sensitivity, String name) {
        return sensitivity.parameters().stream().filter(p -> p.parameter().equals(name)).findFirst().orElseThrow();
    }
}
