package io.oeml.optimizer.objective;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.optimizer.search.evolution.ParetoTrials;
import io.oeml.optimizer.search.strategy.Observation;

/**
 * What a session optimises: one objective, or several (a vector, searched for its Pareto front), and its
 * constraints. Turns a trial's metrics into the {@link Observation} the strategies are told.
 */
public record SessionObjectives(List<Objective> objectives, Constraints constraints) {

    public SessionObjectives {
        if (objectives == null || objectives.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one objective; known: " + Objective.known());
        }
        if (new HashSet<>(objectives).size() != objectives.size()) {
            throw new IllegalArgumentException("an objective is listed twice: " + objectives);
        }
        objectives = List.copyOf(objectives);
        constraints = Objects.requireNonNullElse(constraints, Constraints.NONE);
    }

    /** @throws UnknownObjectiveException for a name that is not an objective */
    public static SessionObjectives parse(List<String> names, Constraints constraints) {
        return new SessionObjectives(names.stream().map(Objective::parse).toList(), constraints);
    }

    /** One minimised value per objective, in order; infeasible when a constraint is broken. */
    public Observation observe(TrialMetrics metrics) {
        double[] values = objectives.stream().mapToDouble(objective -> objective.minimised(metrics)).toArray();
        return new Observation(values, constraints.violations(metrics).isEmpty());
    }

    public boolean multiObjective() {
        return objectives.size() > 1;
    }

    /** An empty front for this session's objectives (libs/optimizer-search keeps the dominance and hypervolume). */
    public ParetoTrials newFront() {
        return new ParetoTrials(objectives.size());
    }
}
