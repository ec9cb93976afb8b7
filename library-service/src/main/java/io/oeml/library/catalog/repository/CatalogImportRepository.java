package io.oeml.library.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.CatalogImport;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class CatalogImportRepository implements PanacheRepositoryBase<CatalogImport, String> {
}
