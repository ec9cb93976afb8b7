package io.oeml.optimizer.results;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.oeml.optimizer.search.evolution.ParetoTrials;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Trial;

/**
 * The Pareto front of a multi-objective session (every objective minimised, feasible trials only) and the exact
 * hypervolume it dominates, both from optimizer-search's {@link ParetoTrials}.
 *
 * @param referencePoint the hypervolume's bound, per objective: the worst feasible value plus a tenth of the spread
 *     between best and worst (a tenth of the value itself, or 1 at 0, when every trial had the same), so every front
 *     trial adds volume; it follows the session's own trials, so compare hypervolumes of one session only. Empty
 *     (and the hypervolume 0) before a feasible trial.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParetoSummary(
        List<String> objectives,
        List<FrontPoint> front,
        double hypervolume,
        List<Double> referencePoint) {

    static final double REFERENCE_MARGIN = 0.1;

    public ParetoSummary {
        objectives = List.copyOf(objectives);
        front = List.copyOf(front);
        referencePoint = List.copyOf(referencePoint);
    }

    static ParetoSummary of(List<String> objectives, List<ResultTrial> trials) {
        ParetoTrials pareto = new ParetoTrials(objectives.size());
        for (ResultTrial trial : trials) {
            pareto.add(new CompletedTrial(new Trial(trial.number(), new Assignment(trial.parameters()), 0),
                    new Observation(trial.valueArray(), trial.feasible())));
        }
        Map<Integer, ResultTrial> byNumber = trials.stream()
                .collect(Collectors.toMap(ResultTrial::number, Function.identity(), (first, second) -> first));
        List<FrontPoint> front = pareto.trials().stream().map(completed -> byNumber.get(completed.number()))
                .map(trial -> new FrontPoint(trial.number(), trial.values(), trial.overallScore())).toList();
        List<double[]> feasible = trials.stream().filter(ResultTrial::feasible).map(ResultTrial::valueArray).toList();
        if (feasible.isEmpty()) {
            return new ParetoSummary(objectives, front, 0, List.of());
        }
        double[] reference = reference(feasible, objectives.size());
        return new ParetoSummary(objectives, front, pareto.hypervolume(reference),
                Arrays.stream(reference).boxed().toList());
    }

    private static double[] reference(List<double[]> points, int objectives) {
        double[] reference = new double[objectives];
        for (int i = 0; i < objectives; i++) {
            int objective = i;
            double worst = points.stream().mapToDouble(point -> point[objective]).max().orElseThrow();
            double best = points.stream().mapToDouble(point -> point[objective]).min().orElseThrow();
            double spread = worst - best;
            double offset = spread > 0 ? REFERENCE_MARGIN * spread
                    : worst != 0 ? REFERENCE_MARGIN * Math.abs(worst) : 1;
            reference[i] = worst + offset;
        }
        return reference;
    }
}
