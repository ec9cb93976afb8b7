package io.oeml.library.fleet.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.library.fleet.FleetConfig;
import io.oeml.library.fleet.Host;
import io.oeml.library.fleet.HostStatus;
import io.oeml.library.fleet.repository.CapacityRecordRepository;
import io.oeml.library.fleet.repository.HostRepository;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/**
 * The fleet as the hardware agents reported it: latest snapshot per host, status and history. Every read waits for
 * Postgres only so long ({@link DatabaseDeadline}): a database that hangs makes a request fail with a 503 in seconds.
 */
@ApplicationScoped
public class FleetService {

    private final HostRepository hosts;
    private final CapacityRecordRepository records;
    private final FleetConfig config;
    private final ObjectMapper json;
    private final DatabaseDeadline deadline;

    public FleetService(HostRepository hosts, CapacityRecordRepository records, FleetConfig config, ObjectMapper json,
            DatabaseDeadline deadline) {
        this.hosts = hosts;
        this.records = records;
        this.config = config;
        this.json = json;
        this.deadline = deadline;
    }

    /** Latest snapshot of every known host, offline ones included (callers filter by what they need). */
    public Uni<List<CapacitySnapshot>> latestSnapshots() {
        return deadline.within(hosts.listByHostId()).map(list -> list.stream().map(h -> parse(h.snapshot)).toList());
    }

    /** Latest snapshot of one host, or a null item when the host is unknown. */
    public Uni<CapacitySnapshot> latestSnapshot(String hostId) {
        return deadline.within(hosts.findById(hostId)).map(h -> h == null ? null : parse(h.snapshot));
    }

    public Uni<List<HostView>> hosts() {
        return deadline.within(hosts.listByHostId().chain(list -> records.countsByHost()
                .map(counts -> list.stream().map(h -> view(h, counts.getOrDefault(h.hostId, 0L))).toList())));
    }

    /** One host's view; a {@link NoSuchHostException} when no agent reported it. */
    public Uni<HostView> host(String hostId) {
        return deadline.within(hosts.findById(hostId).chain(h -> h == null
                ? Uni.createFrom().<HostView>failure(new NoSuchHostException(hostId))
                : records.countsByHost().map(counts -> view(h, counts.getOrDefault(hostId, 0L)))));
    }

    HostStatus statusOf(Host host, Instant now) {
        if (host.leftAt != null) {
            return HostStatus.OFFLINE;
        }
        return Duration.between(host.observedAt, now).compareTo(config.staleAfter()) > 0 ? HostStatus.STALE : HostStatus.ONLINE;
    }

    private HostView view(Host h, long snapshotsKept) {
        Instant now = Instant.now();
        return new HostView(h.hostId, h.hostname, statusOf(h, now), h.observedAt, h.receivedAt, h.firstSeenAt, h.leftAt,
                Math.max(0, Duration.between(h.observedAt, now).toSeconds()), snapshotsKept, parse(h.snapshot));
    }

    CapacitySnapshot parse(String snapshot) {
        try {
            return json.readValue(snapshot, CapacitySnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored capacity snapshot is not readable", e);
        }
    }
}
