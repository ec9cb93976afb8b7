package io.oeml.library.fleet.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.fleet.CapacityRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class CapacityRecordRepository implements PanacheRepository<CapacityRecord> {

    /** Number of snapshots kept per host id. */
    public Uni<Map<String, Long>> countsByHost() {
        return getSession().chain(session -> session
                .createSelectionQuery("select hostId, count(*) from CapacityRecord group by hostId", Object[].class)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1])));
    }

    /** Deletes the snapshots observed before {@code cutoff}, except each host's latest; call it in a transaction. */
    public Uni<Integer> pruneObservedBefore(Instant cutoff) {
        return getSession().chain(session -> session
                .createNativeQuery("DELETE FROM capacity_snapshot old WHERE old.observed_at < :cutoff AND EXISTS ("
                        + "SELECT 1 FROM capacity_snapshot newer WHERE newer.host_id = old.host_id"
                        + " AND (newer.observed_at, newer.id) > (old.observed_at, old.id))")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    public Uni<List<CapacityRecord>> recentForHost(String hostId, int limit) {
        return find("hostId = ?1 order by observedAt desc", hostId).page(0, limit).list();
    }
}
