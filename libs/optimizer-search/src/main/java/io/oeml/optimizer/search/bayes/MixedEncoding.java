package io.oeml.optimizer.search.bayes;

import java.util.ArrayList;
import java.util.List;

import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.Parameter;
import io.oeml.optimizer.search.space.SearchSpace;

/**
 * The Gaussian process's view of an assignment, one coordinate per parameter: a float is its position in [0, 1] (on
 * the log scale for log parameters); an integer is the centre of its own bin of [0, 1], so every point of a bin looks
 * the same to the kernel (the rounding input transform of Garrido-Merchan and Hernandez-Lobato 2020); a categorical
 * is its choice index, which the kernel only compares for equality.
 */
public final class MixedEncoding {

    private final SearchSpace space;

    public MixedEncoding(SearchSpace space) {
        this.space = space;
    }

    public int dimensions() {
        return space.dimensions();
    }

    public boolean[] categoricalMask() {
        boolean[] mask = new boolean[dimensions()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = parameter(i) instanceof CategoricalParameter;
        }
        return mask;
    }

    /** A categorical's number of choices; 0 for a number. */
    public int choices(int i) {
        return parameter(i) instanceof CategoricalParameter categorical ? categorical.choices().size() : 0;
    }

    /** The encoding of the assignment a point of the unit cube maps to: integers rounded, categoricals binned. */
    public double[] snap(double[] unit) {
        double[] x = new double[unit.length];
        for (int i = 0; i < x.length; i++) {
            Parameter parameter = parameter(i);
            if (parameter instanceof FloatParameter) {
                x[i] = Math.min(1, Math.max(0, unit[i]));
            } else {
                x[i] = encode(parameter, parameter.fromUnit(unit[i]));
            }
        }
        return x;
    }

    public double[] encode(Assignment assignment) {
        double[] x = new double[dimensions()];
        for (int i = 0; i < x.length; i++) {
            x[i] = encode(parameter(i), assignment.get(parameter(i).name()));
        }
        return x;
    }

    public Assignment decode(double[] x) {
        Assignment.Builder builder = Assignment.builder();
        for (int i = 0; i < x.length; i++) {
            Parameter parameter = parameter(i);
            Object value = parameter instanceof CategoricalParameter categorical
                    ? categorical.choices().get((int) x[i])
                    : parameter.fromUnit(x[i]);
            builder.put(parameter.name(), value);
        }
        return builder.build();
    }

    /**
     * The points one move away along coordinate {@code i}: a float stepped by {@code step} either way (clamped), an
     * integer to the next value and by {@code step} either way, a categorical to each other choice.
     */
    public List<double[]> neighbours(double[] x, int i, double step) {
        List<double[]> moves = new ArrayList<>();
        Parameter parameter = parameter(i);
        if (parameter instanceof FloatParameter) {
            addMove(moves, x, i, Math.max(0, x[i] - step));
            addMove(moves, x, i, Math.min(1, x[i] + step));
        } else if (parameter instanceof IntParameter integer) {
            int value = (Integer) integer.fromUnit(x[i]);
            if (value > integer.low()) {
                addMove(moves, x, i, encode(integer, value - 1));
            }
            if (value < integer.high()) {
                addMove(moves, x, i, encode(integer, value + 1));
            }
            // A wide range (num_ctx) also moves by the step, else the search would crawl one value at a time.
            addMove(moves, x, i, encode(integer, integer.fromUnit(Math.max(0, x[i] - step))));
            addMove(moves, x, i, encode(integer, integer.fromUnit(Math.min(0.999_999, x[i] + step))));
        } else {
            int choices = ((CategoricalParameter) parameter).choices().size();
            for (int choice = 0; choice < choices; choice++) {
                addMove(moves, x, i, choice);
            }
        }
        return moves;
    }

    private static void addMove(List<double[]> moves, double[] x, int i, double value) {
        if (value != x[i] && moves.stream().noneMatch(move -> move[i] == value)) {
            double[] moved = x.clone();
            moved[i] = value;
            moves.add(moved);
        }
    }

    private Parameter parameter(int i) {
        return space.parameters().get(i);
    }

    private static double encode(Parameter parameter, Object value) {
        if (parameter instanceof FloatParameter p) {
            double v = (Double) value;
            return p.log()
                    ? (Math.log(v) - Math.log(p.low())) / (Math.log(p.high()) - Math.log(p.low()))
                    : (v - p.low()) / (p.high() - p.low());
        }
        if (parameter instanceof IntParameter p) {
            int v = (Integer) value;
            return p.log()
                    ? ((Math.log(v) + Math.log(v + 1.0)) / 2 - Math.log(p.low()))
                            / (Math.log(p.high() + 1.0) - Math.log(p.low()))
                    : (v - p.low() + 0.5) / p.count();
        }
        int index = ((CategoricalParameter) parameter).choices().indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException("parameter '" + parameter.name() + "': '" + value + "' is not a choice");
        }
        return index;
    }
}
