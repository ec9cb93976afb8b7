package io.oeml.library.finetune.service;

import io.oeml.events.InvalidEventException;

/** A {@code model.deployed} event that passed its schema but contradicts itself; retrying cannot help. */
public class InvalidDeploymentEventException extends InvalidEventException {

    public InvalidDeploymentEventException(String message) {
        super(message);
    }
}
