package io.oeml.optimizer.host;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where sessions may run besides the fleet, and how long planning waits for a host. */
@ConfigMapping(prefix = "oeml.optimizer-hosts")
public interface HostsConfig {

    /** The configured default Ollama ({@code OLLAMA_BASE_URL}): host {@code local} unless a fleet host has this URL. */
    String localBaseUrl();

    /** Bound on each host's {@code /api/tags} and {@code /api/show} while a session is planned. */
    @WithDefault("5s")
    Duration probeTimeout();
}
