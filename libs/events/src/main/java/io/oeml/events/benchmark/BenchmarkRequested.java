package io.oeml.events.benchmark;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * library-service asks the agent of {@code hostId} to benchmark {@code model} at {@code numCtx}. Published through the
 * outbox to {@code library.benchmark-requests} (key = host id). Schema:
 * {@code schemas/io.oeml.library.benchmark.requested.json}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchmarkRequested(String requestId, String hostId, String model, int numCtx, Instant requestedAt) {
}
