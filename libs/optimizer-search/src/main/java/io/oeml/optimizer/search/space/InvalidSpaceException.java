package io.oeml.optimizer.search.space;

/** A search space that cannot be searched; the message names the parameter at fault. */
public class InvalidSpaceException extends IllegalArgumentException {

    public InvalidSpaceException(String message) {
        super(message);
    }
}
