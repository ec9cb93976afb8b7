package io.oeml.finetune.dataset.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.dataset.StoredDataset;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class DatasetRepository implements PanacheRepositoryBase<StoredDataset, String> {

    /** Newest first; {@code owner} null lists every owner's (an admin). */
    public Uni<List<StoredDataset>> list(String owner) {
        Sort newestFirst = Sort.descending("createdAt").and("datasetId");
        return owner == null ? listAll(newestFirst) : list("owner", newestFirst, owner);
    }

    public Uni<StoredDataset> findByOwnerAndHash(String owner, String sha256) {
        return find("owner = ?1 and sha256 = ?2", owner, sha256).firstResult();
    }

    /**
     * Serializes, per content, inserting and deleting rows with removing the file: a transaction lock on the hash,
     * held until the transaction ends.
     */
    public Uni<Void> lockContent(String sha256) {
        return getSession().chain(session -> session.createNativeQuery(
                "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:sha256))) locked", Long.class)
                .setParameter("sha256", sha256)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** How many datasets name these bytes: the blob is removed with the last. */
    public Uni<Long> countByHash(String sha256) {
        return count("sha256", sha256);
    }
}
