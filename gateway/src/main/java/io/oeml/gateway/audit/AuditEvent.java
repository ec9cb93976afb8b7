package io.oeml.gateway.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One stored audit record ({@link io.oeml.events.audit.AuditRecorded}); id = the CloudEvent id, or a new UUID. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** Comma-separated. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public String action;

    @Column(name = "target_type")
    public String targetType;

    @Column(name = "target_id")
    public String targetId;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "request_id")
    public String requestId;

    @Column(nullable = false)
    public String service;

    public String detail;
}
