package io.oeml.events.capacity;

import java.time.Instant;
import java.util.Optional;

/**
 * The ordering rules every consumer of {@code hardware.capacity} keeps its latest view of a host by. Kafka keeps one
 * host's events in order, but a replayed older record must not undo a newer one.
 */
public final class CapacityOrder {

    private CapacityOrder() {
    }

    /** Whether the snapshot replaces the latest one kept, observed at {@code latestObservedAt} (null: none kept). */
    public static boolean replaces(CapacitySnapshot snapshot, Instant latestObservedAt) {
        return latestObservedAt == null || !snapshot.observedAt().isBefore(latestObservedAt);
    }

    /**
     * When the host left: the event's time, or now when it names none; empty when the host reported after it left
     * (the leave is older than the latest snapshot kept, observed at {@code latestObservedAt}).
     */
    public static Optional<Instant> leftAt(HostLeft left, Instant latestObservedAt) {
        if (left.leftAt() != null && left.leftAt().isBefore(latestObservedAt)) {
            return Optional.empty();
        }
        return Optional.of(left.leftAt() != null ? left.leftAt() : Instant.now());
    }
}
