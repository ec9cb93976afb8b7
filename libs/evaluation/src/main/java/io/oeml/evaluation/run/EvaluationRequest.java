package io.oeml.evaluation.run;

import java.util.Objects;

import io.oeml.evaluation.suite.EvaluationSuite;
import io.oeml.ollama.client.generate.Options;

/**
 * One trial to evaluate.
 *
 * @param model the Ollama model name, as the host lists it (a missing tag means {@code latest})
 * @param options the trial's Ollama options, sent with every prompt (temperature, top_p, num_ctx, seed, ...)
 * @param promptBudget how many prompts to run: the suite's first n, 1 to its size (Hyperband's budget)
 */
public record EvaluationRequest(String model, EvaluationSuite suite, Options options, int promptBudget,
                                NoisePlan noise) {

    public EvaluationRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(suite, "suite");
        options = options == null ? Options.NONE : options;
        noise = noise == null ? NoisePlan.NONE : noise;
        suite.firstPrompts(promptBudget);
        if (noise.prompts() > promptBudget) {
            throw new IllegalArgumentException("noise is measured on " + noise.prompts()
                    + " prompts but the trial runs only " + promptBudget);
        }
    }

    /** The whole suite, no repeats. */
    public static EvaluationRequest of(String model, EvaluationSuite suite, Options options) {
        return new EvaluationRequest(model, suite, options, suite.size(), NoisePlan.NONE);
    }
}
