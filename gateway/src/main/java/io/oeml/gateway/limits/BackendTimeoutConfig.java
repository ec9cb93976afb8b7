package io.oeml.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a service may take to send the head of its response, from the moment the gateway holds a connection to it
 * (the request body's upload included); then 504. Routes may differ: {@code gateway.backend-timeout.routes.<name>
 * .path-prefixes} and {@code .response-head}, the longest prefix winning.
 */
@ConfigMapping(prefix = "gateway.backend-timeout")
public interface BackendTimeoutConfig {

    /** The time of every path under no route. */
    @WithDefault("30s")
    Duration responseHead();

    Map<String, Route> routes();

    interface Route {

        List<String> pathPrefixes();

        Duration responseHead();
    }
}
