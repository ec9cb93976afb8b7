package io.oeml.optimizer.session.worker;

import java.time.Duration;

import io.oeml.evaluation.measure.TrialMetrics;

/** What running one trial gave: its metrics, or the reason it failed (metrics null). */
record TrialOutcome(PlannedTrial trial, TrialMetrics metrics, String error, Duration duration) {

    static TrialOutcome measured(PlannedTrial trial, TrialMetrics metrics, Duration duration) {
        return new TrialOutcome(trial, metrics, null, duration);
    }

    static TrialOutcome failed(PlannedTrial trial, String error, Duration duration) {
        return new TrialOutcome(trial, null, error, duration);
    }
}
