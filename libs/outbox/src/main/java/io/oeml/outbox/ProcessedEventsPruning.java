package io.oeml.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Keeps the {@link ProcessedEvents} ledger to {@link OutboxConfig#processedRetention()}. */
@ApplicationScoped
public class ProcessedEventsPruning {

    private final ProcessedEvents processed;
    private final OutboxConfig config;

    public ProcessedEventsPruning(ProcessedEvents processed, OutboxConfig config) {
        this.processed = processed;
        this.config = config;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> prune() {
        return Retention.prune("processed event ids", config.processedRetention(), processed::pruneProcessedBefore);
    }
}
