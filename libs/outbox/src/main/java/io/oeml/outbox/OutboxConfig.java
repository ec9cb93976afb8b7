package io.oeml.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Most events published per relay run; the rest wait for the next run. */
    @WithDefault("100")
    int batchSize();

    /** How often the relay looks for pending events (read by {@link OutboxRelay}'s schedule). */
    @WithDefault("1s")
    Duration pollInterval();
}
