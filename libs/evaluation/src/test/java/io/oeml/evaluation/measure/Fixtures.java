package io.oeml.evaluation.measure;

import java.util.List;

/** Prompt results with only the figures a test is about. */
final class Fixtures {

    private Fixtures() {
    }

    static PromptResult scored(double score, double weight) {
        return new PromptResult("p", "answer", List.of(), score, weight, "stop", 100, 0, 10, 80, 5, 20);
    }

    /** A prompt on a loaded model: total, load, prompt_eval and eval in ms, eval_count tokens. */
    static PromptResult timed(double totalMs, double loadMs, double promptEvalMs, double evalMs, int evalTokens) {
        return new PromptResult("p", "answer", List.of(), 1, 1, "stop", totalMs, loadMs, promptEvalMs, evalMs, 5,
                evalTokens);
    }
}
