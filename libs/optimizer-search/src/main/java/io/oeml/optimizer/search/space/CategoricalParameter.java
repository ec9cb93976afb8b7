package io.oeml.optimizer.search.space;

import java.util.HashSet;
import java.util.List;

/** One of a list of distinct strings; the choices are unordered for every strategy. */
public record CategoricalParameter(String name, List<String> choices) implements Parameter {

    public CategoricalParameter {
        Parameter.requireName(name);
        if (choices == null || choices.isEmpty()) {
            throw new InvalidSpaceException("parameter '" + name + "': needs at least one choice");
        }
        if (choices.stream().anyMatch(choice -> choice == null || choice.isBlank())) {
            throw new InvalidSpaceException("parameter '" + name + "': choices must be non-blank strings");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new InvalidSpaceException("parameter '" + name + "': choices must be distinct, got " + choices);
        }
        choices = List.copyOf(choices);
    }

    @Override
    public String fromUnit(double u) {
        return choices.get((int) Math.min(choices.size() - 1, Math.max(0, Math.floor(u * choices.size()))));
    }
}
