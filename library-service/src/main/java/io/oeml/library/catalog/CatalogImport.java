package io.oeml.library.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One version of a catalog file that was imported. */
@Entity
@Table(name = "catalog_import")
public class CatalogImport extends PanacheEntityBase {

    @Id
    public String version;

    @Column(nullable = false)
    public String source;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
