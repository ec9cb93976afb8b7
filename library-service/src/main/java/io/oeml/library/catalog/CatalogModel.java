package io.oeml.library.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A model of the library with its facts (a {@link io.oeml.library.catalog.model.ModelFacts} as JSON). */
@Entity
@Table(name = "catalog_model")
public class CatalogModel extends PanacheEntityBase {

    @Id
    public String name;

    @Column(nullable = false)
    public String origin;

    public String family;

    public String architecture;

    @Column(nullable = false)
    public String facts;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
