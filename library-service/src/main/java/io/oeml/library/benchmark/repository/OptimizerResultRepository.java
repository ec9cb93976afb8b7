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
        String sql = "SELECT DISTINCT ON (model, model_type) * FROM optimizer_result WHERE host_id = :host"
                + " ORDER BY model, model_type, finished_at DESC";
        return getSession().chain(session -> session.createNativeQuery(sql, OptimizerResult.class)
                .setParameter("host", hostId)
                .getResultList());
    }
}
