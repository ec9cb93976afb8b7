package io.oeml.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An event waiting in the outbox to be published; deleted once Kafka has acknowledged it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Append order (a database sequence): the order the relay publishes in. */
    @Column(insertable = false, updatable = false)
    public Long seq;
}
