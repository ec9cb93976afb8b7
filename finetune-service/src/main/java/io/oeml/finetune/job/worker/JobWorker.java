package io.oeml.finetune.job.worker;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.oeml.finetune.job.JobPhase;
import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.oeml.finetune.job.repository.JobRepository;
import io.oeml.finetune.job.repository.JobRepository.Claim;
import io.oeml.finetune.job.service.FinetuneJobsConfig;
import io.oeml.finetune.job.service.JobRecorder;
import io.oeml.finetune.job.service.LocalRuns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The background side of jobs on every replica. Each poll it claims one validating or training job whose lease is
 * free or expired (a training job claimed so was lost by its worker: resumed from the start of training, or failed
 * {@code WORKER_LOST} past {@code max-attempts}), and admits the oldest queued job that fits the limits into
 * training. It renews the leases it holds, and stops a run whose job was cancelled elsewhere or whose lease was lost.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final JobRepository jobs;
    private final JobRecorder recorder;
    private final ValidationStep validation;
    private final TrainingStep training;
    private final LocalRuns runs;
    private final FinetuneJobsConfig config;
    private final String self;
    /** The jobs this replica runs a step of. */
    private final Map<String, Boolean> held = new ConcurrentHashMap<>();

    public JobWorker(JobRepository jobs, JobRecorder recorder, ValidationStep validation, TrainingStep training,
            LocalRuns runs, FinetuneJobsConfig config, @ConfigProperty(name = "quarkus.uuid") String runId) {
        this.jobs = jobs;
        this.recorder = recorder;
        this.validation = validation;
        this.training = training;
        this.runs = runs;
        this.config = config;
        // HOSTNAME is the pod name in Kubernetes; the run id tells two processes (or two lives of one) apart.
        this.self = System.getenv().getOrDefault("HOSTNAME", "finetune-service") + "/" + runId;
    }

    /** This replica's name in {@code lease_holder}. */
    public String self() {
        return self;
    }

    // Scheduled Uni methods run on a safe duplicated Vert.x context, which the steps' transactions keep using.
    @Scheduled(identity = "finetune-job-claim", every = "${oeml.finetune-jobs.worker.poll-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        if (!config.worker().enabled()) {
            return Uni.createFrom().voidItem();
        }
        Context parent = Vertx.currentContext();
        return Panache.withTransaction(() -> jobs.claim(self, config.worker().lease())
                .chain(claim -> claim.isEmpty() ? Uni.createFrom().item(Optional.<FinetuneJob>empty())
                        : jobs.findById(claim.get().jobId()).chain(job -> claimed(job, claim.get()))))
                .invoke(job -> job.ifPresent(j -> launch(j, parent)))
                .chain(() -> Panache.withTransaction(this::admit))
                .invoke(job -> job.ifPresent(j -> launch(j, parent)))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("claiming fine-tuning jobs failed: %s", failure.getMessage());
                    return null;
                });
    }

    /** What a claimed job's step becomes: run (again), or ended because it was cancelled or lost too often. */
    private Uni<Optional<FinetuneJob>> claimed(FinetuneJob job, Claim claim) {
        boolean lost = claim.previousHolder() != null;
        if (job.cancelRequested) {
            return recorder.end(job, JobStatus.CANCELLED, "CANCELLED", "cancelled by its owner; its worker was lost")
                    .replaceWith(Optional.empty());
        }
        if (lost && claim.attempts() > config.worker().maxAttempts()) {
            return recorder.end(job, JobStatus.FAILED, "WORKER_LOST", "the worker running it (" + claim.previousHolder()
                    + ") stopped renewing its lease, " + config.worker().maxAttempts() + " attempt(s) in all; given up")
                    .replaceWith(Optional.empty());
        }
        if (lost && JobStatus.TRAINING.wire().equals(job.status)) {
            job.etaSeconds = null;
            return recorder.to(job, JobStatus.TRAINING, JobPhase.PREPARING, JobPhase.PREPARING.progress(0),
                    "resumed from the start of training after its worker (" + claim.previousHolder()
                            + ") was lost: attempt " + claim.attempts() + " of " + config.worker().maxAttempts())
                    .map(Optional::of);
        }
        return Uni.createFrom().item(Optional.of(job));
    }

    /** The oldest queued job that fits the limits, now training under this replica's lease. */
    private Uni<Optional<FinetuneJob>> admit() {
        return jobs.nextAdmissible(config.limits().runningTotal(), config.limits().runningPerOwner())
                .chain(id -> id.isEmpty() ? Uni.createFrom().item(Optional.<FinetuneJob>empty())
                        : jobs.findById(id.get()).chain(job -> {
                            job.attempts = 1;
                            job.leaseHolder = self;
                            job.leaseExpiresAt = Instant.now().plus(config.worker().lease());
                            return recorder.to(job, JobStatus.TRAINING, JobPhase.PREPARING,
                                    JobPhase.PREPARING.progress(0), "training started").map(Optional::of);
                        }));
    }

    /** Runs the job's step on a context of its own: Hibernate Reactive keeps one session per context. */
    private void launch(FinetuneJob job, Context parent) {
        held.put(job.jobId, Boolean.TRUE);
        Context context = VertxContext.createNewDuplicatedContext(parent);
        VertxContextSafetyToggle.setContextSafe(context, true);
        LOG.infof("fine-tuning job %s: %s (attempt %d)", job.jobId, job.status, job.attempts);
        context.runOnContext(ignored -> (JobStatus.VALIDATING.wire().equals(job.status)
                ? validation.run(job, self, context)
                : training.run(job, self, new ClaimedJob(job.jobId, job.attempts, context)))
                .onTermination().invoke(() -> held.remove(job.jobId))
                .subscribe().with(done -> LOG.infof("fine-tuning job %s: step ended", job.jobId),
                        failure -> LOG.errorf(failure, "fine-tuning job %s: step stopped on an error", job.jobId)));
    }

    @Scheduled(identity = "finetune-job-renew", every = "${oeml.finetune-jobs.worker.renew-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> renewLeases() {
        return Multi.createFrom().iterable(Map.copyOf(held).keySet())
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> jobs.renew(id, self,
                        config.worker().lease())).invoke(renewed -> {
                            // lost (another replica resumed it) or cancelled elsewhere: the trainer stops either way
                            if (renewed.isEmpty() || renewed.get()) {
                                runs.cancel(id);
                            }
                        }))
                .collect().asList().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("renewing fine-tuning job leases failed: %s", failure.getMessage());
                    return null;
                });
    }
}
