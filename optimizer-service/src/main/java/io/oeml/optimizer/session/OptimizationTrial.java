package io.oeml.optimizer.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One trial of a session, from the moment it is asked; numbers are the strategy's, unique per session. */
@Entity
@Table(name = "optimization_trial")
@IdClass(OptimizationTrial.Key.class)
public class OptimizationTrial extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    @Id
    @Column(name = "trial_number")
    public int trialNumber;

    @Convert(converter = TrialStatus.Column.class)
    @Column(nullable = false)
    public TrialStatus status;

    /** JSON of the strategy's assignment: the searched values, in space order. */
    @Column(nullable = false)
    public String parameters;

    @Column(nullable = false)
    public int budget;

    /** 1, 2, ... in the order trials were told; {@code Strategies.restore} replays them in this order. */
    @Column(name = "told_order")
    public Integer toldOrder;

    /** JSON list of the minimised objective values. */
    @Column(name = "objective_values")
    public String values;

    public Boolean feasible;

    @Column(name = "overall_score")
    public Double overallScore;

    @Column(name = "host_id")
    public String hostId;

    /** JSON of {@link io.oeml.events.optimizer.TrialFigures}. */
    public String figures;

    public String error;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "duration_ms")
    public Long durationMs;

    /** The composite primary key (session_id, trial_number). */
    public static class Key implements Serializable {

        public String sessionId;
        public int trialNumber;

        public Key() {
        }

        public Key(String sessionId, int trialNumber) {
            this.sessionId = sessionId;
            this.trialNumber = trialNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.trialNumber == trialNumber && Objects.equals(key.sessionId, sessionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, trialNumber);
        }
    }
}
