package io.oeml.optimizer.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.oeml.events.optimizer.TrialFigures;

/** Record fixtures: finished trials of a session. */
final class Trials {

    static final Instant DONE = Instant.parse("2026-12-02T18:00:00Z");
    static final TrialFigures FIGURES = new TrialFigures(0.8, 500, 40, 30, 1_500_000_000L, TrialFigures.MEASURED, null);

    private Trials() {
    }

    /** A single-objective (maximize_quality) trial: the minimised value is −score. */
    static ResultTrial scored(int number, double score, boolean feasible) {
        return scored(number, score, feasible, Map.of("temperature", 0.5));
    }

    static ResultTrial scored(int number, double score, boolean feasible, Map<String, Object> parameters) {
        return new ResultTrial(number, parameters, List.of(-score), score, feasible, FIGURES, "local", DONE);
    }

    /** A two-objective (maximize_quality, minimize_latency) trial. */
    static ResultTrial qualityAndLatency(int number, double quality, double latencyMs, boolean feasible) {
        TrialFigures figures = new TrialFigures(quality, latencyMs, 40, 30, 1_500_000_000L, TrialFigures.MEASURED,
                null);
        return new ResultTrial(number, Map.of("temperature", 0.5), List.of(-quality, latencyMs), quality, feasible,
                figures, "local", DONE);
    }

    static ResultTrial withFigures(int number, TrialFigures figures) {
        return new ResultTrial(number, Map.of("temperature", 0.5), List.of(-figures.quality()), figures.quality(),
                true, figures, "gpu-1", DONE);
    }
}
