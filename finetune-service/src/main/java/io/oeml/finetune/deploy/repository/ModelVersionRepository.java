package io.oeml.finetune.deploy.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.deploy.entity.ModelVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
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
            return list("targetModelName = :target order by version",
                    Parameters.with("target", targetModelName));
        }
        return list("targetModelName = :target and owner = :owner order by version",
                Parameters.with("target", targetModelName).and("owner", owner));
    }
}
