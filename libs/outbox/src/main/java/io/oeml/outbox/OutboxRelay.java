package io.oeml.outbox;

import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.oeml.events.CloudEventMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Publishes outbox events in the order they were appended, each as a CloudEvent on its topic, and deletes each once
 * the broker has acknowledged it. One relay publishes at a time across all replicas: a run first takes a
 * transaction-scoped Postgres advisory lock ({@code pg_try_advisory_xact_lock}, one per schema) and ends at once when
 * another replica holds it, so two replicas never publish one entity's events side by side, out of order.
 * <p>
 * A failed publish stops the run (the events after it, of any entity, wait), is recorded on the event
 * ({@code attempts}, {@code last_error}) and retried on the next run; the deletes of the events acknowledged before
 * it commit. Delivery is at least once: when the commit itself fails after acknowledgements, those events are
 * published again, in the same order; consumers deduplicate by {@code ce_id} (see {@link ProcessedEvents}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;

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
        return Panache.withTransaction(() -> takeRelayLock().chain(held -> held
                        ? claimBatch().chain(events -> publishInOrder(events.iterator()))
                        : Uni.createFrom().voidItem()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("outbox relay run failed, retrying next run: %s", failure.toString());
                    return null;
                });
    }

    /** The lock is per schema: each service relays its own outbox table, in the one shared database. */
    private Uni<Boolean> takeRelayLock() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('oeml.outbox-relay'), hashtext(current_schema()))")
                .getSingleResult())
                .map(Boolean.TRUE::equals);
    }

    private Uni<List<OutboxEvent>> claimBatch() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from OutboxEvent order by seq", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList());
    }

    private Uni<Void> publishInOrder(Iterator<OutboxEvent> events) {
        if (!events.hasNext()) {
            return Uni.createFrom().voidItem();
        }
        OutboxEvent event = events.next();
        return emitter.sendMessage(CloudEventMessages.of(event.topic, event.id.toString(), event.eventType, event.source,
                        event.subject, event.occurredAt, event.payload))
                .onItemOrFailure().transformToUni((sent, failure) -> failure == null
                        ? event.delete().chain(() -> publishInOrder(events))
                        : recordFailure(event, failure));
    }

    private Uni<Void> recordFailure(OutboxEvent event, Throwable failure) {
        event.attempts++;
        String error = failure.toString();
        event.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        LOG.warnf("outbox event %s (%s, subject %s) not published, attempt %d; the relay retries it next run: %s",
                event.id, event.eventType, event.subject, event.attempts, event.lastError);
        return Uni.createFrom().voidItem();
    }
}
