package io.oeml.optimizer.objective;

/** An objective name that is not one of the seed's; the message lists the known ones. */
public class UnknownObjectiveException extends IllegalArgumentException {

    public UnknownObjectiveException(String name) {
        super("unknown objective '" + name + "'; known: " + Objective.known());
    }
}
