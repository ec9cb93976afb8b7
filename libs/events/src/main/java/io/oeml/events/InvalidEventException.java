package io.oeml.events;

/**
 * A received event that no retry can apply: not a CloudEvent, data that does not conform to its type's schema, a type
 * the consumer does not handle. Consumers dead-letter it at once instead of retrying.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
