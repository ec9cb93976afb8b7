package io.oeml.optimizer.search.space;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The parameters a strategy searches, in a fixed order (the order of every {@link Assignment}). */
public record SearchSpace(List<Parameter> parameters) {

    public SearchSpace {
        if (parameters == null || parameters.isEmpty()) {
            throw new InvalidSpaceException("a search space needs at least one parameter");
        }
        if (parameters.stream().anyMatch(Objects::isNull)) {
            throw new InvalidSpaceException("a search space cannot hold a null parameter");
        }
        Set<String> names = new HashSet<>();
        for (Parameter parameter : parameters) {
            if (!names.add(parameter.name())) {
                throw new InvalidSpaceException("parameter '" + parameter.name() + "': defined twice");
            }
        }
        parameters = List.copyOf(parameters);
    }

    public int dimensions() {
        return parameters.size();
    }

    /** The assignment at a point of the unit cube, one coordinate per parameter (see {@link Parameter#fromUnit}). */
    public Assignment fromUnit(double[] u) {
        if (u.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " coordinates, got " + u.length);
        }
        Assignment.Builder builder = Assignment.builder();
        for (int i = 0; i < u.length; i++) {
            builder.put(parameters.get(i).name(), parameters.get(i).fromUnit(u[i]));
        }
        return builder.build();
    }
}
