package io.oeml.gateway.audit.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.events.audit.AuditRecorded;
import io.oeml.events.audit.AuditRecords;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's {@link AuditRecords} (what libs/security-audit's {@code DeniedAccessAudit} writes to): straight into
 * its own audit table, each in a transaction of its own. It takes the place of libs/outbox's {@code AuditTrail}, which
 * the gateway also holds: that one would send the record round through {@code audit.events} back to this table.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StoredAuditRecords implements AuditRecords {

    private final AuditLog audit;

    public StoredAuditRecords(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Void> record(AuditRecorded record) {
        return Panache.withTransaction(() -> audit.record(record));
    }
}
