package io.oeml.events.benchmark;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Ollama's own counters of one benchmark, from the {@code /api/generate} reply and {@code /api/ps}.
 *
 * @param loadDurationNs {@code load_duration} of the measured call, the first after the model was unloaded (a cold load)
 * @param promptTokensPerSecond prompt_eval_count / prompt_eval_duration of the measured call
 * @param decodeTokensPerSecond eval_count / eval_duration of the measured call
 * @param sizeBytes {@code /api/ps} size of the loaded model
 * @param sizeVramBytes {@code /api/ps} size_vram (0 on a CPU-only host)
 * @param contextLength {@code /api/ps} context_length (null before Ollama v0.10.0)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchmarkFigures(
        long loadDurationNs,
        int promptEvalCount,
        long promptEvalDurationNs,
        double promptTokensPerSecond,
        int evalCount,
        long evalDurationNs,
        double decodeTokensPerSecond,
        long totalDurationNs,
        long sizeBytes,
        long sizeVramBytes,
        Integer contextLength) {
}
