package io.oeml.finetune.job.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One stored transition of a job, numbered per job from 1 ({@code pending}). */
@Entity
@Table(name = "finetune_job_transition")
@IdClass(JobTransition.Key.class)
public class JobTransition extends PanacheEntityBase {

    /** The composite key (job, sequence). */
    public static class Key implements Serializable {
        public String jobId;
        public long sequence;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.sequence == sequence && Objects.equals(key.jobId, jobId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, sequence);
        }
    }

    @Id
    @Column(name = "job_id")
    public String jobId;
    @Id
    public long sequence;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(nullable = false)
    public String status;
    public String phase;
    @Column(nullable = false)
    public double progress;
    @Column(name = "error_code")
    public String errorCode;
    public String message;
    @Column(nullable = false)
    public Instant at;
}
