package io.oeml.optimizer.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.hipparchus.stat.inference.OneWayAnova;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;

/**
 * Computes {@link Sensitivity}. Rank correlation suits the numeric options: it sees any monotone effect, is the same on
 * a log scale as on a linear one and is not thrown by one outlying trial. A categorical's choices have no order, so
 * its measure is the share of the score's variance that lies between the choices' means (η²). Both are read from the
 * trials as they fell, so two parameters the strategy moved together share their credit.
 */
final class SensitivityAnalysis {

    private SensitivityAnalysis() {
    }

    static Sensitivity of(SearchSpace space, List<ResultTrial> trials) {
        List<ResultTrial> feasible = trials.stream().filter(ResultTrial::feasible).toList();
        if (feasible.size() < Sensitivity.MINIMUM_TRIALS) {
            return Sensitivity.tooFewTrials(feasible.size());
        }
        List<ParameterSensitivity> parameters = new ArrayList<>();
        for (Parameter parameter : space.parameters()) {
            parameters.add(parameter instanceof CategoricalParameter
                    ? categorical(parameter.name(), feasible)
                    : numeric(parameter.name(), feasible));
        }
        parameters.sort(Comparator.comparing(ParameterSensitivity::importance,
                Comparator.nullsLast(Comparator.reverseOrder())));
        return Sensitivity.of(parameters, feasible.size());
    }

    private static ParameterSensitivity numeric(String name, List<ResultTrial> trials) {
        List<double[]> pairs = new ArrayList<>();
        for (ResultTrial trial : trials) {
            if (trial.parameters().get(name) instanceof Number value) {
                pairs.add(new double[] {value.doubleValue(), trial.overallScore()});
            }
        }
        String statistic = ParameterSensitivity.SPEARMAN_RHO;
        if (pairs.size() < Sensitivity.MINIMUM_TRIALS) {
            return ParameterSensitivity.notComputed(name, statistic, pairs.size(), "too few trials carry a number");
        }
        if (constant(pairs, 0)) {
            return ParameterSensitivity.notComputed(name, statistic, pairs.size(), "the parameter did not vary");
        }
        if (constant(pairs, 1)) {
            return ParameterSensitivity.notComputed(name, statistic, pairs.size(), "the score did not vary");
        }
        SpearmansCorrelation spearman = new SpearmansCorrelation(
                new Array2DRowRealMatrix(pairs.toArray(double[][]::new), false));
        double rho = spearman.getCorrelationMatrix().getEntry(0, 1);
        double p = spearman.getRankCorrelation().getCorrelationPValues().getEntry(0, 1);
        return new ParameterSensitivity(name, statistic, rho, rho * rho, p, pairs.size(), null);
    }

    private static ParameterSensitivity categorical(String name, List<ResultTrial> trials) {
        Map<String, StreamingStatistics> byChoice = new LinkedHashMap<>();
        StreamingStatistics all = new StreamingStatistics();
        for (ResultTrial trial : trials) {
            Object value = trial.parameters().get(name);
            if (value != null) {
                // A categorical is sent typed (num_ctx "4096" as 4096), so choices are compared by their text.
                byChoice.computeIfAbsent(String.valueOf(value), choice -> new StreamingStatistics())
                        .addValue(trial.overallScore());
                all.addValue(trial.overallScore());
            }
        }
        String statistic = ParameterSensitivity.ETA_SQUARED;
        int n = (int) all.getN();
        if (n < Sensitivity.MINIMUM_TRIALS) {
            return ParameterSensitivity.notComputed(name, statistic, n, "too few trials carry a choice");
        }
        if (byChoice.size() < 2) {
            return ParameterSensitivity.notComputed(name, statistic, n, "only one choice was tried");
        }
        if (all.getVariance() == 0) {
            return ParameterSensitivity.notComputed(name, statistic, n, "the score did not vary");
        }
        if (n == byChoice.size()) {
            return ParameterSensitivity.notComputed(name, statistic, n, "every choice was tried once");
        }
        double within = byChoice.values().stream().mapToDouble(s -> (s.getN() - 1) * s.getVariance()).sum();
        double etaSquared = 1 - within / ((n - 1) * all.getVariance());
        double p = new OneWayAnova().anovaPValue(byChoice.values(), true);
        return new ParameterSensitivity(name, statistic, etaSquared, etaSquared, p, n, null);
    }

    private static boolean constant(List<double[]> pairs, int column) {
        double first = pairs.get(0)[column];
        return pairs.stream().allMatch(pair -> pair[column] == first);
    }
}
