package io.oeml.events;

/** Received event data is not JSON of the type its CloudEvents type names; retrying cannot help. */
public class UnreadableEventDataException extends InvalidEventException {

    public UnreadableEventDataException(String message) {
        super(message);
    }
}
