package io.oeml.finetune.dataset;

/**
 * Token lengths of a dataset against the base model's context.
 *
 * @param measured true when the base model's own tokenizer counted them; false for an estimate
 * @param method how they were counted, e.g. {@code oeml-trainer count-tokens} or {@code estimate: 4 characters per token}
 */
public record TokenStatistics(long tokens, int maxExampleTokens, int contextLength, boolean measured, String method) {
}
