package io.oeml.library.finetune;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A model finetune-service deployed into Ollama, with where it came from: its base, the job and backend that made it,
 * the training data's hash and the scores the job measured ({@code ModelDeployedHandler}).
 */
@Entity
@Table(name = "fine_tuned_model")
public class FineTunedModel extends PanacheEntityBase {

    /** {@code name:vN} as Ollama lists it. */
    @Id
    public String model;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "target_model_name", nullable = false)
    public String targetModelName;

    @Column(nullable = false)
    public int version;

    /** As the job named it; the catalog need not know it. */
    @Column(name = "base_model", nullable = false)
    public String baseModel;

    @Column(nullable = false)
    public String backend;

    @Column(name = "weights_changed", nullable = false)
    public boolean weightsChanged;

    @Column(nullable = false)
    public String host;

    @Column(name = "job_id", nullable = false)
    public String jobId;

    @Column(nullable = false)
    public String owner;

    @Column(name = "dataset_sha256", nullable = false)
    public String datasetSha256;

    @Column(name = "score_name")
    public String scoreName;

    @Column(name = "base_score")
    public Double baseScore;

    @Column(name = "tuned_score")
    public Double tunedScore;

    @Column(name = "base_answer_accuracy")
    public Double baseAnswerAccuracy;

    @Column(name = "tuned_answer_accuracy")
    public Double tunedAnswerAccuracy;

    @Column(name = "answer_examples")
    public Integer answerExamples;

    @Column(name = "deployed_at", nullable = false)
    public Instant deployedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
