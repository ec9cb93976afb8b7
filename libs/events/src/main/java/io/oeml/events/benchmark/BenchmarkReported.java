package io.oeml.events.benchmark;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A hardware agent ran a benchmark of a model on its host. Published to {@code hardware.benchmarks} (key = host id).
 * Schema: {@code schemas/io.oeml.hardware.benchmark.reported.json}.
 *
 * @param requestId the {@link BenchmarkRequested} it answers; null for the agent's own triggers
 * @param trigger {@code request}, {@code new-model} or {@code schedule}
 * @param emulated true when the server is the OllamaEmulator: its figures come from a cost model, not a measurement
 * @param outcome {@code measured} (figures set) or {@code failed} (error set)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchmarkReported(
        String runId,
        String requestId,
        String hostId,
        String model,
        String modelDigest,
        String ollamaVersion,
        boolean emulated,
        String trigger,
        BenchmarkSettings settings,
        String outcome,
        BenchmarkFigures figures,
        String error,
        Instant startedAt,
        Instant finishedAt) {

    public static final String MEASURED = "measured";
    public static final String FAILED = "failed";
}
