package io.oeml.library.fleet.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.capacity.CapacityOrder;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.GpuDevice;
import io.oeml.events.capacity.HostLeft;
import io.oeml.events.fleet.HostDiscovered;
import io.oeml.library.fleet.CapacityRecord;
import io.oeml.library.fleet.Host;
import io.oeml.library.fleet.repository.CapacityRecordRepository;
import io.oeml.library.fleet.repository.HostRepository;
import io.oeml.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * Applies one event of the capacity topic to the fleet tables: the effect for
 * {@link io.oeml.outbox.IdempotentConsumer}, which runs it in the transaction that records the event id, once per id,
 * on data already checked against the type's JSON Schema.
 */
@ApplicationScoped
public class CapacityEventHandler {

    private static final String SOURCE = "/library-service/fleet";

    private final HostRepository hosts;
    private final CapacityRecordRepository records;
    private final Outbox outbox;

    public CapacityEventHandler(HostRepository hosts, CapacityRecordRepository records, Outbox outbox) {
        this.hosts = hosts;
        this.records = records;
        this.outbox = outbox;
    }

    /** @throws InvalidCapacityEventException for a type this topic does not carry */
    public Uni<Void> apply(String eventId, String type, String data) {
        if (EventTypes.CAPACITY_REPORTED.equals(type)) {
            return report(eventId, EventJson.read(data, CapacitySnapshot.class), data);
        }
        if (EventTypes.HOST_LEFT.equals(type)) {
            return leave(EventJson.read(data, HostLeft.class));
        }
        return Uni.createFrom().failure(new InvalidCapacityEventException("unknown event type " + type));
    }

    private Uni<Void> report(String eventId, CapacitySnapshot snapshot, String data) {
        Instant now = Instant.now();
        return hosts.findById(snapshot.hostId()).chain(existing -> {
            Host host = existing != null ? existing : newHost(snapshot.hostId(), now);
            if (CapacityOrder.replaces(snapshot, existing == null ? null : existing.observedAt)) {
                host.hostname = snapshot.hostname();
                host.receivedAt = now;
                host.observedAt = snapshot.observedAt();
                host.leftAt = null;
                host.snapshot = data;
            }
            Uni<Host> saved = hosts.persist(host);
            return existing != null ? saved.replaceWithVoid() : saved.chain(() -> announce(host, snapshot));
        }).chain(() -> records.persist(record(eventId, snapshot, data))).replaceWithVoid();
    }

    /** A new host is announced in the same transaction that records it (outbox), so the event is never lost. */
    private Uni<Void> announce(Host host, CapacitySnapshot snapshot) {
        String ollama = snapshot.ollama() == null ? null : snapshot.ollama().baseUrl();
        return outbox.append(Topic.LIBRARY_MODEL_EVENTS.topicName(), EventTypes.HOST_DISCOVERED, SOURCE, host.hostId,
                new HostDiscovered(host.hostId, host.hostname, host.firstSeenAt, ollama)).replaceWithVoid();
    }

    private Uni<Void> leave(HostLeft left) {
        return hosts.findById(left.hostId()).chain(host -> host == null ? Uni.createFrom().voidItem()
                : CapacityOrder.leftAt(left, host.observedAt).map(at -> {
                    host.leftAt = at;
                    return hosts.persist(host).replaceWithVoid();
                }).orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private static Host newHost(String hostId, Instant now) {
        Host host = new Host();
        host.hostId = hostId;
        host.firstSeenAt = now;
        return host;
    }

    private static CapacityRecord record(String eventId, CapacitySnapshot snapshot, String data) {
        CapacityRecord r = new CapacityRecord();
        r.eventId = eventId;
        r.hostId = snapshot.hostId();
        r.observedAt = snapshot.observedAt();
        r.memoryTotalBytes = snapshot.memory().totalBytes();
        r.memoryAvailableBytes = snapshot.memory().availableBytes();
        r.gpuCount = snapshot.gpus() == null ? 0 : snapshot.gpus().size();
        r.gpuFreeBytes = snapshot.gpus() == null || snapshot.gpus().isEmpty() ? null
                : snapshot.gpus().stream().map(GpuDevice::freeBytes).filter(b -> b != null).mapToLong(Long::longValue).sum();
        r.snapshot = data;
        return r;
    }
}
