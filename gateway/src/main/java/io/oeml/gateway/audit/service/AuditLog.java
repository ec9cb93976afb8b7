package io.oeml.gateway.audit.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.audit.AuditEvent;
import io.oeml.gateway.audit.repository.AuditEventRepository;
import io.smallrye.mutiny.Uni;

/**
 * Stores audit records in {@code gateway.audit_event}, in the caller's transaction. The gateway's own records are also
 * written as one JSON log line each (logger {@code audit}); the services' arrive over Kafka and were logged there.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SERVICE = "gateway";
    private static final Logger AUDIT = Logger.getLogger("audit");

    private final AuditEventRepository events;
    private final ObjectMapper json;

    public AuditLog(AuditEventRepository events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    /** One of the gateway's own records: logged, then stored under a new id. */
    public Uni<Void> record(AuditRecorded record) {
        try {
            AUDIT.info(json.writeValueAsString(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit record did not serialize", e);
        }
        return store(UUID.randomUUID().toString(), record);
    }

    /** A record under {@code id} (a CloudEvent's id, for records received from the services). */
    public Uni<Void> store(String id, AuditRecorded record) {
        AuditEvent event = new AuditEvent();
        event.id = id;
        event.occurredAt = record.occurredAt();
        event.actor = record.actor();
        event.roles = String.join(",", record.roles());
        event.action = record.action();
        event.targetType = record.targetType();
        event.targetId = record.targetId();
        event.outcome = record.outcome().wire();
        event.requestId = record.requestId();
        event.service = record.service();
        event.detail = record.detail();
        return events.persist(event).replaceWithVoid();
    }
}
