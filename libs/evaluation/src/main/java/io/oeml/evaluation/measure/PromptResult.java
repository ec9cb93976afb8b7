package io.oeml.evaluation.measure;

import java.util.List;

import io.oeml.evaluation.check.CheckScore;
import io.oeml.ollama.client.generate.Metrics;

/**
 * One prompt of a trial: the answer, what each check made of it, and Ollama's own figures for the request
 * (milliseconds from its nanosecond durations).
 *
 * @param score the mean of the check scores, 0 to 1
 * @param doneReason Ollama's {@code done_reason}: {@code stop}, or {@code length} when {@code num_predict} cut it off
 * @param totalMs {@code total_duration}: arrival to done, a (re)load included
 * @param loadMs {@code load_duration}: about 0 unless this request (re)loaded the model
 * @param promptEvalMs {@code prompt_eval_duration}: prefill of the prompt tokens not already in the cache
 * @param evalMs {@code eval_duration}: generation
 */
public record PromptResult(String id, String answer, List<CheckScore> checks, double score, double weight,
                           String doneReason, double totalMs, double loadMs, double promptEvalMs, double evalMs,
                           int promptTokens, int evalTokens) {

    public static PromptResult of(String id, double weight, String answer, String doneReason, List<CheckScore> checks,
                                  Metrics m) {
        return new PromptResult(id, answer, checks, CheckScore.mean(checks), weight, doneReason,
                millis(m.totalDuration().toNanos()), millis(m.loadDuration().toNanos()),
                millis(m.promptEvalDuration().toNanos()), millis(m.evalDuration().toNanos()), m.promptEvalCount(),
                m.evalCount());
    }

    /** total − load: what the request took on a loaded model, so that a reload is not charged to the prompt. */
    public double latencyMs() {
        return Math.max(0, totalMs - loadMs);
    }

    /**
     * Time to first token on the loaded model, derived from Ollama's durations: the first token is sampled when the
     * prefill ends (requests are not streamed, so it is not observed directly). A cold start adds {@link #loadMs}.
     */
    public double ttftMs() {
        return promptEvalMs;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
