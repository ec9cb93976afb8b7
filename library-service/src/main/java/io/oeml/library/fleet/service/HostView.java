package io.oeml.library.fleet.service;

import java.time.Instant;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.library.fleet.HostStatus;

/**
 * A host as the API shows it: its status now, when it last reported, and its latest capacity snapshot.
 *
 * @param secondsSinceReport age of the newest snapshot, measured from the agent's observation time
 */
public record HostView(
        String hostId,
        String hostname,
        HostStatus status,
        Instant observedAt,
        Instant receivedAt,
        Instant firstSeenAt,
        Instant leftAt,
        long secondsSinceReport,
        long snapshotsKept,
        CapacitySnapshot capacity) {
}
