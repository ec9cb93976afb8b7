package io.oeml.optimizer.objective;

import java.util.List;

import io.oeml.evaluation.measure.LatencyFigures;
import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.TrialMetrics;

/** Trial metrics fixtures: quality, mean latency per prompt, generation speed and memory as measured. */
final class Trials {

    static final long GIB = 1L << 30;

    private Trials() {
    }

    static TrialMetrics trial(double quality, double meanLatencyMs, double tokensPerSecond, long memoryBytes) {
        return new TrialMetrics("llama3.2:1b", quality, List.of(), List.of(),
                new LatencyFigures(meanLatencyMs * 5, meanLatencyMs, meanLatencyMs / 4, 0), tokensPerSecond,
                new MemoryFigure(memoryBytes, memoryBytes, MemoryFigure.Source.MEASURED), null);
    }

    /** Quality 0.8, 500 ms a prompt, 40 tokens/s, 1.5 GiB. */
    static final TrialMetrics TYPICAL = trial(0.8, 500, 40, 3 * GIB / 2);
}
