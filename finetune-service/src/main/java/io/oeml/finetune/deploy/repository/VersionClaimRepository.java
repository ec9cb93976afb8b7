package io.oeml.finetune.deploy.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.deploy.entity.ModelVersion;
import io.oeml.finetune.deploy.entity.VersionClaim;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class VersionClaimRepository implements PanacheRepositoryBase<VersionClaim, ModelVersion.Key> {

    public Uni<VersionClaim> findByJobId(String jobId) {
        return find("jobId", jobId).firstResult();
    }

    public Uni<List<Integer>> numbersOf(String targetModelName) {
        return list("targetModelName", targetModelName)
                .map(claims -> claims.stream().map(c -> c.version).toList());
    }

    /** Inserts the claim unless the number or the job is taken already; true when this call took it. */
    public Uni<Boolean> claimIfFree(String targetModelName, int version, String jobId, Instant at) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "insert into model_version_claim (target_model_name, version, job_id, claimed_at) "
                                + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, targetModelName).setParameter(2, version).setParameter(3, jobId)
                .setParameter(4, at).executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Frees a number whose model was not created (or was deleted again) so that it is not a gap. */
    public Uni<Long> release(String jobId) {
        return delete("jobId = ?1 and not exists (select 1 from ModelVersion v where v.jobId = ?1)", jobId);
    }
}
