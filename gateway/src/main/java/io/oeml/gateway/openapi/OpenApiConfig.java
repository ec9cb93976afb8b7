package io.oeml.gateway.openapi;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The aggregated OpenAPI document at {@code /openapi}. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    /** How long a merged document is served before the services' documents are fetched again. */
    @WithDefault("30s")
    Duration cacheTtl();

    /** How long to wait for one service's document; a service slower than that is listed as unavailable. */
    @WithDefault("3s")
    Duration fetchTimeout();

    /** The OIDC issuer the gateway accepts tokens of; when set, the document names its discovery URL. */
    Optional<String> oidcIssuer();
}
