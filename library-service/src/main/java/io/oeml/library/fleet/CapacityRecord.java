package io.oeml.library.fleet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One received capacity snapshot, kept for trends; the headline figures are columns so they can be queried. */
@Entity
@Table(name = "capacity_snapshot")
public class CapacityRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "memory_total_bytes", nullable = false)
    public long memoryTotalBytes;

    @Column(name = "memory_available_bytes", nullable = false)
    public long memoryAvailableBytes;

    @Column(name = "gpu_count", nullable = false)
    public int gpuCount;

    @Column(name = "gpu_free_bytes")
    public Long gpuFreeBytes;

    @Column(nullable = false)
    public String snapshot;
}
