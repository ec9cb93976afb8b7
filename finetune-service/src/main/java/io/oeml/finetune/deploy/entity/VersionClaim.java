package io.oeml.finetune.deploy.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * {@code target:vN} reserved for one job before the model is created on the host: the primary key makes two deploys
 * of one name take different numbers, the unique job id makes a resumed job take its own number again.
 */
@Entity
@Table(name = "model_version_claim")
@IdClass(ModelVersion.Key.class)
public class VersionClaim extends PanacheEntityBase {

    @Id
    @Column(name = "target_model_name")
    public String targetModelName;

    @Id
    public int version;

    @Column(name = "job_id", nullable = false)
    public String jobId;

    @Column(name = "claimed_at", nullable = false)
    public Instant claimedAt;
}
