package io.oeml.errors;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/**
 * Body limits of routes that take more (or less) than {@code quarkus.http.limits.max-body-size}, e.g. uploads:
 * {@code oeml.http.body-limits.routes.<name>.path-prefixes} and {@code .max-size}. A path under several prefixes has
 * the limit of the longest.
 */
@ConfigMapping(prefix = "oeml.http.body-limits")
public interface BodyLimitsConfig {

    Map<String, Route> routes();

    interface Route {

        List<String> pathPrefixes();

        MemorySize maxSize();
    }
}
