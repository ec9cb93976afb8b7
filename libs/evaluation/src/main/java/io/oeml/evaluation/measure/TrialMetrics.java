package io.oeml.evaluation.measure;

import java.util.List;

/**
 * What one trial measured: one evaluation of a model with one set of options on one host.
 *
 * @param quality weighted mean of the prompt scores and the suite measures, 0 to 1 ({@link Quality})
 * @param prompts every prompt's first run, in suite order
 * @param measures the suite's declared measures over those answers
 * @param tokensPerSecond Σ eval_count / Σ eval_duration over the prompts (generation speed; 0 if nothing was
 *                        generated)
 * @param memory null when {@code /api/ps} did not list the model; see {@link #withEstimatedMemory}
 * @param noise null when no repeats were asked for
 */
public record TrialMetrics(String model, double quality, List<PromptResult> prompts, List<MeasureResult> measures,
                           LatencyFigures latency, double tokensPerSecond, MemoryFigure memory, NoiseFigure noise) {

    public static TrialMetrics of(String model, List<PromptResult> prompts, List<MeasureResult> measures,
                                  MemoryFigure memory, NoiseFigure noise) {
        return new TrialMetrics(model, Quality.of(prompts, measures), List.copyOf(prompts), List.copyOf(measures),
                LatencyFigures.of(prompts), tokensPerSecond(prompts), memory, noise);
    }

    /** This trial with an estimate where nothing was measured; a measured figure is kept. */
    public TrialMetrics withEstimatedMemory(long bytes) {
        return memory != null ? this
                : new TrialMetrics(model, quality, prompts, measures, latency, tokensPerSecond,
                        MemoryFigure.estimated(bytes), noise);
    }

    private static double tokensPerSecond(List<PromptResult> prompts) {
        double evalMs = prompts.stream().mapToDouble(PromptResult::evalMs).sum();
        long tokens = prompts.stream().mapToLong(PromptResult::evalTokens).sum();
        return evalMs <= 0 ? 0 : tokens * 1000.0 / evalMs;
    }
}
