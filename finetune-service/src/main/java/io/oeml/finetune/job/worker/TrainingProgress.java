package io.oeml.finetune.job.worker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.job.JobPhase;
import io.oeml.finetune.job.JobStatus;
import io.oeml.finetune.job.entity.FinetuneJob;
import io.oeml.finetune.job.entity.JobLog;
import io.oeml.finetune.job.entity.JobMetric;
import io.oeml.finetune.job.repository.JobRepository;
import io.oeml.finetune.job.repository.LogRepository;
import io.oeml.finetune.job.repository.MetricRepository;
import io.oeml.finetune.job.service.JobRecorder;
import io.oeml.finetune.trainer.TrainerEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes what a run reported since the last flush in one transaction: phase changes as transitions (with their
 * events), step and epoch figures, log lines (epochs in the seed's {@code Epoch 2/3 completed. Loss: 0.3000,
 * Accuracy: 0.8000} form), progress and ETA. Frequent trainer lines cost one transaction per flush, not one each.
 */
@ApplicationScoped
public class TrainingProgress {

    private final JobRepository jobs;
    private final MetricRepository metrics;
    private final LogRepository logs;
    private final JobRecorder recorder;

    public TrainingProgress(JobRepository jobs, MetricRepository metrics, LogRepository logs, JobRecorder recorder) {
        this.jobs = jobs;
        this.metrics = metrics;
        this.logs = logs;
        this.recorder = recorder;
    }

    /** Call on the run's context, one flush at a time. Nothing is written once the lease is no longer {@code self}'s. */
    Uni<Void> flush(ClaimedJob claimed, String self) {
        List<TrainerEvent> batch = new ArrayList<>();
        for (TrainerEvent event = claimed.events.poll(); event != null; event = claimed.events.poll()) {
            batch.add(event);
        }
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> jobs.lock(claimed.jobId).chain(job -> {
            if (job == null || !JobStatus.TRAINING.wire().equals(job.status) || !self.equals(job.leaseHolder)) {
                return Uni.createFrom().voidItem();
            }
            List<JobLog> lines = new ArrayList<>();
            List<JobMetric> rows = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (TrainerEvent event : batch) {
                // each event in the chain, in order: a transition records the progress of the events before it
                chain = chain.chain(() -> apply(claimed, job, event, lines, rows));
            }
            // Panache's persist of an empty list fails ("The Uni set is empty"): a batch of steps has no log line
            return chain.chain(() -> lines.isEmpty() ? Uni.createFrom().voidItem() : logs.persist(lines))
                    .chain(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : metrics.persist(rows))
                    .chain(() -> jobs.persist(job)).replaceWithVoid();
        })).onFailure().invoke(failure -> {
            // rolled back: the next flush stores these events, so no step, epoch or log line is lost
            for (int i = batch.size() - 1; i >= 0; i--) {
                claimed.events.addFirst(batch.get(i));
            }
        });
    }

    private Uni<Void> apply(ClaimedJob claimed, FinetuneJob job, TrainerEvent event, List<JobLog> lines,
            List<JobMetric> rows) {
        Instant now = Instant.now();
        if (event instanceof TrainerEvent.Phase phase) {
            lines.add(line(job, now, "Phase " + phase.phase() + (phase.message() == null ? "" : ": "
                    + phase.message())));
            return enter(job, jobPhase(phase.phase()), phase.message());
        }
        if (event instanceof TrainerEvent.Step step) {
            rows.add(step(claimed, job, step, now));
            return enter(job, JobPhase.TRAINING, null).invoke(() -> {
                job.progress = JobPhase.TRAINING.progress(step.totalSteps() == 0 ? 0
                        : (double) step.step() / step.totalSteps());
                job.etaSeconds = claimed.eta(step);
            });
        }
        if (event instanceof TrainerEvent.Evaluation evaluation) {
            lines.add(line(job, now, String.format(Locale.ROOT,
                    "Evaluation of the %s model on the %s split: loss %.4f, perplexity %.4f, accuracy %.4f "
                            + "(%d tokens)", evaluation.model(), evaluation.split(), evaluation.loss(),
                    evaluation.perplexity(), evaluation.accuracy(), evaluation.tokens())));
            return enter(job, JobPhase.EVALUATING, null).invoke(() -> job.progress = JobPhase.EVALUATING
                    .progress(TrainerEvent.Evaluation.TUNED.equals(evaluation.model()) ? 1 : 0.5));
        }
        if (event instanceof TrainerEvent.Epoch epoch) {
            rows.add(epoch(claimed, job, epoch, now));
            lines.add(line(job, now, String.format(Locale.ROOT, "Epoch %d/%d completed. Loss: %.4f, Accuracy: %.4f",
                    epoch.epoch(), epoch.epochs(), epoch.trainLoss(), epoch.trainAccuracy())));
            if (epoch.valLoss() != null) {
                lines.add(line(job, now, String.format(Locale.ROOT,
                        "Epoch %d/%d validation. Loss: %.4f, Accuracy: %.4f", epoch.epoch(), epoch.epochs(),
                        epoch.valLoss(), epoch.valAccuracy() == null ? Double.NaN : epoch.valAccuracy())));
            }
        } else if (event instanceof TrainerEvent.Plan plan) {
            lines.add(line(job, now, String.format(Locale.ROOT,
                    "Plan: %d examples, %d training and %d validation windows of %d tokens, %d steps per epoch x %d "
                            + "epochs = %d steps", plan.examples(), plan.trainWindows(), plan.valWindows(), plan.ctx(),
                    plan.stepsPerEpoch(), plan.epochs(), plan.totalSteps())));
        } else if (event instanceof TrainerEvent.Artifact artifact) {
            lines.add(line(job, now, "Artifact: " + artifact.path() + " (" + artifact.format() + ", "
                    + artifact.quantization() + ", " + artifact.bytes() + " bytes)"));
        } else if (event instanceof TrainerEvent.Failure failure) {
            lines.add(line(job, now, "Trainer failure " + failure.code() + ": " + failure.message()));
        } else if (event instanceof TrainerEvent.Log log) {
            lines.add(line(job, now, "[" + log.level() + "] " + log.message()));
        }
        return Uni.createFrom().voidItem();
    }

    /** A transition into {@code phase} when it is later than the job's; phases never go back within a run. */
    private Uni<Void> enter(FinetuneJob job, JobPhase phase, String message) {
        JobPhase current = job.phase == null ? null : JobPhase.valueOf(job.phase.toUpperCase(Locale.ROOT));
        if (current != null && current.ordinal() >= phase.ordinal()) {
            return Uni.createFrom().voidItem();
        }
        return recorder.to(job, JobStatus.TRAINING, phase, Math.max(job.progress, phase.progress(0)),
                message == null ? phase.wire() : message).replaceWithVoid();
    }

    /** The trainer's phases onto the job's: saving the result is the end of evaluating. */
    private static JobPhase jobPhase(String trainerPhase) {
        return switch (trainerPhase) {
            case "preparing" -> JobPhase.PREPARING;
            case "training" -> JobPhase.TRAINING;
            default -> JobPhase.EVALUATING;
        };
    }

    static JobLog line(FinetuneJob job, Instant at, String text) {
        JobLog line = new JobLog();
        line.jobId = job.jobId;
        line.line = text;
        line.at = at;
        return line;
    }

    private static JobMetric step(ClaimedJob claimed, FinetuneJob job, TrainerEvent.Step step, Instant at) {
        JobMetric row = metric(claimed, job, JobMetric.STEP, step.epoch(), at);
        row.step = step.step();
        row.totalSteps = step.totalSteps();
        row.trainLoss = step.loss();
        row.trainAccuracy = step.accuracy();
        row.learningRate = step.lr();
        row.tokensPerSecond = step.tokensPerSecond();
        row.stepSeconds = step.stepSeconds();
        return row;
    }

    private static JobMetric epoch(ClaimedJob claimed, FinetuneJob job, TrainerEvent.Epoch epoch, Instant at) {
        JobMetric row = metric(claimed, job, JobMetric.EPOCH, epoch.epoch(), at);
        row.epochs = epoch.epochs();
        row.trainLoss = epoch.trainLoss();
        row.trainAccuracy = epoch.trainAccuracy();
        row.valLoss = epoch.valLoss();
        row.valAccuracy = epoch.valAccuracy();
        return row;
    }

    private static JobMetric metric(ClaimedJob claimed, FinetuneJob job, String kind, int epoch, Instant at) {
        JobMetric row = new JobMetric();
        row.jobId = job.jobId;
        row.kind = kind;
        row.attempt = claimed.attempt;
        row.epoch = epoch;
        row.at = at;
        return row;
    }
}
