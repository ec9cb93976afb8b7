package io.oeml.gateway.openapi;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * One part of the aggregated document: a service (or the gateway itself), the path prefixes of it that the gateway
 * serves, and its document, absent when it could not be fetched.
 */
record ServiceDocument(String service, List<String> pathPrefixes, Optional<OpenAPI> document) {

    static ServiceDocument unavailable(String service, List<String> pathPrefixes) {
        return new ServiceDocument(service, pathPrefixes, Optional.empty());
    }

    /** {@code path} is a prefix or below one, never a path that merely starts with the same letters. */
    boolean serves(String path) {
        return pathPrefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
