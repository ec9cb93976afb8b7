package io.oeml.finetune.job.service;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.oeml.finetune.hyperparameters.Hyperparameters;

/**
 * A job as status and lists show it: the seed's fields ({@code job_id, base_model, target_model_name, status,
 * current_phase, progress, start_time, logs}) and what this service adds.
 *
 * @param logs every log line, oldest first; absent in lists
 * @param etaSeconds remaining steps times the mean of the recently measured step times; null before the first step
 * @param metrics the latest step's and epoch's figures
 * @param validation the validation report's summary (its issues too when it failed the job)
 */
public record JobView(
        String jobId,
        String owner,
        String baseModel,
        String targetModelName,
        String status,
        String currentPhase,
        double progress,
        Instant startTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> logs,
        String trainingDataPath,
        String dataType,
        String backend,
        Hyperparameters hyperparameters,
        List<String> targetCapabilities,
        Long etaSeconds,
        LatestMetrics metrics,
        JobError error,
        ValidationSummary validation,
        String deployedModel,
        Integer deployedVersion,
        boolean cancelRequested,
        int attempts,
        long sequence,
        Instant createdAt,
        Instant finishedAt) {

    /** A failure's or cancellation's machine-readable code and plain message. */
    public record JobError(String code, String message) {
    }

    /** The newest step and epoch figures; either null before there are any. */
    public record LatestMetrics(MetricView step, MetricView epoch) {
    }
}
