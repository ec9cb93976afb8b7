package io.oeml.optimizer.results;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.oeml.events.optimizer.TrialFigures;

/**
 * One measured trial on the quality / latency / memory plane.
 *
 * @param figures as the host measured them: quality, mean latency and time to first token, tokens per second, and
 *     memory with its label ({@code measured} from {@code /api/ps}, {@code estimated} by libs/estimator, or none)
 * @param onFront true when the trial is on the Pareto front of a multi-objective session
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeOffPoint(int trialNumber, boolean feasible, double overallScore, boolean onFront,
                            TrialFigures figures) {

    /** The trials that carry figures (an external session's have none, so its list is empty). */
    static List<TradeOffPoint> of(List<ResultTrial> trials, Set<Integer> front) {
        return trials.stream().filter(trial -> trial.figures() != null)
                .map(trial -> new TradeOffPoint(trial.number(), trial.feasible(), trial.overallScore(),
                        front.contains(trial.number()), trial.figures()))
                .toList();
    }
}
