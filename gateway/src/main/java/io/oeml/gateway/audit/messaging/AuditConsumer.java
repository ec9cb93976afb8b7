package io.oeml.gateway.audit.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.events.EventTypes;
import io.oeml.events.InvalidEventException;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.audit.service.AuditLog;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Stores the services' audit records from {@code audit.events}, each once by its CloudEvent id
 * ({@link IdempotentConsumer}); a record that cannot be stored goes to {@code gateway.audit-events.dlq}.
 */
@ApplicationScoped
public class AuditConsumer {

    private final IdempotentConsumer consumer;
    private final AuditLog audit;
    private final ObjectMapper json;

    public AuditConsumer(IdempotentConsumer consumer, AuditLog audit, ObjectMapper json) {
        this.consumer = consumer;
        this.audit = audit;
        this.json = json;
    }

    @Incoming("audit-in")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, (id, type, data) -> {
            if (!EventTypes.AUDIT_RECORDED.equals(type)) {
                throw new InvalidEventException("audit.events carries " + EventTypes.AUDIT_RECORDED + ", not " + type);
            }
            return audit.store(id, read(data));
        });
    }

    private AuditRecorded read(String data) {
        try {
            return json.readValue(data, AuditRecorded.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("unreadable audit record: " + e.getOriginalMessage());
        }
    }
}
