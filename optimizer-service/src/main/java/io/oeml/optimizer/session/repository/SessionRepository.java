package io.oeml.optimizer.session.repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.SessionStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SessionRepository implements PanacheRepositoryBase<OptimizationSession, String> {

    /** The session, locked for update until the transaction ends: ask, tell, start and cancel of one session queue. */
    public Uni<OptimizationSession> lock(String sessionId) {
        return findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Long> countActive(String owner) {
        return count("owner = ?1 and status in ?2", owner, List.of(SessionStatus.CREATED, SessionStatus.RUNNING));
    }

    /** Newest first; {@code owner} null lists every owner's (an admin), {@code status} null every status. */
    public Uni<List<OptimizationSession>> list(String owner, SessionStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (owner != null) {
            query.append(" and owner = :owner");
            parameters.and("owner", owner);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("createdAt"), parameters).list();
    }

    /** A session this replica claimed, and who held it before (null: nobody ran it yet). */
    public record Claim(String sessionId, String previousHolder) {
    }

    /**
     * Claims one running Ollama session whose lease is free or expired, for {@code holder}: the row is taken with
     * FOR UPDATE SKIP LOCKED, so two replicas never claim the same session. Call it in a transaction.
     *
     * @return empty when there is none to claim
     */
    public Uni<Optional<Claim>> claim(String holder, Duration lease) {
        return getSession().chain(session -> session.createNativeQuery(
                "UPDATE optimization_session s SET lease_holder = :holder,"
                        + " lease_expires_at = now() + make_interval(secs => :seconds)"
                        + " FROM (SELECT session_id, lease_holder FROM optimization_session"
                        + " WHERE status = 'running' AND kind = 'ollama'"
                        + " AND (lease_expires_at IS NULL OR lease_expires_at < now())"
                        + " ORDER BY started_at FOR UPDATE SKIP LOCKED LIMIT 1) claimed"
                        + " WHERE s.session_id = claimed.session_id"
                        + " RETURNING s.session_id, claimed.lease_holder", Object[].class)
                .setParameter("holder", holder)
                .setParameter("seconds", (double) lease.toSeconds())
                .getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new Claim((String) row[0], (String) row[1])));
    }

    /** Running external sessions past their deadline, locked (skipping those another replica has locked). */
    public Uni<List<String>> overdueExternal(int limit) {
        return getSession().chain(session -> session.createNativeQuery(
                "SELECT session_id FROM optimization_session WHERE status = 'running' AND kind = 'external'"
                        + " AND deadline_at < now() ORDER BY deadline_at FOR UPDATE SKIP LOCKED LIMIT :limit", String.class)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Gives the lease up at once (a run that stopped on an error), so the next claim need not wait for it. */
    public Uni<Integer> release(String sessionId, String holder) {
        return update("leaseExpiresAt = null where sessionId = ?1 and leaseHolder = ?2", sessionId, holder);
    }

    /** Extends the lease while {@code holder} still has it and the session runs; false when it was lost. */
    public Uni<Boolean> renew(String sessionId, String holder, Duration lease) {
        return getSession().chain(session -> session.createNativeQuery(
                "UPDATE optimization_session SET lease_expires_at = now() + make_interval(secs => :seconds)"
                        + " WHERE session_id = :id AND lease_holder = :holder AND status = 'running'")
                .setParameter("seconds", (double) lease.toSeconds())
                .setParameter("id", sessionId)
                .setParameter("holder", holder)
                .executeUpdate())
                .map(updated -> updated == 1);
    }
}
