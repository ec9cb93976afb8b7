package io.oeml.library.discovery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Discovery of the models installed on the fleet's Ollama hosts. */
@ConfigMapping(prefix = "catalog.discovery")
public interface DiscoveryConfig {

    /** Off in tests that do not want background calls to hosts. */
    @WithDefault("true")
    boolean enabled();

    /** How often the fleet is checked for hosts never scanned yet (a host that appears is scanned within this). */
    @WithDefault("30s")
    Duration newHostCheck();

    /** How often every host is scanned again. */
    @WithDefault("10m")
    Duration rescanInterval();
}
