package io.oeml.optimizer.results;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One trial of the convergence plot, in trial order.
 *
 * @param score the trial's overall score (higher is better)
 * @param bestScore the best feasible score up to and including this trial; null before the first feasible trial
 * @param bestTrialNumber the trial that set {@code bestScore}
 * @param improved true when this trial set a new best
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConvergencePoint(
        int trialNumber,
        double score,
        boolean feasible,
        Double bestScore,
        Integer bestTrialNumber,
        boolean improved) {

    /** The history of trials sorted by number; an infeasible trial never becomes the best, a tie never improves. */
    static List<ConvergencePoint> history(List<ResultTrial> trials) {
        List<ConvergencePoint> points = new ArrayList<>(trials.size());
        Double best = null;
        Integer bestTrial = null;
        for (ResultTrial trial : trials) {
            boolean improved = trial.feasible() && (best == null || trial.overallScore() > best);
            if (improved) {
                best = trial.overallScore();
                bestTrial = trial.number();
            }
            points.add(new ConvergencePoint(trial.number(), trial.overallScore(), trial.feasible(), best, bestTrial,
                    improved));
        }
        return List.copyOf(points);
    }
}
