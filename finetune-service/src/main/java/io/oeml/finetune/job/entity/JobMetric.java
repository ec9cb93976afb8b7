package io.oeml.finetune.job.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One step's or one epoch's figures as the trainer measured them. */
@Entity
@Table(name = "finetune_job_metric")
public class JobMetric extends PanacheEntityBase {

    public static final String STEP = "step";
    public static final String EPOCH = "epoch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id", nullable = false)
    public String jobId;
    @Column(nullable = false)
    public String kind;
    /** The run that measured it: a resumed run's figures are told apart from the lost run's. */
    @Column(nullable = false)
    public int attempt;
    public Integer step;
    @Column(name = "total_steps")
    public Integer totalSteps;
    @Column(nullable = false)
    public int epoch;
    public Integer epochs;
    @Column(name = "train_loss")
    public Double trainLoss;
    @Column(name = "train_accuracy")
    public Double trainAccuracy;
    @Column(name = "val_loss")
    public Double valLoss;
    @Column(name = "val_accuracy")
    public Double valAccuracy;
    @Column(name = "learning_rate")
    public Double learningRate;
    @Column(name = "tokens_per_second")
    public Double tokensPerSecond;
    @Column(name = "step_seconds")
    public Double stepSeconds;
    @Column(nullable = false)
    public Instant at;
}
