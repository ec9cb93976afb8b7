package io.oeml.outbox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.events.audit.AuditRecords;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes an {@link AuditRecorded}: through the outbox to {@code audit.events} (key = actor) in the transaction of the
 * change it records, and, once that committed, as one line of the {@code audit} logger (its message the record's
 * JSON, as on the topic).
 */
@ApplicationScoped
public class AuditTrail implements AuditRecords {

    private static final Logger AUDIT = Logger.getLogger("audit");

    private final Outbox outbox;

    public AuditTrail(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Runs {@code change} and appends {@code record} in one transaction; logs the record once it committed. */
    public <T> Uni<T> withChange(AuditRecorded record, Supplier<Uni<T>> change) {
        return Panache.withTransaction(() -> change.get().call(() -> outbox.append(Topic.AUDIT_EVENTS.topicName(),
                EventTypes.AUDIT_RECORDED, "/" + record.service() + "/audit", record.actor(), record)))
                .invoke(() -> AUDIT.info(EventJson.write(record)));
    }

    /** Records an action whose effect is not in the database (a scan started in memory): a transaction of its own. */
    @Override
    public Uni<Void> record(AuditRecorded record) {
        return withChange(record, () -> Uni.createFrom().voidItem());
    }
}
