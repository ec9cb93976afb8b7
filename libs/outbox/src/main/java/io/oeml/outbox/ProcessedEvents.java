package io.oeml.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The idempotent-consumer ledger. Call {@link #firstDelivery} inside the transaction that applies the event: it records
 * the event id and says whether this is its first delivery, so a redelivered event (after a crash, a rebalance or a
 * relay retry) is skipped and its effect is applied exactly once.
 */
@ApplicationScoped
public class ProcessedEvents {

    public Uni<Boolean> firstDelivery(String eventId, String eventType) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, now())"
                        + " ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Forgets the ids applied before {@code cutoff} (see {@link OutboxConfig#processedRetention()}); call it in a transaction. */
    public Uni<Integer> pruneProcessedBefore(Instant cutoff) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("DELETE FROM processed_event WHERE processed_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }
}
