package io.oeml.finetune.job.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A fine-tuning job: what it trains, where it is in its lifecycle, and which replica runs it (V1__jobs.sql). */
@Entity
@Table(name = "finetune_job")
public class FinetuneJob extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public String jobId;
    @Column(nullable = false)
    public String owner;
    @Column(name = "base_model", nullable = false)
    public String baseModel;
    @Column(name = "target_model_name", nullable = false)
    public String targetModelName;
    @Column(name = "training_data_path", nullable = false)
    public String trainingDataPath;
    @Column(name = "data_path", nullable = false)
    public String dataPath;
    @Column(name = "dataset_id")
    public String datasetId;
    @Column(name = "data_type")
    public String dataType;
    @Column(nullable = false)
    public String backend;
    /** JSON of the resolved {@link io.oeml.finetune.hyperparameters.Hyperparameters}. */
    @Column(nullable = false)
    public String hyperparameters;
    @Column(name = "target_capabilities", nullable = false)
    public String targetCapabilities;
    /** {@link io.oeml.finetune.job.JobStatus} wire name. */
    @Column(nullable = false)
    public String status;
    /** {@link io.oeml.finetune.job.JobPhase} wire name, within training. */
    public String phase;
    @Column(nullable = false)
    public double progress;
    @Column(name = "eta_seconds")
    public Long etaSeconds;
    /** The last transition's number. */
    @Column(nullable = false)
    public long sequence;
    @Column(name = "error_code")
    public String errorCode;
    @Column(name = "error_message")
    public String errorMessage;
    @Column(name = "validation_report")
    public String validationReport;
    @Column(name = "train_path")
    public String trainPath;
    @Column(name = "validation_path")
    public String validationPath;
    @Column(name = "dataset_sha256")
    public String datasetSha256;
    @Column(name = "deployed_model")
    public String deployedModel;
    @Column(name = "deployed_version")
    public Integer deployedVersion;
    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "lease_holder")
    public String leaseHolder;
    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "start_time")
    public Instant startTime;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
