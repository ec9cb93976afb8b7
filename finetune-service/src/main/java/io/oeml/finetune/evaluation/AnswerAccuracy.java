package io.oeml.finetune.evaluation;

/**
 * Task accuracy, measured: the mean {@link ReplyScore} of the base's and of the tuned model's answers to the same
 * validation prompts, asked through Ollama at temperature 0.
 *
 * @param examples validation examples both were scored on
 */
public record AnswerAccuracy(double base, double tuned, int examples) {
}
