package io.oeml.evaluation.measure;

import java.util.List;

/**
 * A trial's latency from Ollama's own durations, with loads kept apart: whether a trial (re)loads the model depends
 * on the trial before it, not only on its options.
 *
 * @param totalMs Σ (total_duration − load_duration) over the prompts
 * @param meanMs totalMs / prompts
 * @param meanTtftMs mean time to first token on the loaded model ({@link PromptResult#ttftMs()})
 * @param loadMs Σ load_duration: the (re)load this trial caused, about 0 when the model was loaded with its options
 */
public record LatencyFigures(double totalMs, double meanMs, double meanTtftMs, double loadMs) {

    public static LatencyFigures of(List<PromptResult> prompts) {
        double total = prompts.stream().mapToDouble(PromptResult::latencyMs).sum();
        return new LatencyFigures(total, total / prompts.size(),
                prompts.stream().mapToDouble(PromptResult::ttftMs).average().orElse(0),
                prompts.stream().mapToDouble(PromptResult::loadMs).sum());
    }
}
