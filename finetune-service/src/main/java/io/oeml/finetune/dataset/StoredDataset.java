package io.oeml.finetune.dataset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An uploaded dataset of one owner; its bytes are the store's blob of {@link #sha256} (V2__datasets.sql). */
@Entity
@Table(name = "dataset")
public class StoredDataset extends PanacheEntityBase {

    @Id
    @Column(name = "dataset_id")
    public String datasetId;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public long bytes;

    /** {@link DataType#wire()}, or null when the format is detected at validation. */
    @Column(name = "data_type")
    public String dataType;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** JSON of the last {@link ValidationReport}. */
    @Column(name = "validation_report")
    public String validationReport;

    @Column(name = "validated_at")
    public Instant validatedAt;
}
