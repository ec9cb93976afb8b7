package io.oeml.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.oeml.events.CloudEventMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Publishes outbox events in the order they occurred, each as a CloudEvent on its topic, and deletes each once the
 * broker has acknowledged it. A failure stops the run (so one entity's events keep their order) and is retried on the
 * next run; several replicas share the work through {@code FOR UPDATE SKIP LOCKED}. Delivery is at least once:
 * consumers deduplicate by {@code ce_id} (see {@link ProcessedEvents}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    // Not before the application runs: earlier, the Kafka channel may not be wired to the emitter yet.
    @Scheduled(every = "${outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> publishPending() {
        return Panache.withTransaction(() -> claimBatch()
                .chain(events -> Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(this::publish)
                        .collect().last()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("outbox relay run failed, retrying next run: %s", failure.toString());
                    return null;
                });
    }

    private Uni<List<OutboxEvent>> claimBatch() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT * FROM outbox_event ORDER BY occurred_at, id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList());
    }

    private Uni<Void> publish(OutboxEvent event) {
        return emitter.sendMessage(CloudEventMessages.of(event.topic, event.id.toString(), event.eventType, event.source,
                        event.subject, event.occurredAt, event.payload))
                .chain(() -> event.delete());
    }
}
