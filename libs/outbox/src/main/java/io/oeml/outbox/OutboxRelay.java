package io.oeml.outbox;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.oeml.events.CloudEventMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Publishes outbox events in the order they were appended, each as a CloudEvent on its topic, and deletes each once
 * the broker has acknowledged it. One relay publishes at a time across all replicas: a run first takes a
 * session-level Postgres advisory lock ({@code pg_try_advisory_lock}, one per schema) on its connection and ends at
 * once when another replica holds it, so two replicas never publish one entity's events side by side, out of order.
 * <p>
 * No transaction stays open while the broker is awaited: under the lock the run reads a batch (one statement), then
 * per event publishes it and, once acknowledged, deletes it in a short transaction of its own; the lock is released at
 * the end of the run (or with the connection, should the run die with it). A failed publish stops the run (the events
 * after it, of any entity, wait), is recorded on the event ({@code attempts}, {@code last_error}) and retried on the
 * next run. Delivery is at least once: when a delete fails after an acknowledgement, that event is published again on
 * the next run, before the ones after it; consumers deduplicate by {@code ce_id} (see {@link ProcessedEvents}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;
    /** The lock is per schema: each service relays its own outbox table, in the one shared database. */
    private static final String LOCK_KEY = "hashtext('oeml.outbox-relay'), hashtext(current_schema())";

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
        // One session, so one connection, for the whole run: the advisory lock belongs to that connection. The session
        // works only on this run's Vert.x context, and the broker acknowledges on its own thread: each step comes back.
        Context context = Vertx.currentContext();
        Executor onContext = command -> context.runOnContext(ignored -> command.run());
        return Panache.withSession(() -> lock("pg_try_advisory_lock").chain(held -> held
                        ? readBatch().chain(events -> publishInOrder(events.iterator(), onContext))
                                .eventually(() -> lock("pg_advisory_unlock"))
                        : Uni.createFrom().voidItem()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("outbox relay run failed, retrying next run: %s", failure.toString());
                    return null;
                });
    }

    private Uni<Boolean> lock(String function) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT " + function + "(" + LOCK_KEY + ")")
                .getSingleResult())
                .map(Boolean.TRUE::equals);
    }

    private Uni<List<OutboxEvent>> readBatch() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from OutboxEvent order by seq", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList());
    }

    private Uni<Void> publishInOrder(Iterator<OutboxEvent> events, Executor onContext) {
        if (!events.hasNext()) {
            return Uni.createFrom().voidItem();
        }
        OutboxEvent event = events.next();
        return emitter.sendMessage(CloudEventMessages.of(event.topic, event.id.toString(), event.eventType, event.source,
                        event.subject, event.occurredAt, event.payload))
                .emitOn(onContext)
                .onItemOrFailure().transformToUni((sent, failure) -> failure == null
                        ? markSent(event).chain(() -> publishInOrder(events, onContext))
                        : recordFailure(event, failure));
    }

    private Uni<Void> markSent(OutboxEvent event) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createMutationQuery("delete from OutboxEvent where id = :id")
                .setParameter("id", event.id)
                .executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Void> recordFailure(OutboxEvent event, Throwable failure) {
        String error = failure.toString();
        String lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        LOG.warnf("outbox event %s (%s, subject %s) not published, attempt %d; the relay retries it next run: %s",
                event.id, event.eventType, event.subject, event.attempts + 1, lastError);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createMutationQuery("update OutboxEvent set attempts = attempts + 1, lastError = :error where id = :id")
                .setParameter("error", lastError)
                .setParameter("id", event.id)
                .executeUpdate()))
                .replaceWithVoid();
    }
}
