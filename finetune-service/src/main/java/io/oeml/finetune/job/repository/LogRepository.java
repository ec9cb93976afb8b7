package io.oeml.finetune.job.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.job.entity.JobLog;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class LogRepository implements PanacheRepositoryBase<JobLog, Long> {

    /** Every line of the job, oldest first. */
    public Uni<List<String>> lines(String jobId) {
        return find("jobId", Sort.ascending("id"), jobId).list()
                .map(rows -> rows.stream().map(row -> row.line).toList());
    }
}
