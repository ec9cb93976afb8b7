package io.oeml.optimizer.host.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.optimizer.host.FleetHost;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class FleetHostRepository implements PanacheRepositoryBase<FleetHost, String> {

    /** Hosts whose agent has not said it left, by id. */
    public Uni<List<FleetHost>> present() {
        return list("leftAt is null", Sort.by("hostId"));
    }
}
