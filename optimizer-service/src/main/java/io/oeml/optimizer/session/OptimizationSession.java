package io.oeml.optimizer.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An optimization session: what it searches, how far it got, and which replica runs it (V1__sessions.sql). */
@Entity
@Table(name = "optimization_session")
public class OptimizationSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    @Column(nullable = false)
    public String owner;

    /** {@link SessionKind}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "model_name")
    public String modelName;

    @Column(name = "model_type")
    public String modelType;

    @Column(nullable = false)
    public String strategy;

    /** Comma list of objective names, in order. */
    @Column(nullable = false)
    public String objectives;

    /** JSON of {@link io.oeml.optimizer.session.service.StoredConstraints}. */
    @Column(nullable = false)
    public String constraints;

    @Column(nullable = false)
    public long seed;

    @Column(name = "max_iterations", nullable = false)
    public int maxIterations;

    @Column(name = "timeout_minutes", nullable = false)
    public int timeoutMinutes;

    @Column(nullable = false)
    public int parallelism;

    /** JSON list of optimizer-search {@code ParameterSpec}. */
    @Column(nullable = false)
    public String space;

    @Column(name = "fixed_options", nullable = false)
    public String fixedOptions;

    @Column(name = "space_report", nullable = false)
    public String spaceReport;

    /** The uploaded suite as JSON lines; null for the model type's built-in suite. */
    public String suite;

    /** JSON list of {@link io.oeml.optimizer.host.TrialHost}. */
    @Column(nullable = false)
    public String hosts;

    @Convert(converter = SessionStatus.Column.class)
    @Column(nullable = false)
    public SessionStatus status;

    public String reason;

    @Column(name = "current_iteration", nullable = false)
    public int currentIteration;

    @Column(name = "best_trial")
    public Integer bestTrial;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "deadline_at")
    public Instant deadlineAt;

    @Column(name = "lease_holder")
    public String leaseHolder;

    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    public boolean external() {
        return SessionKind.EXTERNAL.equals(kind);
    }
}
