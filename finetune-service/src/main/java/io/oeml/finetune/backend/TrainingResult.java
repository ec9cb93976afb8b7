package io.oeml.finetune.backend;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.trainer.TrainerEvent.Evaluation;

/**
 * A finished run.
 *
 * @param scoreName what the evaluations' score is: {@code validation_loss} (lower is better) for weight training,
 *                  {@code validation_accuracy} for modelfile
 * @param base the base model measured on the validation split; null when there was no validation data
 * @param tuned the tuned model measured the same way
 * @param answers the answers' accuracy, when the run measured it; null for weight training, whose tuned model can
 *                answer only once it is deployed ({@link io.oeml.finetune.evaluation.AnswerComparison} then)
 */
public record TrainingResult(TrainedArtifact artifact, String scoreName, Evaluation base, Evaluation tuned,
        AnswerAccuracy answers) {

    /** A run that measured no answers. */
    public TrainingResult(TrainedArtifact artifact, String scoreName, Evaluation base, Evaluation tuned) {
        this(artifact, scoreName, base, tuned, null);
    }
}
