package io.oeml.finetune.job.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.TrainingBackend;
import io.oeml.finetune.backend.TrainingBackends;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingRequest;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.deploy.DeployRequest;
import io.oeml.finetune.deploy.DeployedVersion;
import io.oeml.finetune.deploy.ModelDeployment;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.finetune.job.JobPhase;
import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.oeml.finetune.job.repository.JobRepository;
import io.oeml.finetune.job.repository.LogRepository;
import io.oeml.finetune.job.service.FinetuneJobsConfig;
import io.oeml.finetune.job.service.JobColumns;
import io.oeml.finetune.job.service.JobRecorder;
import io.oeml.finetune.job.service.LocalRuns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;

/**
 * {@code training}: the backend's run from the start (a resumed job runs again from here), its progress flushed
 * every {@code flush-every}, then {@code deploying} through {@link ModelDeployment} (idempotent per job, so a resumed
 * job never deploys twice) and {@code completed}; or {@code failed} with the trainer's code, or {@code cancelled}.
 */
@ApplicationScoped
public class TrainingStep {

    private static final Logger LOG = Logger.getLogger(TrainingStep.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(100);

    private final JobRepository jobs;
    private final LogRepository logs;
    private final JobRecorder recorder;
    private final JobColumns stored;
    private final TrainingProgress progress;
    private final BaseModelLookup lookup;
    private final TrainingBackends backends;
    private final ModelDeployment deployment;
    private final LocalRuns runs;
    private final FinetuneHostsConfig hosts;
    private final FinetuneJobsConfig config;
    private final Vertx vertx;

    public TrainingStep(JobRepository jobs, LogRepository logs, JobRecorder recorder, JobColumns stored,
            TrainingProgress progress, BaseModelLookup lookup, TrainingBackends backends, ModelDeployment deployment,
            LocalRuns runs, FinetuneHostsConfig hosts, FinetuneJobsConfig config, Vertx vertx) {
        this.jobs = jobs;
        this.logs = logs;
        this.recorder = recorder;
        this.stored = stored;
        this.progress = progress;
        this.lookup = lookup;
        this.backends = backends;
        this.deployment = deployment;
        this.runs = runs;
        this.hosts = hosts;
        this.config = config;
        this.vertx = vertx;
    }

    Uni<Void> run(FinetuneJob job, String self, ClaimedJob claimed) {
        TrainingBackend backend = backends.require(job.backend);
        Path workDir = config.workDir().resolve(job.jobId).resolve("train");
        PreparedDataset data = new PreparedDataset(Path.of(job.trainPath), Path.of(job.validationPath),
                stored.report(job.validationReport));
        return lookup.find(hosts.localHost(), job.baseModel)
                .chain(base -> Uni.createFrom().item(() -> {
                    try {
                        Files.createDirectories(workDir);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("cannot create the job's work directory " + workDir, e);
                    }
                    var run = backend.start(new TrainingRequest(job.jobId, base, data,
                            stored.hyperparameters(job.hyperparameters), workDir), claimed.events::add);
                    runs.started(job.jobId, run);
                    return run;
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(claimed.executor())
                        .invoke(run -> startFlushing(claimed, self))
                        .chain(run -> Uni.createFrom().completionStage(run::completion))
                        .emitOn(claimed.executor())
                        .onItemOrFailure().transformToUni((result, failure) -> lastFlush(claimed, self)
                                .chain(() -> failure == null ? deploy(job.jobId, self, base, result)
                                        : failed(job.jobId, self, failure))))
                .onFailure().recoverWithUni(failure -> failed(job.jobId, self, failure))
                .onTermination().invoke(() -> runs.ended(job.jobId));
    }

    private void startFlushing(ClaimedJob claimed, String self) {
        claimed.flushTimer = vertx.setPeriodic(config.worker().flushEvery().toMillis(), id -> claimed.context
                .runOnContext(ignored -> {
                    if (claimed.flushing || claimed.finished) {
                        return;
                    }
                    claimed.flushing = true;
                    progress.flush(claimed, self).subscribe().with(done -> claimed.flushing = false, failure -> {
                        claimed.flushing = false;
                        LOG.warnf("storing the progress of fine-tuning job %s failed: %s", claimed.jobId,
                                failure.getMessage());
                    });
                }));
    }

    /** The periodic flushes stopped, the one under way finished, then what is left written. */
    private Uni<Void> lastFlush(ClaimedJob claimed, String self) {
        if (claimed.flushTimer >= 0) {
            vertx.cancelTimer(claimed.flushTimer);
        }
        claimed.finished = true;
        if (claimed.flushing) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(IDLE_POLL).emitOn(claimed.executor())
                    .chain(() -> lastFlush(claimed, self));
        }
        return progress.flush(claimed, self);
    }

    private Uni<Void> deploy(String jobId, String self, BaseModel base, TrainingResult result) {
        return Panache.withTransaction(() -> ownLocked(jobId, self).chain(job -> job == null ? Uni.createFrom().nullItem()
                : recorder.to(job, JobStatus.TRAINING, JobPhase.DEPLOYING, JobPhase.DEPLOYING.progress(0),
                        "deploying as the next version of " + job.targetModelName)))
                .chain(job -> job == null ? Uni.createFrom().voidItem() : deployment.deploy(request(job, base, result))
                        .chain(version -> completed(jobId, self, version))
                        .onFailure().recoverWithUni(failure -> end(jobId, self, JobStatus.FAILED, "DEPLOY_FAILED",
                                "deployment failed: " + failure.getMessage())));
    }

    private Uni<Void> completed(String jobId, String self, DeployedVersion version) {
        return Panache.withTransaction(() -> ownLocked(jobId, self).chain(job -> {
            if (job == null) {
                return Uni.createFrom().voidItem();
            }
            job.deployedModel = version.model();
            job.deployedVersion = version.version();
            String message = "Deployed as " + version.model() + " on " + version.host();
            Instant now = Instant.now();
            return logs.persist(TrainingProgress.line(job, now, answersLine(version)))
                    .chain(() -> logs.persist(TrainingProgress.line(job, now, message)))
                    .chain(() -> recorder.to(job, JobStatus.COMPLETED, null, 1, message)).replaceWithVoid();
        }));
    }

    private static String answersLine(DeployedVersion version) {
        AnswerAccuracy answers = version.answerAccuracy();
        return answers == null ? "Answer accuracy was not measured (no validation prompts with an answer, or the host "
                + "did not answer them)" : String.format(Locale.ROOT, "Answer accuracy on %d validation prompts "
                        + "(token-overlap F1 with the data's answer, temperature 0): base %.4f, tuned %.4f",
                        answers.examples(), answers.base(), answers.tuned());
    }

    private Uni<Void> failed(String jobId, String self, Throwable failure) {
        if (failure instanceof TrainingFailedException trainer) {
            return TrainingFailedException.CANCELLED.equals(trainer.code())
                    ? end(jobId, self, JobStatus.CANCELLED, "CANCELLED", "cancelled by its owner during training")
                    : end(jobId, self, JobStatus.FAILED, trainer.code(), trainer.getMessage());
        }
        LOG.errorf(failure, "training fine-tuning job %s failed", jobId);
        return end(jobId, self, JobStatus.FAILED, "TRAINING_ERROR", "training could not run: " + failure.getMessage());
    }

    private Uni<Void> end(String jobId, String self, JobStatus status, String code, String message) {
        return Panache.withTransaction(() -> ownLocked(jobId, self).chain(job -> job == null ? Uni.createFrom()
                .voidItem() : logs.persist(TrainingProgress.line(job, Instant.now(), message))
                        .chain(() -> recorder.end(job, status, code, message)).replaceWithVoid()));
    }

    private static DeployRequest request(FinetuneJob job, BaseModel base, TrainingResult result) {
        boolean accuracy = "validation_accuracy".equals(result.scoreName());
        return new DeployRequest(job.jobId, job.owner, job.targetModelName, base,
                BackendName.fromWire(job.backend).orElseThrow(), result.artifact(), job.datasetSha256,
                result.scoreName(), result.base() == null ? null : accuracy ? result.base().accuracy() : result.base().loss(),
                result.tuned() == null ? null : accuracy ? result.tuned().accuracy() : result.tuned().loss(),
                job.validationPath == null ? null : Path.of(job.validationPath), result.answers());
    }

    /** The job while it is still training under this replica's lease; null otherwise (lost or ended meanwhile). */
    private Uni<FinetuneJob> ownLocked(String jobId, String self) {
        return jobs.lock(jobId).map(job -> job != null && JobStatus.TRAINING.wire().equals(job.status)
                && self.equals(job.leaseHolder) ? job : null);
    }
}
