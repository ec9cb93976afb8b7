package io.oeml.library.finetune.service;

import java.time.Instant;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.library.finetune.FineTunedModel;

/**
 * Where a fine-tuned model came from, as finetune-service reported it when it deployed the model.
 *
 * @param baseModel the base as the job named it
 * @param baseInCatalog whether the catalog knows the base; the model's facts are then the base's, labelled inherited
 * @param datasetSha256 content hash of the training data
 * @param scoreName what {@code baseScore} and {@code tunedScore} are (e.g. {@code validation_loss}), measured by the job
 *                  on its validation split; all three null when the job measured none
 * @param answerAccuracy the base's and the model's answers to the validation prompts, scored; null when not measured
 */
public record Lineage(String baseModel, boolean baseInCatalog, String targetModelName, int version, String jobId,
        String backend, boolean weightsChanged, String host, String datasetSha256, String scoreName, Double baseScore,
        Double tunedScore, AnswerAccuracy answerAccuracy, Instant deployedAt) {

    static Lineage of(FineTunedModel model, boolean baseInCatalog) {
        return new Lineage(model.baseModel, baseInCatalog, model.targetModelName, model.version, model.jobId,
                model.backend, model.weightsChanged, model.host, model.datasetSha256, model.scoreName, model.baseScore,
                model.tunedScore, model.answerExamples == null ? null
                        : new AnswerAccuracy(model.baseAnswerAccuracy, model.tunedAnswerAccuracy, model.answerExamples),
                model.deployedAt);
    }
}
