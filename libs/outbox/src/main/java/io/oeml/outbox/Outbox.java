package io.oeml.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventJson;
import io.smallrye.mutiny.Uni;

/**
 * Records an event in the caller's transaction. Call it inside the same {@code @WithTransaction} (or
 * {@code Panache.withTransaction}) that makes the state change: both commit or neither does.
 */
@ApplicationScoped
public class Outbox {

    /**
     * @param subject the entity id: the CloudEvents subject and the Kafka key
     * @return the event id ({@code ce_id})
     */
    public Uni<UUID> append(String topic, String type, String source, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.eventType = type;
        event.source = source;
        event.subject = subject;
        event.occurredAt = Instant.now();
        try {
            event.payload = EventJson.write(data);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return event.persist().replaceWith(event.id);
    }
}
