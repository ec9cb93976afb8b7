package io.oeml.library.benchmark.service;

import java.time.Instant;

import io.oeml.library.benchmark.BenchmarkRun;

/**
 * A benchmark's figures as the API shows them.
 *
 * @param basis {@code measured} (a real Ollama's counters) or {@code emulated} (the OllamaEmulator's cost model: never
 *              a measurement)
 * @param model the model as installed on the host, which may be another build of a catalog model (e.g. a Q4_1 GGUF)
 * @param loadSeconds load_duration of a cold load
 * @param changePercent decode against the previous run with the same key; null for the first
 */
public record MeasuredSpeed(
        String basis,
        String hostId,
        String model,
        String ollamaVersion,
        int numCtx,
        double decodeTokensPerSecond,
        double promptTokensPerSecond,
        double loadSeconds,
        long sizeBytes,
        long sizeVramBytes,
        Double changePercent,
        String runId,
        Instant measuredAt) {

    public static final String MEASURED = "measured";
    public static final String EMULATED = "emulated";

    public static MeasuredSpeed of(BenchmarkRun run) {
        return new MeasuredSpeed(run.emulated ? EMULATED : MEASURED, run.hostId, run.model, run.ollamaVersion, run.numCtx,
                run.decodeTokensPerSecond, run.promptTokensPerSecond, Math.round(run.loadDurationNs / 1e6) / 1000.0,
                run.sizeBytes, run.sizeVramBytes, run.changePercent, run.runId, run.finishedAt);
    }

    public boolean measured() {
        return MEASURED.equals(basis);
    }
}
