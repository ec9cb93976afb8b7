package io.oeml.gateway.cors;

import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.oeml.errors.RequestIds;
import io.quarkus.vertx.http.security.CORS;
import io.quarkus.vertx.http.security.HttpSecurity;

/**
 * Turns on Quarkus' CORS filter when origins are configured. The filter answers a preflight itself, before
 * authentication (a preflight carries no credential); a request from an origin not listed gets no CORS headers (and a
 * 403 from the filter), so the browser keeps the answer from the page.
 */
@Singleton
public class CorsPolicy {

    /** What the API is called with: its methods, the credential and id headers, JSON bodies. */
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    static final Set<String> HEADERS = Set.of("Authorization", "X-API-Key", RequestIds.HEADER, "Content-Type");
    /** What a page may read of an answer beyond the simple headers: the request id and when to retry a 429 or 503. */
    static final Set<String> EXPOSED_HEADERS = Set.of(RequestIds.HEADER, "Retry-After");

    void configure(@Observes HttpSecurity security, CorsConfig config) {
        config.origins().ifPresent(origins -> security.cors(CORS.builder()
                .origins(origins)
                .methods(METHODS)
                .headers(HEADERS)
                .exposedHeaders(EXPOSED_HEADERS)
                .accessControlMaxAge(config.maxAge())
                .build()));
    }
}
