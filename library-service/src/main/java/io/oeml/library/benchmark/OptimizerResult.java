package io.oeml.library.benchmark;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The best trial of a completed optimizer session: what the model measured on the host the trial ran on, with the
 * options that gave it. Only sessions whose best trial has figures are kept ({@code SessionFinishedHandler}).
 */
@Entity
@Table(name = "optimizer_result")
public class OptimizerResult extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(nullable = false)
    public String owner;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    @Column(nullable = false)
    public String model;

    @Column(name = "model_type")
    public String modelType;

    /** Comma-separated, in the session's order: the first one is the session's objective. */
    @Column(nullable = false)
    public String objectives;

    @Column(nullable = false)
    public String strategy;

    @Column(nullable = false)
    public int trials;

    @Column(name = "trial_number", nullable = false)
    public int trialNumber;

    @Column(name = "overall_score", nullable = false)
    public double overallScore;

    /** The best trial's Ollama options as JSON ({@code EventJson}). */
    @Column(nullable = false)
    public String parameters;

    @Column(nullable = false)
    public double quality;

    @Column(name = "quality_noise")
    public Double qualityNoise;

    @Column(name = "mean_latency_ms", nullable = false)
    public double meanLatencyMs;

    @Column(name = "mean_ttft_ms", nullable = false)
    public double meanTtftMs;

    @Column(name = "tokens_per_second", nullable = false)
    public double tokensPerSecond;

    @Column(name = "memory_bytes")
    public Long memoryBytes;

    @Column(name = "memory_source")
    public String memorySource;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
