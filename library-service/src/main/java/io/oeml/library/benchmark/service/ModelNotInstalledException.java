package io.oeml.library.benchmark.service;

import io.oeml.errors.DomainException;

/** A benchmark asked for a model the host's latest capacity report does not list as installed. */
public class ModelNotInstalledException extends DomainException {

    public ModelNotInstalledException(String model, String hostId) {
        super(Kind.NOT_FOUND, "model '" + model + "' not found on host '" + hostId
                + "' (its latest capacity report does not list it as installed)");
    }
}
