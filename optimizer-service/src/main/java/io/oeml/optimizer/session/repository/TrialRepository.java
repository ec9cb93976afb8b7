package io.oeml.optimizer.session.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.session.TrialStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TrialRepository implements PanacheRepositoryBase<OptimizationTrial, OptimizationTrial.Key> {

    public Uni<List<OptimizationTrial>> ofSession(String sessionId) {
        return find("sessionId", Sort.by("trialNumber"), sessionId).list();
    }

    /** The told trials in the order they were told: the history {@code Strategies.restore} replays. */
    public Uni<List<OptimizationTrial>> completedInToldOrder(String sessionId) {
        return find("sessionId = ?1 and status = ?2", Sort.by("toldOrder"), sessionId, TrialStatus.COMPLETED).list();
    }

    /** The trial, locked for update: its asked to completed transition happens once. */
    public Uni<OptimizationTrial> lock(String sessionId, int trialNumber) {
        return findById(new OptimizationTrial.Key(sessionId, trialNumber), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Marks every trial still asked as abandoned (its strategy is gone); the count. */
    public Uni<Integer> abandonAsked(String sessionId) {
        return update("status = ?1 where sessionId = ?2 and status = ?3", TrialStatus.ABANDONED, sessionId,
                TrialStatus.ASKED);
    }

    /** The next trial number no stored trial of the session has. */
    public Uni<Integer> nextNumber(String sessionId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select coalesce(max(trialNumber) + 1, 0) from OptimizationTrial where sessionId = :id", Integer.class)
                .setParameter("id", sessionId)
                .getSingleResult());
    }

    public Uni<Long> countAsked(String sessionId) {
        return count("sessionId = ?1 and status = ?2", sessionId, TrialStatus.ASKED);
    }

    /** The best trial of each of these sessions that has one. */
    public Uni<List<OptimizationTrial>> bestOf(List<String> sessionIds) {
        return getSession().chain(session -> session.createSelectionQuery("select t from OptimizationTrial t,"
                + " OptimizationSession s where s.sessionId = t.sessionId and s.bestTrial = t.trialNumber"
                + " and s.sessionId in :ids", OptimizationTrial.class)
                .setParameter("ids", sessionIds)
                .getResultList());
    }
}
