package io.oeml.finetune.job.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.job.entity.JobMetric;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class MetricRepository implements PanacheRepositoryBase<JobMetric, Long> {

    public Uni<List<JobMetric>> of(String jobId) {
        return find("jobId", Sort.ascending("id"), jobId).list();
    }

    /** The newest figures of {@code kind}, or null. */
    public Uni<JobMetric> latest(String jobId, String kind) {
        return find("jobId = ?1 and kind = ?2", Sort.descending("id"), jobId, kind).firstResult();
    }
}
