package io.oeml.library.fleet.service;

import io.oeml.events.InvalidEventException;

/** An event of the capacity topic that can never be applied: dead-lettered at once, never retried. */
public class InvalidCapacityEventException extends InvalidEventException {

    public InvalidCapacityEventException(String message) {
        super(message);
    }
}
