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

    /**
     * How the capacity consumer waits between attempts while it cannot apply an event, and how often it retries one
     * that fails for another reason than an outage (Postgres unavailable: retried for as long as it lasts).
     */
    ApplyRetry applyRetry();

    default Duration staleAfter() {
        return reportInterval().multipliedBy(staleAfterMissedReports());
    }

    interface ApplyRetry {

        @WithDefault("1s")
        Duration initialBackoff();

        /** The longest wait, so updates resume within about this long after an outage of any length. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** Retries of an event whose effect fails (not an outage) before it goes to the dead-letter topic; at least 1. */
        @WithDefault("3")
        int maxRetries();
    }
}
