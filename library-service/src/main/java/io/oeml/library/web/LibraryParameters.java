package io.oeml.library.web;

import jakarta.ws.rs.ext.Provider;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.rest.TypedParameters;

/** The library's own parameter types, converted once for every endpoint (the kit's pattern: libs/api-errors). */
@Provider
public class LibraryParameters extends TypedParameters {

    public LibraryParameters() {
        register(KvCacheType.class, KvCacheType::fromWire, "must be one of f16, q8_0, q4_0");
        register(Era.class, Era::fromWire, "must be one of A, B, C");
    }
}
