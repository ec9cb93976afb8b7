package io.oeml.events.finetune;

/**
 * Task accuracy, measured: the mean token-overlap F1 of the base's and of the deployed model's answers to the same
 * validation prompts, asked through Ollama at temperature 0.
 *
 * @param examples validation prompts both were scored on
 */
public record AnswerAccuracy(double base, double tuned, int examples) {
}
