package io.oeml.finetune.job.service;

import java.time.Instant;

import io.oeml.finetune.job.entity.JobMetric;

/**
 * One step's or epoch's figures as the trainer measured them.
 *
 * @param attempt the run that measured them: a resumed job's earlier runs keep theirs
 */
public record MetricView(String kind, int attempt, Integer step, Integer totalSteps, int epoch, Integer epochs,
        Double trainLoss, Double trainAccuracy, Double valLoss, Double valAccuracy, Double learningRate,
        Double tokensPerSecond, Double stepSeconds, Instant at) {

    static MetricView of(JobMetric row) {
        return row == null ? null : new MetricView(row.kind, row.attempt, row.step, row.totalSteps, row.epoch,
                row.epochs, row.trainLoss, row.trainAccuracy, row.valLoss, row.valAccuracy, row.learningRate,
                row.tokensPerSecond, row.stepSeconds, row.at);
    }
}
