package io.oeml.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Most events published per relay run; the rest wait for the next run. */
    @WithDefault("100")
    int batchSize();
}
