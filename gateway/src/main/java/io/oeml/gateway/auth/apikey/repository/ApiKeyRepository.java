package io.oeml.gateway.auth.apikey.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.gateway.auth.apikey.ApiKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending).and("keyId");

    public Uni<List<ApiKey>> listAllKeys() {
        return listAll(NEWEST_FIRST);
    }

    /** One owner's keys, filtered by the query. */
    public Uni<List<ApiKey>> listByOwner(String owner) {
        return list("owner", NEWEST_FIRST, owner);
    }

    /**
     * Holds a transaction-scoped Postgres advisory lock until the transaction ends: replicas starting at once take
     * turns, so only the first creates the bootstrap admin key.
     */
    public Uni<Void> lockForBootstrap() {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('oeml.gateway.bootstrap-admin-key'))")
                .getSingleResult()).replaceWithVoid();
    }

    /** Keys with the admin role, neither revoked nor expired ({@code roles} is sorted, so admin comes first). */
    public Uni<Long> countValidAdminKeys(Instant now) {
        return count("roles like 'admin%' and revokedAt is null and (expiresAt is null or expiresAt > ?1)", now);
    }
}
