package io.oeml.events.finetune;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A fine-tuning job's result became an Ollama model. Published to {@code finetune.job-events} (key = job id) in the
 * transaction that records the version; library-service lists the model with this lineage.
 *
 * @param model the Ollama model name with its version tag, e.g. {@code support-bot:v2}
 * @param version 1 for {@code :v1}, counting per target name
 * @param backend {@code llama_cpp} (weights trained), {@code modelfile} (no weights changed) or {@code external}
 * @param weightsChanged false when the backend changed only prompts and parameters
 * @param datasetSha256 content hash of the training data
 * @param baseScore the base model's measured score on the validation split (validation loss for weight training,
 *                  task accuracy for modelfile); null when not measured
 * @param tunedScore the same measure for the deployed model
 * @param scoreName what the two scores are, e.g. {@code validation_loss} or {@code validation_accuracy}
 * @param answerAccuracy base against deployed model on the validation prompts; null when not measured (absent in
 *                       events published before it existed)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelDeployed(
        String jobId,
        String owner,
        String model,
        String targetModelName,
        int version,
        String baseModel,
        String backend,
        boolean weightsChanged,
        String host,
        String datasetSha256,
        String scoreName,
        Double baseScore,
        Double tunedScore,
        AnswerAccuracy answerAccuracy,
        Instant deployedAt) {
}
