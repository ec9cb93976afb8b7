package io.oeml.optimizer.search.strategy;

import java.util.Arrays;

/**
 * The measured objective values of a trial, every one MINIMISED (a caller maximising a score negates it), and whether
 * the trial met its constraints. Model-based strategies rank an infeasible trial below every feasible one.
 */
public record Observation(double[] values, boolean feasible) {

    public Observation {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("an observation needs at least one objective value");
        }
        if (Arrays.stream(values).anyMatch(value -> !Double.isFinite(value))) {
            throw new IllegalArgumentException("objective values must be finite numbers, got " + Arrays.toString(values));
        }
        values = values.clone();
    }

    public static Observation of(double... values) {
        return new Observation(values, true);
    }

    public static Observation infeasible(double... values) {
        return new Observation(values, false);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The first (for single-objective strategies, the only) objective. */
    public double value() {
        return values[0];
    }

    public int objectives() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Observation that && feasible == that.feasible && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Boolean.hashCode(feasible);
    }

    @Override
    public String toString() {
        return "Observation[values=" + Arrays.toString(values) + ", feasible=" + feasible + "]";
    }
}
