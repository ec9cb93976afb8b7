package io.oeml.library.benchmark.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.oeml.events.EventJson;
import io.oeml.library.benchmark.OptimizerResult;

/**
 * The best trial of a completed optimizer session as the API shows it: quality, latency and decode speed of the model
 * measured on the host with the session's best parameters, ahead of the catalog's published scores.
 *
 * @param basis always {@code measured}: a real Ollama's durations and the session's evaluation suite
 * @param model the model as the session ran it, which may be another build of a catalog model
 * @param modelType the evaluation suite's kind (general, code, creative, analysis) the quality was measured with
 * @param objective the session's (first) objective, which the best parameters optimise
 * @param quality 0 to 1, the suite's weighted score; {@code qualityNoise} its standard deviation across repeats
 * @param meanTtftMs mean time to first token on the loaded model
 * @param memorySource {@code measured} ({@code /api/ps}) or {@code estimated}, with {@code memoryBytes}
 */
public record MeasuredPerformance(
        String basis,
        String sessionId,
        String hostId,
        String model,
        String modelType,
        String objective,
        List<String> objectives,
        String strategy,
        int trials,
        int trialNumber,
        double overallScore,
        Map<String, Object> bestParameters,
        double quality,
        Double qualityNoise,
        double meanLatencyMs,
        double meanTtftMs,
        double tokensPerSecond,
        Long memoryBytes,
        String memorySource,
        Instant measuredAt) {

    @SuppressWarnings("unchecked")
    public static MeasuredPerformance of(OptimizerResult result) {
        List<String> objectives = Arrays.asList(result.objectives.split(","));
        return new MeasuredPerformance(MeasuredSpeed.MEASURED, result.sessionId, result.hostId, result.model,
                result.modelType, objectives.get(0), objectives, result.strategy, result.trials, result.trialNumber,
                result.overallScore, EventJson.read(result.parameters, Map.class), result.quality, result.qualityNoise,
                result.meanLatencyMs, result.meanTtftMs, result.tokensPerSecond, result.memoryBytes, result.memorySource,
                result.finishedAt);
    }

    /** One line for a reasoning or a comparison: the figures, the session and the options behind them. */
    public String summary() {
        String options = bestParameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "measured on %s by optimizer session %s (%s%s, best of %d trials): "
                        + "quality %.3f, mean latency %.0f ms, time to first token %.0f ms, %.1f tokens/s with %s",
                hostId, sessionId, objective, modelType == null ? "" : ", model type " + modelType, trials, quality,
                meanLatencyMs, meanTtftMs, tokensPerSecond, options.isEmpty() ? "Ollama's defaults" : options);
    }
}
