package io.oeml.events.optimizer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a trial measured on an Ollama host, from Ollama's own durations and {@code /api/ps}.
 *
 * @param quality 0 to 1, the evaluation suite's weighted score
 * @param meanLatencyMs mean of total_duration - load_duration per prompt
 * @param meanTtftMs mean prompt_eval_duration per prompt (time to first token on a loaded model)
 * @param tokensPerSecond Σ eval_count / Σ eval_duration
 * @param memoryBytes the loaded model's size, null when neither measured nor estimated
 * @param memorySource {@code measured} ({@code /api/ps}) or {@code estimated} (libs/estimator); null with no memory
 * @param qualityNoise the sample standard deviation of quality across repeated rounds, null without repeats
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrialFigures(
        double quality,
        double meanLatencyMs,
        double meanTtftMs,
        double tokensPerSecond,
        Long memoryBytes,
        String memorySource,
        Double qualityNoise) {

    public static final String MEASURED = "measured";
    public static final String ESTIMATED = "estimated";
}
