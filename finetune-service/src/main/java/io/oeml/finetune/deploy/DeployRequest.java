package io.oeml.finetune.deploy;

import java.nio.file.Path;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;

/**
 * A finished job's result to become the next version of {@code targetModelName} on the base's host.
 *
 * @param scoreName see {@link io.oeml.finetune.backend.TrainingResult#scoreName()}; null when nothing was measured
 * @param validationSplit the job's validation conversations, whose prompts the deployed model answers when
 *                        {@code answers} is null and its weights changed; null for none
 * @param answers the answers' accuracy when the run measured it already (modelfile), else null
 */
public record DeployRequest(
        String jobId,
        String owner,
        String targetModelName,
        BaseModel base,
        BackendName backend,
        TrainedArtifact artifact,
        String datasetSha256,
        String scoreName,
        Double baseScore,
        Double tunedScore,
        Path validationSplit,
        AnswerAccuracy answers) {
}
