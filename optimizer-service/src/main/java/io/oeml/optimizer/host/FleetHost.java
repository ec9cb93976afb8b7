package io.oeml.optimizer.host;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A fleet host known from its agent's reports on {@code hardware.capacity}: its latest capacity snapshot. */
@Entity
@Table(name = "known_host")
public class FleetHost extends PanacheEntityBase {

    @Id
    @Column(name = "host_id")
    public String hostId;

    public String hostname;

    @Column(name = "ollama_base_url")
    public String ollamaBaseUrl;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    /** The latest {@link io.oeml.events.capacity.CapacitySnapshot} as JSON. */
    @Column(nullable = false)
    public String snapshot;
}
