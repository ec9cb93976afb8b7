package io.oeml.library.benchmark.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.benchmark.OptimizerResult;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OptimizerResultRepository implements PanacheRepositoryBase<OptimizerResult, String> {

    /** The newest result of each (model, model type) of one host: what a lookup by catalog model chooses from. */
    public Uni<List<OptimizerResult>> latest(String hostId) {
        return latest(" WHERE host_id = :host", hostId);
    }

    /** The newest result of each (host, model, model type): what a model's page shows per host. */
    public Uni<List<OptimizerResult>> latestOfEveryHost() {
        return latest("", null);
    }

    private Uni<List<OptimizerResult>> latest(String condition, String hostId) {
        String sql = "SELECT DISTINCT ON (host_id, model, model_type) * FROM optimizer_result" + condition
                + " ORDER BY host_id, model, model_type, finished_at DESC";
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql, OptimizerResult.class);
            if (hostId != null) {
                query.setParameter("host", hostId);
            }
            return query.getResultList();
        });
    }
}
