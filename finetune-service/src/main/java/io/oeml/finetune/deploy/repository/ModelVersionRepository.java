package io.oeml.finetune.deploy.repository;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.deploy.entity.ModelVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ModelVersionRepository implements PanacheRepositoryBase<ModelVersion, ModelVersion.Key> {

    public Uni<ModelVersion> findByJobId(String jobId) {
        return find("jobId", jobId).firstResult();
    }

    /** Oldest first; {@code owner} null (an admin) for every owner's, filtered in the query. */
    public Uni<List<ModelVersion>> listVisible(String owner, String targetModelName) {
        if (owner == null) {
            return list("targetModelName = :target order by version", Map.of("target", targetModelName));
        }
        return list("targetModelName = :target and owner = :owner order by version",
                Map.of("target", targetModelName, "owner", owner));
    }
}
