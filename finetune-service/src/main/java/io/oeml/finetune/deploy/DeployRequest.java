package io.oeml.finetune.deploy;

import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;

/**
 * A finished job's result to become the next version of {@code targetModelName} on the base's host.
 *
 * @param scoreName see {@link io.oeml.finetune.backend.TrainingResult#scoreName()}; null when nothing was measured
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
        Double tunedScore) {
}
