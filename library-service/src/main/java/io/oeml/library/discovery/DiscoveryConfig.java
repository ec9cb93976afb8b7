package io.oeml.library.discovery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * Discovery of the models installed on the fleet's Ollama hosts. Every setting is an environment variable, so its
 * default is in application.properties, next to the variable.
 */
@ConfigMapping(prefix = "catalog.discovery")
public interface DiscoveryConfig {

    /** Off in tests that do not want background calls to hosts. */
    boolean enabled();

    /** How often the fleet is checked for hosts never scanned yet (a host that appears is scanned within this). */
    Duration newHostCheck();

    /** How often every host is scanned again. */
    Duration rescanInterval();

    /**
     * The longest a replica holds a host's scan lease: longer than any scan (each Ollama call is bounded by the client's
     * timeouts), short enough that a replica that died mid-scan does not block the host for long.
     */
    Duration scanLease();
}
