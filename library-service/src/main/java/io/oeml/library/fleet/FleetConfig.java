package io.oeml.library.fleet;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fleet")
public interface FleetConfig {

    /** How often agents report; must match their AGENT_REPORT_INTERVAL (default in application.properties). */
    Duration reportInterval();

    /** A host whose newest snapshot is older than this many intervals is stale. */
    @WithDefault("3")
    int staleAfterMissedReports();

    /** Capacity snapshots older than this are deleted, except each host's latest ({@code SnapshotPruning}). */
    @WithDefault("7d")
    Duration snapshotRetention();

    default Duration staleAfter() {
        return reportInterval().multipliedBy(staleAfterMissedReports());
    }
}
