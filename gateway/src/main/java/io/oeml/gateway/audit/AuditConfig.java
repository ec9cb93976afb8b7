package io.oeml.gateway.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway.audit")
public interface AuditConfig {

    /** How often failed authentications are written: one auth.failed record per client address (FailedLogins). */
    @WithDefault("1m")
    Duration failedLoginInterval();
}
