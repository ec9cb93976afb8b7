package io.oeml.library.fleet.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.fleet.Host;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class HostRepository implements PanacheRepositoryBase<Host, String> {

    public Uni<List<Host>> listByHostId() {
        return listAll(io.quarkus.panache.common.Sort.by("hostId"));
    }
}
