package io.oeml.finetune.backend;

import io.oeml.finetune.trainer.TrainerEvent.Evaluation;

/**
 * A finished run.
 *
 * @param scoreName what the evaluations' score is: {@code validation_loss} (lower is better) for weight training,
 *                  {@code validation_accuracy} for modelfile
 * @param base the base model measured on the validation split; null when there was no validation data
 * @param tuned the tuned model measured the same way
 */
public record TrainingResult(TrainedArtifact artifact, String scoreName, Evaluation base, Evaluation tuned) {
}
