package io.oeml.gateway.audit.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.gateway.audit.AuditEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, String> {

    /** Newest first, each filter only when given. */
    public Uni<List<AuditEvent>> search(String actor, String action, Instant since, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (actor != null) {
            where.append(" and actor = :actor");
            parameters.put("actor", actor);
        }
        if (action != null) {
            where.append(" and action = :action");
            parameters.put("action", action);
        }
        if (since != null) {
            where.append(" and occurredAt >= :since");
            parameters.put("since", since);
        }
        return find(where.toString(), Sort.by("occurredAt", Sort.Direction.Descending).and("id"), parameters)
                .page(0, limit).list();
    }
}
