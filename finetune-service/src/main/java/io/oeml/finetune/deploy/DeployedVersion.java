package io.oeml.finetune.deploy;

import java.time.Instant;

/**
 * One version of a target model, as listed.
 *
 * @param model the Ollama name with its tag, e.g. {@code support-bot:v2}
 * @param smokeReply what the model answered to the smoke prompt after it was created
 */
public record DeployedVersion(
        String model,
        String targetModelName,
        int version,
        String jobId,
        String owner,
        String host,
        String baseModel,
        String backend,
        boolean weightsChanged,
        String datasetSha256,
        String scoreName,
        Double baseScore,
        Double tunedScore,
        String smokeReply,
        Instant deployedAt) {
}
