package io.oeml.finetune.job.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.job.entity.JobTransition;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TransitionRepository implements PanacheRepositoryBase<JobTransition, JobTransition.Key> {

    public Uni<List<JobTransition>> of(String jobId) {
        return find("jobId", Sort.ascending("sequence"), jobId).list();
    }
}
