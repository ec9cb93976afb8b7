package io.oeml.optimizer.search.grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.Parameter;

/** The values one parameter takes on a grid with {@code count} levels, spread evenly on its scale. */
final class GridLevels {

    private GridLevels() {
    }

    /** How many levels the parameter can have at most: its integers or choices; a float has no limit. */
    static int capacity(Parameter parameter) {
        if (parameter instanceof IntParameter p) {
            return p.count();
        }
        if (parameter instanceof CategoricalParameter p) {
            return p.choices().size();
        }
        return Integer.MAX_VALUE;
    }

    /**
     * One level: the middle of the range (a categorical's first choice); several: both ends and evenly between, on
     * the log scale for log parameters. Integers that round to the same value are kept once.
     */
    static List<Object> values(Parameter parameter, int count) {
        if (parameter instanceof CategoricalParameter categorical) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                values.add(categorical.choices().get(i * categorical.choices().size() / count));
            }
            return values;
        }
        Set<Object> values = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            double position = count == 1 ? 0.5 : (double) i / (count - 1);
            values.add(level(parameter, position));
        }
        return List.copyOf(values);
    }

    private static Object level(Parameter parameter, double position) {
        if (parameter instanceof IntParameter p) {
            double value = p.log()
                    ? Math.exp(Math.log(p.low()) + position * (Math.log(p.high()) - Math.log(p.low())))
                    : p.low() + position * (p.high() - p.low());
            return (int) Math.round(value);
        }
        FloatParameter p = (FloatParameter) parameter;
        if (position == 0 || position == 1) {
            return position == 0 ? p.low() : p.high(); // exact ends, not exp(log(x)) round-off
        }
        return p.log()
                ? Math.exp(Math.log(p.low()) + position * (Math.log(p.high()) - Math.log(p.low())))
                : p.low() + position * (p.high() - p.low());
    }
}
