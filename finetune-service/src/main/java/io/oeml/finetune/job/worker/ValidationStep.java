package io.oeml.finetune.job.worker;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.oeml.finetune.backend.TrainingBackend;
import io.oeml.finetune.backend.TrainingBackends;
import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetPreparation;
import io.oeml.finetune.dataset.DatasetRejectedException;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.dataset.ValidationTarget;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.finetune.hyperparameters.Hyperparameters;
import io.oeml.finetune.job.JobPhase;
import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.oeml.finetune.job.repository.JobRepository;
import io.oeml.finetune.job.repository.LogRepository;
import io.oeml.finetune.job.service.FinetuneJobsConfig;
import io.oeml.finetune.job.service.JobColumns;
import io.oeml.finetune.job.service.JobRecorder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;

/**
 * {@code validating}: the data checked and split for the base model ({@link DatasetPreparation#prepare}, blocking, on
 * a worker thread), then {@code queued} with the report, or {@code failed} with {@code VALIDATION_FAILED} and the
 * report. A job cancelled meanwhile, or claimed by another replica, is left as it is.
 */
@ApplicationScoped
public class ValidationStep {

    private static final Logger LOG = Logger.getLogger(ValidationStep.class);

    private final JobRepository jobs;
    private final LogRepository logs;
    private final JobRecorder recorder;
    private final JobColumns stored;
    private final DatasetPreparation preparation;
    private final BaseModelLookup lookup;
    private final TrainingBackends backends;
    private final FinetuneHostsConfig hosts;
    private final FinetuneJobsConfig config;

    public ValidationStep(JobRepository jobs, LogRepository logs, JobRecorder recorder, JobColumns stored,
            DatasetPreparation preparation, BaseModelLookup lookup, TrainingBackends backends,
            FinetuneHostsConfig hosts, FinetuneJobsConfig config) {
        this.jobs = jobs;
        this.logs = logs;
        this.recorder = recorder;
        this.stored = stored;
        this.preparation = preparation;
        this.lookup = lookup;
        this.backends = backends;
        this.hosts = hosts;
        this.config = config;
    }

    Uni<Void> run(FinetuneJob job, String self, Context context) {
        Hyperparameters hyperparameters = stored.hyperparameters(job.hyperparameters);
        TrainingBackend backend = backends.require(job.backend);
        DatasetSource source = new DatasetSource(Path.of(job.dataPath),
                job.dataType == null ? null : DataType.fromWire(job.dataType).orElse(null), job.datasetId);
        Path workDir = config.workDir().resolve(job.jobId).resolve("data");
        return lookup.find(hosts.localHost(), job.baseModel)
                .chain(base -> Uni.createFrom().item(() -> preparation.prepare(source, new ValidationTarget(base.name(),
                        base.contextLength(), hyperparameters.validationSplit(), hyperparameters.seed(),
                        backend.tokenCounter(base).orElse(null)), workDir))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .chain(prepared -> passed(job.jobId, self, prepared))
                .onFailure().recoverWithUni(failure -> failed(job.jobId, self, failure));
    }

    private Uni<Void> passed(String jobId, String self, PreparedDataset prepared) {
        return Panache.withTransaction(() -> ownLocked(jobId, self).chain(job -> {
            if (job == null) {
                return Uni.createFrom().voidItem();
            }
            job.validationReport = stored.write(prepared.report());
            job.trainPath = prepared.train().toString();
            job.validationPath = prepared.validation().toString();
            job.datasetSha256 = prepared.report().sha256();
            job.dataType = prepared.report().dataType() == null ? job.dataType : prepared.report().dataType().wire();
            job.queuedAt = Instant.now();
            job.leaseHolder = null;
            job.leaseExpiresAt = null;
            String summary = String.format(Locale.ROOT, "Validation passed: %d examples (%d train, %d validation), "
                    + "%d warning(s)", prepared.report().examples(), prepared.report().trainExamples(),
                    prepared.report().validationExamples(), prepared.report().warnings());
            return logs.persist(TrainingProgress.line(job, job.queuedAt, summary))
                    .chain(() -> recorder.to(job, JobStatus.QUEUED, null, JobPhase.VALIDATED, summary));
        })).replaceWithVoid();
    }

    private Uni<Void> failed(String jobId, String self, Throwable failure) {
        String code;
        String message = failure.getMessage();
        String report = null;
        if (failure instanceof DatasetRejectedException rejected) {
            code = DatasetRejectedException.CODE;
            report = stored.write(rejected.report());
        } else if (failure instanceof DatasetException dataset) {
            code = dataset.code();
        } else if (failure instanceof BaseModelNotFoundException) {
            code = "BASE_MODEL_NOT_FOUND";
        } else {
            LOG.errorf(failure, "validating fine-tuning job %s failed", jobId);
            code = "VALIDATION_ERROR";
            message = "validation could not run: " + failure.getMessage();
        }
        String storedReport = report;
        String reason = message;
        return Panache.withTransaction(() -> ownLocked(jobId, self).chain(job -> {
            if (job == null) {
                return Uni.createFrom().voidItem();
            }
            job.validationReport = storedReport;
            return logs.persist(TrainingProgress.line(job, Instant.now(), "Validation failed: " + reason))
                    .chain(() -> recorder.end(job, JobStatus.FAILED, code, reason)).replaceWithVoid();
        }));
    }

    /** The job while it is still validating under this replica's lease; null otherwise. */
    private Uni<FinetuneJob> ownLocked(String jobId, String self) {
        return jobs.lock(jobId).map(job -> job != null && JobStatus.VALIDATING.wire().equals(job.status)
                && self.equals(job.leaseHolder) ? job : null);
    }
}
