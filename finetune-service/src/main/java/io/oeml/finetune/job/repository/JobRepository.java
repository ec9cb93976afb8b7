package io.oeml.finetune.job.repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class JobRepository implements PanacheRepositoryBase<FinetuneJob, String> {

    /** Serialises admissions from queued to training over every replica, so the limits hold. */
    private static final long ADMISSION_LOCK = 0x6f656d6c_66746a6fL;

    /** The job, locked for update until the transaction ends. */
    public Uni<FinetuneJob> lock(String jobId) {
        return findById(jobId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Serialises one owner's creates until the transaction ends, so the waiting cap holds. */
    public Uni<Void> lockOwner(String owner) {
        return getSession().chain(session -> session.createNativeQuery(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:owner))) locked", Integer.class)
                .setParameter("owner", owner).getSingleResult()).replaceWithVoid();
    }

    public Uni<Long> countWaiting(String owner) {
        return count("owner = ?1 and status in ?2", owner,
                List.of(JobStatus.PENDING.wire(), JobStatus.VALIDATING.wire(), JobStatus.QUEUED.wire()));
    }

    /** Newest first; {@code owner} null lists every owner's (an admin), {@code status} null every status. */
    public Uni<List<FinetuneJob>> list(String owner, JobStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (owner != null) {
            query.append(" and owner = :owner");
            parameters.and("owner", owner);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status.wire());
        }
        return find(query.toString(), Sort.descending("createdAt"), parameters).list();
    }

    /** A job this replica claimed: its status then, and who held it before (null: nobody ran this step yet). */
    public record Claim(String jobId, String status, String previousHolder, int attempts) {
    }

    /**
     * Claims one validating or training job whose lease is free or expired, for {@code holder}, counting the attempt:
     * the row is taken with FOR UPDATE SKIP LOCKED, so two replicas never claim the same job. In a transaction.
     */
    public Uni<Optional<Claim>> claim(String holder, Duration lease) {
        return getSession().chain(session -> session.createNativeQuery(
                "UPDATE finetune_job j SET lease_holder = :holder,"
                        + " lease_expires_at = now() + make_interval(secs => :seconds), attempts = j.attempts + 1"
                        + " FROM (SELECT job_id, lease_holder FROM finetune_job"
                        + " WHERE status IN ('validating', 'training')"
                        + " AND (lease_expires_at IS NULL OR lease_expires_at < now())"
                        + " ORDER BY updated_at FOR UPDATE SKIP LOCKED LIMIT 1) claimed"
                        + " WHERE j.job_id = claimed.job_id"
                        + " RETURNING j.job_id, j.status, claimed.lease_holder, j.attempts", Object[].class)
                .setParameter("holder", holder)
                .setParameter("seconds", (double) lease.toSeconds())
                .getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new Claim((String) row[0], (String) row[1],
                        (String) row[2], ((Number) row[3]).intValue())));
    }

    /**
     * The oldest queued job that fits the limits (running jobs in total and of its owner), locked; empty when none
     * fits. Takes the admission lock first, so two replicas never admit past a limit. In a transaction.
     */
    public Uni<Optional<String>> nextAdmissible(int runningTotal, int runningPerOwner) {
        return getSession().chain(session -> session.createNativeQuery(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(:lock)) locked", Integer.class)
                .setParameter("lock", ADMISSION_LOCK).getSingleResult()
                .chain(() -> session.createNativeQuery(
                        "SELECT q.job_id FROM finetune_job q WHERE q.status = 'queued'"
                                + " AND (SELECT count(*) FROM finetune_job t WHERE t.status = 'training') < :total"
                                + " AND (SELECT count(*) FROM finetune_job o WHERE o.status = 'training'"
                                + " AND o.owner = q.owner) < :perOwner"
                                + " ORDER BY q.queued_at, q.job_id FOR UPDATE SKIP LOCKED LIMIT 1", String.class)
                        .setParameter("total", runningTotal)
                        .setParameter("perOwner", runningPerOwner)
                        .getResultList()))
                .map(ids -> ids.stream().findFirst());
    }

    /**
     * Extends the lease while {@code holder} still has it and the job runs a step.
     *
     * @return empty when the lease was lost; else whether a cancel was asked for
     */
    public Uni<Optional<Boolean>> renew(String jobId, String holder, Duration lease) {
        return getSession().chain(session -> session.createNativeQuery(
                "UPDATE finetune_job SET lease_expires_at = now() + make_interval(secs => :seconds)"
                        + " WHERE job_id = :id AND lease_holder = :holder AND status IN ('validating', 'training')"
                        + " RETURNING cancel_requested", Boolean.class)
                .setParameter("seconds", (double) lease.toSeconds())
                .setParameter("id", jobId)
                .setParameter("holder", holder)
                .getResultList())
                .map(rows -> rows.stream().findFirst());
    }
}
