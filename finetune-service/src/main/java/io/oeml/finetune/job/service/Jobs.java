package io.oeml.finetune.job.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelLookup;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.oeml.finetune.backend.BaseNotTrainableException;
import io.oeml.finetune.backend.TrainingBackend;
import io.oeml.finetune.backend.TrainingBackends;
import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetLocator;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.finetune.hyperparameters.HyperparameterResolver;
import io.oeml.finetune.hyperparameters.Hyperparameters;
import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.oeml.finetune.job.entity.JobMetric;
import io.oeml.finetune.job.repository.JobRepository;
import io.oeml.finetune.job.repository.LogRepository;
import io.oeml.finetune.job.repository.MetricRepository;
import io.oeml.finetune.job.repository.TransitionRepository;
import io.oeml.identity.Owner;
import io.oeml.ollama.client.model.ModelNames;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/**
 * The job API's side of the lifecycle: create (every check before a row is written), start, cancel, and the reads.
 * The worker does the rest. Every call waits on Postgres at most {@link DatabaseDeadline}'s bound (then a 503).
 */
@ApplicationScoped
public class Jobs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CAPABILITIES = 32;

    private final JobRepository jobs;
    private final TransitionRepository transitions;
    private final MetricRepository metrics;
    private final LogRepository logs;
    private final JobRecorder recorder;
    private final JobColumns stored;
    private final DatasetLocator locator;
    private final BaseModelLookup lookup;
    private final TrainingBackends backends;
    private final LocalRuns runs;
    private final FinetuneJobsConfig config;
    private final FinetuneHostsConfig hosts;
    private final DatabaseDeadline deadline;

    public Jobs(JobRepository jobs, TransitionRepository transitions, MetricRepository metrics, LogRepository logs,
            JobRecorder recorder, JobColumns stored, DatasetLocator locator, BaseModelLookup lookup,
            TrainingBackends backends, LocalRuns runs, FinetuneJobsConfig config, FinetuneHostsConfig hosts,
            DatabaseDeadline deadline) {
        this.jobs = jobs;
        this.transitions = transitions;
        this.metrics = metrics;
        this.logs = logs;
        this.recorder = recorder;
        this.stored = stored;
        this.locator = locator;
        this.lookup = lookup;
        this.backends = backends;
        this.runs = runs;
        this.config = config;
        this.hosts = hosts;
        this.deadline = deadline;
    }

    /** The form checked, the data located, the base found and trainable, then a pending job. */
    public Uni<JobView> create(Owner owner, CreateJob form) {
        String baseModel = required("base_model", form.baseModel());
        String target = targetName(form.targetModelName(), baseModel);
        String dataPath = required("training_data_path", form.trainingDataPath());
        DataType declared = form.dataType() == null || form.dataType().isBlank() ? null
                : DataType.fromWire(form.dataType().trim()).orElseThrow(() -> JobException.invalid("data_type",
                        "must be one of jsonl, csv, text, conversation (or absent to detect it)"));
        Hyperparameters hyperparameters = HyperparameterResolver.resolve(form.hyperparameters());
        List<String> capabilities = capabilities(form.targetCapabilities());
        TrainingBackend backend = backend(form.backend());
        return Uni.createFrom().deferred(() -> locator.locate(owner, dataPath, declared))
                .onFailure(DatasetException.class).transform(failure -> {
                    DatasetException e = (DatasetException) failure;
                    return new JobException(e.status(), e.code(), "parameter 'training_data_path': " + e.getMessage());
                })
                .chain(source -> lookup.find(hosts.localHost(), baseModel)
                        .onFailure(BaseModelNotFoundException.class).transform(failure -> new JobException(422,
                                JobException.BASE_MODEL_NOT_FOUND, failure.getMessage()))
                        .invoke(base -> trainable(backend, base))
                        .chain(base -> deadline.inTransaction(() -> jobs.lockOwner(owner.owner())
                                .chain(() -> jobs.countWaiting(owner.owner()))
                                .chain(waiting -> {
                                    if (waiting >= config.limits().waitingPerOwner()) {
                                        return Uni.createFrom().failure(new JobException(429, JobException.JOB_LIMIT,
                                                "you already have " + waiting + " jobs waiting (pending, validating "
                                                        + "or queued), the most allowed; start or cancel one first"));
                                    }
                                    return recorder.to(newJob(owner, form, baseModel, target, source, backend,
                                            hyperparameters, capabilities), JobStatus.PENDING, null, 0,
                                            "created for " + baseModel + " with " + backend.name().wire());
                                }))))
                .chain(job -> view(job, false));
    }

    /** pending → validating; the worker validates the data next. */
    public Uni<JobView> start(Owner owner, String jobId) {
        return deadline.inTransaction(() -> visibleLocked(owner, jobId).chain(job -> {
            if (!JobStatus.PENDING.wire().equals(job.status)) {
                return Uni.createFrom().failure(JobException.state(jobId, job.status, "start (only a pending job)"));
            }
            job.startTime = Instant.now();
            job.attempts = 0;
            return recorder.to(job, JobStatus.VALIDATING, null, 0, "started: validating the training data");
        })).chain(job -> view(job, true));
    }

    /**
     * A waiting job becomes cancelled at once; a training job's run is stopped (here, or by the replica that runs it,
     * at its next lease renewal) and the run records the cancellation.
     */
    public Uni<JobView> cancel(Owner owner, String jobId) {
        return deadline.inTransaction(() -> visibleLocked(owner, jobId).chain(job -> {
            JobStatus status = JobStatus.of(job.status);
            if (status.finished()) {
                return Uni.createFrom().failure(JobException.state(jobId, job.status, "cancel"));
            }
            if (status == JobStatus.TRAINING) {
                job.cancelRequested = true;
                job.updatedAt = Instant.now();
                return jobs.persist(job);
            }
            return recorder.end(job, JobStatus.CANCELLED, "CANCELLED", "cancelled by its owner while " + job.status);
        })).invoke(job -> {
            if (job.cancelRequested) {
                runs.cancel(jobId);
            }
        }).chain(job -> view(job, true));
    }

    public Uni<JobView> status(Owner owner, String jobId) {
        return deadline.inSession(() -> visible(owner, jobId).chain(job -> view(job, true)));
    }

    /** The owner's jobs (an admin's: everyone's), newest first, filtered in the query. */
    public Uni<List<JobView>> list(Owner owner, String status) {
        JobStatus filter = status == null || status.isBlank() ? null : JobStatus.fromWire(status.trim())
                .orElseThrow(() -> JobException.invalid("status", "must be one of " + JobStatus.names()));
        return deadline.inSession(() -> jobs.list(owner.filter(), filter))
                .map(list -> list.stream().map(job -> view(job, null, null, null)).toList());
    }

    /** The job's progress now, for the stream. */
    public Uni<JobProgress> progress(Owner owner, String jobId) {
        return deadline.inSession(() -> visible(owner, jobId).chain(job -> metrics.latest(jobId, JobMetric.STEP)
                .map(step -> new JobProgress(job.jobId, job.status, job.phase, job.progress, job.etaSeconds,
                        job.sequence, MetricView.of(step), job.errorCode == null ? null
                                : new JobView.JobError(job.errorCode, job.errorMessage), job.deployedModel))));
    }

    public Uni<List<TransitionView>> events(Owner owner, String jobId) {
        return deadline.inSession(() -> visible(owner, jobId).chain(job -> transitions.of(jobId)))
                .map(rows -> rows.stream().map(TransitionView::of).toList());
    }

    /** Every step's and epoch's figures, oldest first. */
    public Uni<List<MetricView>> metrics(Owner owner, String jobId) {
        return deadline.inSession(() -> visible(owner, jobId).chain(job -> metrics.of(jobId)))
                .map(rows -> rows.stream().map(MetricView::of).toList());
    }

    private Uni<FinetuneJob> visible(Owner owner, String jobId) {
        return jobs.findById(jobId).onItem().ifNull().failWith(() -> JobException.notFound(jobId))
                .invoke(job -> requireVisible(owner, job));
    }

    private Uni<FinetuneJob> visibleLocked(Owner owner, String jobId) {
        return jobs.lock(jobId).onItem().ifNull().failWith(() -> JobException.notFound(jobId))
                .invoke(job -> requireVisible(owner, job));
    }

    private static void requireVisible(Owner owner, FinetuneJob job) {
        if (!owner.sees(job.owner)) {
            throw JobException.notFound(job.jobId);
        }
    }

    private Uni<JobView> view(FinetuneJob job, boolean withLogs) {
        if (!withLogs) {
            return Uni.createFrom().item(view(job, null, null, null));
        }
        return deadline.inSession(() -> logs.lines(job.jobId)
                .chain(lines -> metrics.latest(job.jobId, JobMetric.STEP)
                        .chain(step -> metrics.latest(job.jobId, JobMetric.EPOCH)
                                .map(epoch -> view(job, lines, MetricView.of(step), MetricView.of(epoch))))));
    }

    private JobView view(FinetuneJob job, List<String> lines, MetricView step, MetricView epoch) {
        return new JobView(job.jobId, job.owner, job.baseModel, job.targetModelName, job.status, job.phase,
                job.progress, job.startTime, lines, job.trainingDataPath, job.dataType, job.backend,
                stored.hyperparameters(job.hyperparameters), stored.strings(job.targetCapabilities), job.etaSeconds,
                new JobView.LatestMetrics(step, epoch),
                job.errorCode == null ? null : new JobView.JobError(job.errorCode, job.errorMessage),
                ValidationSummary.of(stored.report(job.validationReport)), job.deployedModel, job.deployedVersion,
                job.cancelRequested, job.attempts, job.sequence, job.createdAt, job.finishedAt);
    }

    private FinetuneJob newJob(Owner owner, CreateJob form, String baseModel, String target, DatasetSource source,
            TrainingBackend backend, Hyperparameters hyperparameters, List<String> capabilities) {
        Instant now = Instant.now();
        FinetuneJob job = new FinetuneJob();
        job.jobId = UUID.randomUUID().toString();
        job.owner = owner.owner();
        job.baseModel = baseModel;
        job.targetModelName = target;
        job.trainingDataPath = form.trainingDataPath().trim();
        job.dataPath = source.path().toString();
        job.datasetId = source.datasetId();
        job.dataType = source.declared() == null ? null : source.declared().wire();
        job.backend = backend.name().wire();
        job.hyperparameters = stored.write(hyperparameters);
        job.targetCapabilities = stored.write(capabilities);
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    private static void trainable(TrainingBackend backend, BaseModel base) {
        try {
            backend.checkTrainable(base);
        } catch (BaseNotTrainableException e) {
            throw new JobException(422, JobException.BASE_NOT_TRAINABLE, e.getMessage());
        }
    }

    private TrainingBackend backend(String name) {
        String wire = name == null || name.isBlank() ? config.defaultBackend() : name.trim();
        BackendName backend = BackendName.fromWire(wire).orElseThrow(() -> JobException.invalid("backend",
                "must be one of llama_cpp, modelfile, external"));
        return backends.of(backend).orElseThrow(() -> JobException.invalid("backend",
                "'" + wire + "' is not available in this service"));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw JobException.invalid(field, "is required");
        }
        return value.trim();
    }

    private static String targetName(String value, String baseModel) {
        String name = required("target_model_name", value);
        if (!ModelNames.isLocalName(name)) {
            throw JobException.invalid("target_model_name", "'" + name + "' is not a model name: "
                    + ModelNames.LOCAL_NAME_RULE);
        }
        if (ModelNames.hasTag(name)) {
            throw JobException.invalid("target_model_name", "'" + name + "' has a tag; give the name alone: each "
                    + "deployment becomes the next version, name:v1, name:v2, ...");
        }
        if (ModelNames.same(name, baseModel)) {
            throw JobException.invalid("target_model_name", "'" + name + "' would replace the base model");
        }
        return name;
    }

    private static List<String> capabilities(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw JobException.invalid("target_capabilities", "is not valid JSON; give a JSON array of strings");
        }
        if (tree == null || !tree.isArray() || tree.size() > MAX_CAPABILITIES) {
            throw JobException.invalid("target_capabilities", "must be a JSON array of at most " + MAX_CAPABILITIES
                    + " strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : tree) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > 100) {
                throw JobException.invalid("target_capabilities", "must hold non-empty strings of at most 100 "
                        + "characters");
            }
            values.add(item.asText());
        }
        return List.copyOf(values);
    }
}
