package io.oeml.finetune.job.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.finetune.JobTransitioned;
import io.oeml.finetune.job.JobPhase;
import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.oeml.finetune.job.entity.JobTransition;
import io.oeml.finetune.job.repository.JobRepository;
import io.oeml.finetune.job.repository.TransitionRepository;
import io.oeml.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * Every change of a job's status or phase, stored three ways in the caller's transaction: the job row, the next
 * numbered transition, and JobTransitioned in the outbox. The caller holds the job locked (or just created it), so
 * sequences never collide and an event exists exactly when its transition does.
 */
@ApplicationScoped
public class JobRecorder {

    private static final String SOURCE = "/finetune-service/job";

    private final JobRepository jobs;
    private final TransitionRepository transitions;
    private final Outbox outbox;

    public JobRecorder(JobRepository jobs, TransitionRepository transitions, Outbox outbox) {
        this.jobs = jobs;
        this.transitions = transitions;
        this.outbox = outbox;
    }

    /** A transition without an error. */
    public Uni<FinetuneJob> to(FinetuneJob job, JobStatus status, JobPhase phase, double progress, String message) {
        return record(job, status, phase, progress, null, message);
    }

    /** Ends the job failed or cancelled with a code and a reason; the lease is given up. */
    public Uni<FinetuneJob> end(FinetuneJob job, JobStatus status, String code, String message) {
        job.errorCode = code;
        job.errorMessage = message;
        return record(job, status, null, job.progress, code, message);
    }

    private Uni<FinetuneJob> record(FinetuneJob job, JobStatus status, JobPhase phase, double progress, String code,
            String message) {
        Instant now = Instant.now();
        String from = job.sequence == 0 ? null : job.status;
        job.status = status.wire();
        job.phase = phase == null ? null : phase.wire();
        job.progress = progress;
        job.sequence++;
        job.updatedAt = now;
        if (status.finished()) {
            job.finishedAt = now;
            job.leaseHolder = null;
            job.leaseExpiresAt = null;
            job.etaSeconds = null;
        }
        JobTransition transition = new JobTransition();
        transition.jobId = job.jobId;
        transition.sequence = job.sequence;
        transition.fromStatus = from;
        transition.status = job.status;
        transition.phase = job.phase;
        transition.progress = progress;
        transition.errorCode = code;
        transition.message = message;
        transition.at = now;
        JobTransitioned event = new JobTransitioned(job.jobId, job.owner, job.sequence, job.baseModel,
                job.targetModelName, job.backend, from, job.status, job.phase, progress, code, message, now);
        return jobs.persist(job)
                .chain(() -> transitions.persist(transition))
                .chain(() -> outbox.append(Topic.FINETUNE_JOB_EVENTS.topicName(), EventTypes.FINETUNE_JOB_TRANSITIONED,
                        SOURCE, job.jobId, event))
                .replaceWith(job);
    }
}
