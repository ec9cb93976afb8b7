package io.oeml.finetune.hyperparameters;

import io.oeml.errors.DomainException;

/** The {@code hyperparameters} field cannot be used: a 400 whose message names the offending key. */
public class InvalidHyperparametersException extends DomainException {

    public InvalidHyperparametersException(String message) {
        super(Kind.INVALID_INPUT, "parameter 'hyperparameters': " + message);
    }
}
