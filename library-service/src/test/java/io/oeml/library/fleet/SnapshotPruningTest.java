package io.oeml.library.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.fleet.repository.CapacityRecordRepository;
import io.oeml.library.fleet.repository.HostRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class SnapshotPruningTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Duration RETENTION = Duration.ofDays(7);

    @Inject
    HostRepository hosts;

    @Inject
    CapacityRecordRepository records;

    @Test
    void pruningDeletesOnlySnapshotsOlderThanTheRetentionAndNeverAHostsLatest() {
        String reporting = "host-" + UUID.randomUUID();
        String silent = "host-" + UUID.randomUUID();
        store(reporting, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(6)),
                NOW.minus(Duration.ofHours(1)));
        store(silent, NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(20)));

        await(() -> Panache.withTransaction(() -> records.pruneObservedBefore(NOW.minus(RETENTION))));

        assertThat(observed(reporting)).containsExactly(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(6)));
        assertThat(observed(silent)).containsExactly(NOW.minus(Duration.ofDays(20)));
    }

    private void store(String hostId, Instant... observedAt) {
        await(() -> Panache.withTransaction(() -> {
            Host host = new Host();
            host.hostId = hostId;
            host.firstSeenAt = observedAt[0];
            host.receivedAt = observedAt[observedAt.length - 1];
            host.observedAt = observedAt[observedAt.length - 1];
            host.snapshot = "{}";
            Uni<?> stored = hosts.persist(host);
            for (Instant at : observedAt) {
                stored = stored.chain(() -> records.persist(record(hostId, at)));
            }
            return stored;
        }));
    }

    private static CapacityRecord record(String hostId, Instant observedAt) {
        CapacityRecord r = new CapacityRecord();
        r.eventId = UUID.randomUUID().toString();
        r.hostId = hostId;
        r.observedAt = observedAt;
        r.snapshot = "{}";
        return r;
    }

    private List<Instant> observed(String hostId) {
        return await(() -> records.recentForHost(hostId, 10)).stream().map(r -> r.observedAt).toList();
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
