package io.oeml.library.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.CatalogModel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class CatalogModelRepository implements PanacheRepositoryBase<CatalogModel, String> {
}
