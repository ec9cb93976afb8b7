package io.oeml.events.benchmark;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A benchmark decoded slower than the previous run with the same key (host, model, Ollama version, emulated,
 * settings) by more than the threshold. Published by library-service through the outbox to
 * {@code library.model-events} (key = host id). Schema: {@code schemas/io.oeml.library.benchmark.regressed.json}.
 *
 * @param changePercent (current − previous) / previous × 100, negative for a slowdown
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchmarkRegressed(
        String hostId,
        String model,
        String ollamaVersion,
        boolean emulated,
        String settingsKey,
        String previousRunId,
        String runId,
        double previousDecodeTokensPerSecond,
        double decodeTokensPerSecond,
        double changePercent,
        double thresholdPercent,
        Instant detectedAt) {
}
