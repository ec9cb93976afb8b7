package io.oeml.library.fleet.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.fleet.FleetConfig;
import io.oeml.library.fleet.repository.CapacityRecordRepository;
import io.oeml.outbox.Retention;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Keeps capacity snapshots for {@link FleetConfig#snapshotRetention()}, and always each host's latest. */
@ApplicationScoped
public class SnapshotPruning {

    private final CapacityRecordRepository records;
    private final FleetConfig config;

    public SnapshotPruning(CapacityRecordRepository records, FleetConfig config) {
        this.records = records;
        this.config = config;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> prune() {
        return Retention.prune("capacity snapshots", config.snapshotRetention(), records::pruneObservedBefore);
    }
}
