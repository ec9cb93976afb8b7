package io.oeml.optimizer.objective;

import java.util.ArrayList;
import java.util.List;

import io.oeml.evaluation.measure.TrialMetrics;

/**
 * Limits a trial must meet to count (an {@code Observation} that breaks one is infeasible, and model-based strategies
 * rank it below every feasible one). Null means no limit.
 *
 * @param maxLatencyMs ceiling on the mean latency per prompt (as {@link Objective#MINIMIZE_LATENCY} measures it)
 * @param maxMemoryBytes ceiling on the loaded model's memory
 * @param minQuality floor on quality, in [0, 1]
 */
public record Constraints(Double maxLatencyMs, Long maxMemoryBytes, Double minQuality) {

    public static final Constraints NONE = new Constraints(null, null, null);

    public Constraints {
        if (maxLatencyMs != null && !(maxLatencyMs > 0 && Double.isFinite(maxLatencyMs))) {
            throw new IllegalArgumentException("max_latency_ms must be a positive number, not " + maxLatencyMs);
        }
        if (maxMemoryBytes != null && maxMemoryBytes <= 0) {
            throw new IllegalArgumentException("max_memory_bytes must be positive, not " + maxMemoryBytes);
        }
        if (minQuality != null && !(minQuality >= 0 && minQuality <= 1)) {
            throw new IllegalArgumentException("min_quality must lie in [0, 1], not " + minQuality);
        }
    }

    /** The limits this trial breaks, each as a sentence; empty when it meets them all. */
    public List<String> violations(TrialMetrics metrics) {
        List<String> violations = new ArrayList<>();
        if (maxLatencyMs != null && metrics.latency().meanMs() > maxLatencyMs) {
            violations.add("mean latency " + metrics.latency().meanMs() + " ms is above " + maxLatencyMs + " ms");
        }
        if (maxMemoryBytes != null && Objective.memory(metrics).bytes() > maxMemoryBytes) {
            violations.add("memory " + metrics.memory().bytes() + " bytes is above " + maxMemoryBytes + " bytes");
        }
        if (minQuality != null && metrics.quality() < minQuality) {
            violations.add("quality " + metrics.quality() + " is below " + minQuality);
        }
        return violations;
    }
}
