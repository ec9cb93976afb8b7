package io.oeml.optimizer.results;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.oeml.optimizer.search.space.SearchSpace;

/**
 * A session's results as data a plot can use: the convergence history, the parameter sensitivity, the measured
 * quality / latency / memory trade-off and, for several objectives, the Pareto front with its hypervolume.
 *
 * @param objectives the session's objective names, in the order of every trial's values
 * @param pareto null for a single-objective session
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionResults(
        List<String> objectives,
        int trials,
        List<ConvergencePoint> convergence,
        Sensitivity sensitivity,
        List<TradeOffPoint> tradeOff,
        ParetoSummary pareto) {

    public SessionResults {
        objectives = List.copyOf(objectives);
        convergence = List.copyOf(convergence);
        tradeOff = List.copyOf(tradeOff);
    }

    /**
     * @param space the session's search space (the parameters the sensitivity covers)
     * @param objectives the session's objective names, in the order of the trials' values
     * @param trials its completed trials, in any order
     * @throws IllegalArgumentException when a trial's values do not match the objectives or a number repeats
     */
    public static SessionResults of(SearchSpace space, List<String> objectives, List<ResultTrial> trials) {
        if (objectives == null || objectives.isEmpty()) {
            throw new IllegalArgumentException("a session has at least one objective");
        }
        Set<Integer> numbers = new HashSet<>();
        for (ResultTrial trial : trials) {
            if (trial.values().size() != objectives.size()) {
                throw new IllegalArgumentException("trial " + trial.number() + " has " + trial.values().size()
                        + " objective values, the session " + objectives.size() + " objectives " + objectives);
            }
            if (!numbers.add(trial.number())) {
                throw new IllegalArgumentException("trial " + trial.number() + " is listed twice");
            }
        }
        List<ResultTrial> ordered = trials.stream().sorted(Comparator.comparingInt(ResultTrial::number)).toList();
        ParetoSummary pareto = objectives.size() > 1 ? ParetoSummary.of(objectives, ordered) : null;
        Set<Integer> front = pareto == null ? Set.of()
                : pareto.front().stream().map(FrontPoint::trialNumber).collect(Collectors.toSet());
        return new SessionResults(objectives, ordered.size(), ConvergencePoint.history(ordered),
                SensitivityAnalysis.of(space, ordered), TradeOffPoint.of(ordered, front), pareto);
    }
}
