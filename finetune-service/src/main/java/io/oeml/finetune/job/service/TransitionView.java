package io.oeml.finetune.job.service;

import java.time.Instant;

import io.oeml.finetune.job.entity.JobTransition;

/** One stored transition, as the events list shows it. */
public record TransitionView(long sequence, String from, String status, String phase, double progress,
        String errorCode, String message, Instant at) {

    static TransitionView of(JobTransition row) {
        return new TransitionView(row.sequence, row.fromStatus, row.status, row.phase, row.progress, row.errorCode,
                row.message, row.at);
    }
}
