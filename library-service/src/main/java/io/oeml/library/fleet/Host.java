package io.oeml.library.fleet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An Ollama host known from its agent's reports, with its latest capacity snapshot. */
@Entity
@Table(name = "host")
public class Host extends PanacheEntityBase {

    @Id
    @Column(name = "host_id")
    public String hostId;

    public String hostname;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    /** The latest {@link io.oeml.events.capacity.CapacitySnapshot} as JSON. */
    @Column(nullable = false)
    public String snapshot;
}
