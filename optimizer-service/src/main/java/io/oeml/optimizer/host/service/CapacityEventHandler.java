package io.oeml.optimizer.host.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.inputs.host.SnapshotHosts;
import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.InvalidEventException;
import io.oeml.events.capacity.CapacityOrder;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.HostLeft;
import io.oeml.optimizer.host.FleetHost;
import io.oeml.optimizer.host.repository.FleetHostRepository;
import io.smallrye.mutiny.Uni;

/**
 * Applies one event of {@code hardware.capacity} to {@code known_host}: the effect for
 * {@link io.oeml.outbox.IdempotentConsumer}, which runs it once per event id inside the transaction that records the
 * id, on data already checked against the type's JSON Schema.
 */
@ApplicationScoped
public class CapacityEventHandler {

    private final FleetHostRepository hosts;

    public CapacityEventHandler(FleetHostRepository hosts) {
        this.hosts = hosts;
    }

    /** Fails with {@link InvalidEventException} (dead-lettered, never retried) for a type this topic does not carry. */
    public Uni<Void> apply(String eventId, String type, String data) {
        if (EventTypes.CAPACITY_REPORTED.equals(type)) {
            return report(EventJson.read(data, CapacitySnapshot.class), data);
        }
        if (EventTypes.HOST_LEFT.equals(type)) {
            return leave(EventJson.read(data, HostLeft.class));
        }
        return Uni.createFrom().failure(new InvalidEventException("unknown event type " + type));
    }

    private Uni<Void> report(CapacitySnapshot snapshot, String data) {
        return hosts.findById(snapshot.hostId()).chain(existing -> {
            if (!CapacityOrder.replaces(snapshot, existing == null ? null : existing.observedAt)) {
                return Uni.createFrom().voidItem();
            }
            FleetHost host = existing != null ? existing : new FleetHost();
            host.hostId = snapshot.hostId();
            host.hostname = snapshot.hostname();
            host.ollamaBaseUrl = SnapshotHosts.ollamaBaseUrl(snapshot);
            host.observedAt = snapshot.observedAt();
            host.receivedAt = Instant.now();
            host.leftAt = null;
            host.snapshot = data;
            return hosts.persist(host).replaceWithVoid();
        });
    }

    private Uni<Void> leave(HostLeft left) {
        return hosts.findById(left.hostId()).chain(host -> host == null ? Uni.createFrom().voidItem()
                : CapacityOrder.leftAt(left, host.observedAt).map(at -> {
                    host.leftAt = at;
                    return hosts.persist(host).replaceWithVoid();
                }).orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
