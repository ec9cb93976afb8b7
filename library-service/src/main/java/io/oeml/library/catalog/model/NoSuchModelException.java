package io.oeml.library.catalog.model;

import java.util.List;

import io.oeml.errors.DomainException;

/** A model name the catalog does not have. */
public class NoSuchModelException extends DomainException {

    private NoSuchModelException(String message) {
        super(Kind.NOT_FOUND, message);
    }

    public static NoSuchModelException named(String name) {
        return new NoSuchModelException("model '" + name + "' not found");
    }

    /** Several names asked for together, every unknown one named. */
    public static NoSuchModelException among(List<String> unknown) {
        return new NoSuchModelException("unknown model" + (unknown.size() > 1 ? "s" : "") + ": " + String.join(", ", unknown));
    }
}
