package io.oeml.library.benchmark.service;

import java.time.Instant;

import io.oeml.library.benchmark.BenchmarkRun;

/**
 * One run of a host's history.
 *
 * @param speed the figures of a measured (or emulated) run; null when it failed
 * @param error why it failed; null when it ran
 */
public record BenchmarkRunView(String runId, String requestId, String model, String trigger, String outcome,
        String ollamaVersion, boolean emulated, String settings, int numCtx, Instant startedAt, Instant finishedAt,
        MeasuredSpeed speed, String error) {

    static BenchmarkRunView of(BenchmarkRun run) {
        return new BenchmarkRunView(run.runId, run.requestId, run.model, run.trigger, run.outcome, run.ollamaVersion,
                run.emulated, run.settingsKey, run.numCtx, run.startedAt, run.finishedAt,
                run.measured() ? MeasuredSpeed.of(run) : null, run.error);
    }
}
