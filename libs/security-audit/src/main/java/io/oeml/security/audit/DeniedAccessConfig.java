package io.oeml.security.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How 403s are aggregated into {@code access.denied} records ({@link DeniedAccessAudit}). */
@ConfigMapping(prefix = "oeml.audit.denied-access")
public interface DeniedAccessConfig {

    /** The window: denials of one caller on one route within it are one record with their count, written at its end. */
    @WithDefault("1m")
    Duration window();

    /** How many (caller, route) pairs a window tells apart; past that, a caller's further routes are counted as one. */
    @WithDefault("1000")
    int maxRoutes();
}
