package io.oeml.library.discovery.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.oeml.library.discovery.DiscoveryConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One lease row per host being scanned ({@code discovery_lease}), shared by every replica: a scan takes the host's lease
 * or is skipped. A lease is taken in one statement (insert, or take over an expired row), each in a short transaction,
 * never held open across the scan; a replica that dies mid-scan blocks the host until {@code scan-lease} has passed.
 */
@ApplicationScoped
public class DiscoveryLeases {

    /** Who holds a host's lease, and since when. */
    public record Holder(String holder, Instant since) {
    }

    private final String self;
    private final Duration lease;

    public DiscoveryLeases(@ConfigProperty(name = "quarkus.uuid") String runId, DiscoveryConfig config) {
        // HOSTNAME is the pod name in Kubernetes; the run id tells two processes on one machine apart.
        this.self = System.getenv().getOrDefault("HOSTNAME", "library-service") + "/" + runId;
        this.lease = config.scanLease();
    }

    /** This replica's name in the lease table. */
    public String self() {
        return self;
    }

    /** Takes the lease of {@code hostId}; empty when taken, else who holds it. */
    public Uni<Optional<Holder>> take(String hostId) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO discovery_lease (host_id, holder, started_at, expires_at)"
                        + " VALUES (:host, :holder, now(), now() + make_interval(secs => :seconds))"
                        + " ON CONFLICT (host_id) DO UPDATE SET holder = EXCLUDED.holder, started_at = EXCLUDED.started_at,"
                        + " expires_at = EXCLUDED.expires_at WHERE discovery_lease.expires_at < now()")
                .setParameter("host", hostId)
                .setParameter("holder", self)
                .setParameter("seconds", (double) lease.toSeconds())
                .executeUpdate()
                .chain(taken -> taken == 1 ? Uni.createFrom().item(Optional.<Holder>empty()) : session
                        .createNativeQuery("SELECT holder, started_at FROM discovery_lease WHERE host_id = :host", Object[].class)
                        .setParameter("host", hostId)
                        .getResultList()
                        .map(rows -> rows.stream().findFirst().map(row -> new Holder((String) row[0], instant(row[1])))
                                // released between the two statements: report the skip all the same
                                .or(() -> Optional.of(new Holder("another replica", Instant.now())))))));
    }

    /** Gives the lease of {@code hostId} back, if this replica still holds it. */
    public Uni<Void> release(String hostId) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("DELETE FROM discovery_lease WHERE host_id = :host AND holder = :holder")
                .setParameter("host", hostId)
                .setParameter("holder", self)
                .executeUpdate()))
                .replaceWithVoid();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i
                : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant()
                : Instant.parse(String.valueOf(value));
    }
}
