package io.oeml.finetune.dataset;

/**
 * What the data is validated for.
 *
 * @param contextLength the base model's context, the bound on one example's tokens
 * @param validationSplit fraction of examples held out for validation (0 for none)
 * @param seed the split's seed, so a rerun holds out the same examples
 * @param tokenCounter real tokenization, or null to estimate (and say so in the report)
 */
public record ValidationTarget(String baseModel, int contextLength, double validationSplit, long seed,
        TokenCounter tokenCounter) {
}
