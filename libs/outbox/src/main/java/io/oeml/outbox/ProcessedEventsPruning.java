package io.oeml.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Keeps the {@link ProcessedEvents} ledger to {@link OutboxConfig#processedRetention()}. */
@ApplicationScoped
public class ProcessedEventsPruning {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsPruning.class);

    private final ProcessedEvents processed;
    private final OutboxConfig config;

    public ProcessedEventsPruning(ProcessedEvents processed, OutboxConfig config) {
        this.processed = processed;
        this.config = config;
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> prune() {
        return Panache.withTransaction(() -> processed.pruneProcessedBefore(Instant.now().minus(config.processedRetention())))
                .invoke(deleted -> LOG.debugf("forgot %d processed event ids older than %s", deleted, config.processedRetention()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("pruning the processed-event ledger failed, retrying next hour: %s", failure.toString());
                    return null;
                });
    }
}
