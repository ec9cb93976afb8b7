package io.oeml.optimizer.search.evolution;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.jenetics.ext.moea.Pareto;
import io.jenetics.ext.moea.ParetoFront;
import io.oeml.optimizer.search.strategy.CompletedTrial;

/**
 * The told feasible trials no other told feasible trial dominates (every objective minimised), and the hypervolume
 * they dominate. The evolutionary strategy keeps one; a service keeps one per multi-objective session whatever its
 * strategy.
 */
public final class ParetoTrials {

    private final int objectives;
    // Jenetics' dominance prefers larger values; the arguments are swapped because every objective is minimised.
    private final ParetoFront<CompletedTrial> front = new ParetoFront<>(
            (a, b) -> Pareto.dominance(b.observation().values(), a.observation().values()));

    public ParetoTrials(int objectives) {
        if (objectives < 1) {
            throw new IllegalArgumentException("a front needs at least one objective, got " + objectives);
        }
        this.objectives = objectives;
    }

    /** Adds a feasible trial (dropping the trials it dominates); an infeasible one is ignored. */
    public void add(CompletedTrial trial) {
        if (trial.observation().objectives() != objectives) {
            throw new IllegalArgumentException("trial " + trial.number() + " has " + trial.observation().objectives()
                    + " objective values, the front " + objectives);
        }
        if (trial.observation().feasible()) {
            front.add(trial);
        }
    }

    /** The front's trials by number. */
    public List<CompletedTrial> trials() {
        return front.stream().sorted(Comparator.comparingInt(CompletedTrial::number)).toList();
    }

    /** The exact hypervolume the front dominates up to {@code reference} (see {@link Hypervolume}). */
    public double hypervolume(double[] reference) {
        if (reference.length != objectives || !Arrays.stream(reference).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("the reference point needs " + objectives + " finite values, got "
                    + Arrays.toString(reference));
        }
        return Hypervolume.of(front.stream().map(completed -> completed.observation().values()).toList(), reference);
    }
}
