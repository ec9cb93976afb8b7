package io.oeml.optimizer.space;

import java.util.List;
import java.util.stream.Collectors;

/** A custom space or fixed options that cannot be searched; every problem names its field. */
public class InvalidCustomSpaceException extends IllegalArgumentException {

    private final transient List<SpaceProblem> problems;

    public InvalidCustomSpaceException(List<SpaceProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SpaceProblem> problems() {
        return problems;
    }
}
