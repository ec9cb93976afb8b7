package io.oeml.gateway.audit.rest;

import java.time.Instant;
import java.util.List;

import io.oeml.gateway.audit.AuditEvent;

/** A stored audit record as admins read it. */
public record AuditEventView(String id, Instant occurredAt, String actor, List<String> roles, String action,
        String targetType, String targetId, String outcome, String requestId, String service, String detail) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.roles.isEmpty() ? List.of() : List.of(e.roles.split(",")),
                e.action, e.targetType, e.targetId, e.outcome, e.requestId, e.service, e.detail);
    }
}
