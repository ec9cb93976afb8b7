package io.oeml.finetune.deploy.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.deploy.DeployedVersion;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One deployed version of a target model: the Ollama model {@code target:vN} and where it came from. */
@Entity
@Table(name = "model_version")
@IdClass(ModelVersion.Key.class)
public class ModelVersion extends PanacheEntityBase {

    @Id
    @Column(name = "target_model_name")
    public String targetModelName;

    @Id
    public int version;

    @Column(nullable = false)
    public String model;

    @Column(name = "job_id", nullable = false)
    public String jobId;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String host;

    @Column(name = "base_model", nullable = false)
    public String baseModel;

    @Column(nullable = false)
    public String backend;

    @Column(name = "weights_changed", nullable = false)
    public boolean weightsChanged;

    @Column(name = "dataset_sha256")
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

    @Column(name = "smoke_reply", nullable = false)
    public String smokeReply;

    @Column(name = "deployed_at", nullable = false)
    public Instant deployedAt;

    public DeployedVersion view() {
        return new DeployedVersion(model, targetModelName, version, jobId, owner, host, baseModel, backend,
                weightsChanged, datasetSha256, scoreName, baseScore, tunedScore, answerAccuracy(), smokeReply,
                deployedAt);
    }

    public void answerAccuracy(AnswerAccuracy answers) {
        baseAnswerAccuracy = answers == null ? null : answers.base();
        tunedAnswerAccuracy = answers == null ? null : answers.tuned();
        answerExamples = answers == null ? null : answers.examples();
    }

    private AnswerAccuracy answerAccuracy() {
        return answerExamples == null ? null
                : new AnswerAccuracy(baseAnswerAccuracy, tunedAnswerAccuracy, answerExamples);
    }

    /** The primary key: (target_model_name, version). */
    public static class Key implements Serializable {
        public String targetModelName;
        public int version;

        public Key() {
        }

        public Key(String targetModelName, int version) {
            this.targetModelName = targetModelName;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.targetModelName, targetModelName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetModelName, version);
        }
    }
}
