package io.oeml.library.benchmark.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.benchmark.BenchmarkRun;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class BenchmarkRunRepository implements PanacheRepositoryBase<BenchmarkRun, String> {

    private static final String MEASURED = "'" + io.oeml.events.benchmark.BenchmarkReported.MEASURED + "'";

    /** The newest measured run with the same key as {@code run} finished before it, or a null item. */
    public Uni<BenchmarkRun> previousMeasured(BenchmarkRun run) {
        return find("hostId = ?1 and model = ?2 and ollamaVersion is not distinct from ?3 and emulated = ?4"
                        + " and settingsKey = ?5 and outcome = " + MEASURED + " and finishedAt < ?6 and runId <> ?7"
                        + " order by finishedAt desc",
                run.hostId, run.model, run.ollamaVersion, run.emulated, run.settingsKey, run.finishedAt, run.runId)
                .firstResult();
    }

    /** One host's runs, newest first. */
    public Uni<List<BenchmarkRun>> history(String hostId, int limit) {
        return find("hostId = ?1 order by finishedAt desc", hostId).page(0, limit).list();
    }

    /** The newest measured run of each (host, model, num_ctx) of every host. */
    public Uni<List<BenchmarkRun>> latestMeasured() {
        return latest("", null);
    }

    /** The newest measured run of each (model, num_ctx) of one host. */
    public Uni<List<BenchmarkRun>> latestMeasured(String hostId) {
        return latest(" AND host_id = :host", hostId);
    }

    private Uni<List<BenchmarkRun>> latest(String condition, String hostId) {
        String sql = "SELECT DISTINCT ON (host_id, model, num_ctx) * FROM benchmark_run WHERE outcome = " + MEASURED
                + condition + " ORDER BY host_id, model, num_ctx, finished_at DESC";
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql, BenchmarkRun.class);
            if (hostId != null) {
                query.setParameter("host", hostId);
            }
            return query.getResultList();
        });
    }
}
