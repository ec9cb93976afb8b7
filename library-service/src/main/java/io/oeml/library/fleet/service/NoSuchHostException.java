package io.oeml.library.fleet.service;

import io.oeml.errors.DomainException;

/** A host id no hardware agent has reported. */
public class NoSuchHostException extends DomainException {

    public NoSuchHostException(String hostId) {
        super(Kind.NOT_FOUND, "host '" + hostId + "' not found");
    }
}
