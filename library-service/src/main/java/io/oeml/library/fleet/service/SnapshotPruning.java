package io.oeml.library.fleet.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.library.fleet.FleetConfig;
import io.oeml.library.fleet.repository.CapacityRecordRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Keeps capacity snapshots for {@link FleetConfig#snapshotRetention()}, and always each host's latest. */
@ApplicationScoped
public class SnapshotPruning {

    private static final Logger LOG = Logger.getLogger(SnapshotPruning.class);

    private final CapacityRecordRepository records;
    private final FleetConfig config;

    public SnapshotPruning(CapacityRecordRepository records, FleetConfig config) {
        this.records = records;
        this.config = config;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> prune() {
        return Panache.withTransaction(() -> records.pruneObservedBefore(Instant.now().minus(config.snapshotRetention())))
                .invoke(deleted -> LOG.debugf("deleted %d capacity snapshots older than %s", deleted, config.snapshotRetention()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("pruning capacity snapshots failed, retrying next hour: %s", failure.toString());
                    return null;
                });
    }
}
