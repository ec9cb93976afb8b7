package io.oeml.finetune.job.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One line of a job's logs, as the status shows them. */
@Entity
@Table(name = "finetune_job_log")
public class JobLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id", nullable = false)
    public String jobId;
    @Column(nullable = false)
    public String line;
    @Column(nullable = false)
    public Instant at;
}
