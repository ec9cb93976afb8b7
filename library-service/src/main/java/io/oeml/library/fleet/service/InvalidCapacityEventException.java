package io.oeml.library.fleet.service;

/** An event of the capacity topic that can never be applied; it is logged and skipped, never retried. */
public class InvalidCapacityEventException extends RuntimeException {

    public InvalidCapacityEventException(String message) {
        super(message);
    }
}
