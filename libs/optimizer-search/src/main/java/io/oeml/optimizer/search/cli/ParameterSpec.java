package io.oeml.optimizer.search.cli;

import java.util.List;

import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;
import io.oeml.optimizer.search.space.InvalidSpaceException;
import io.oeml.optimizer.search.space.Parameter;

/**
 * A parameter as the driver reads it: {@code {"name", "type": "float"|"int", "low", "high", "log"}} or
 * {@code {"name", "type": "categorical", "choices"}}. The space records validate the rest.
 */
public record ParameterSpec(String name, String type, Double low, Double high, Boolean log, List<String> choices) {

    /** The JSON form of a parameter, e.g. to store a session's space. */
    public static ParameterSpec of(Parameter parameter) {
        if (parameter instanceof FloatParameter f) {
            return new ParameterSpec(f.name(), "float", f.low(), f.high(), f.log(), null);
        }
        if (parameter instanceof IntParameter i) {
            return new ParameterSpec(i.name(), "int", (double) i.low(), (double) i.high(), i.log(), null);
        }
        CategoricalParameter c = (CategoricalParameter) parameter;
        return new ParameterSpec(c.name(), "categorical", null, null, null, c.choices());
    }

    /** @throws InvalidSpaceException naming the parameter and what is wrong with it */
    public Parameter toParameter() {
        if (type == null) {
            throw new InvalidSpaceException("parameter '" + name + "': needs a type (float, int or categorical)");
        }
        return switch (type) {
            case "float" -> new FloatParameter(name, bound("low", low), bound("high", high), Boolean.TRUE.equals(log));
            case "int" -> new IntParameter(name, integer("low", low), integer("high", high), Boolean.TRUE.equals(log));
            case "categorical" -> new CategoricalParameter(name, choices);
            default -> throw new InvalidSpaceException("parameter '" + name + "': unknown type '" + type
                    + "' (known: float, int, categorical)");
        };
    }

    private double bound(String which, Double value) {
        if (value == null) {
            throw new InvalidSpaceException("parameter '" + name + "': needs " + which);
        }
        return value;
    }

    private int integer(String which, Double value) {
        double bound = bound(which, value);
        if (bound != Math.rint(bound) || Math.abs(bound) > Integer.MAX_VALUE) {
            throw new InvalidSpaceException("parameter '" + name + "': " + which + " of an int must be an integer, got "
                    + bound);
        }
        return (int) bound;
    }
}
