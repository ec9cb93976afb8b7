package io.oeml.finetune.job.service;

import io.oeml.finetune.job.JobStatus;

/**
 * One Server-Sent Event of a job's progress: sent when any of it changed since the last one.
 *
 * @param step the latest step's figures, null before the first
 */
public record JobProgress(String jobId, String status, String currentPhase, double progress, Long etaSeconds,
        long sequence, MetricView step, JobView.JobError error, String deployedModel) {

    public boolean finished() {
        return JobStatus.of(status).finished();
    }
}
