package io.oeml.finetune.deploy;

import java.time.Instant;

import io.oeml.events.finetune.AnswerAccuracy;

/**
 * One version of a target model, as listed.
 *
 * @param model the Ollama name with its tag, e.g. {@code support-bot:v2}
 * @param answerAccuracy base against tuned on the validation prompts; null when not measured (no validation
 *                       split, or a host that did not answer them)
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
        AnswerAccuracy answerAccuracy,
        String smokeReply,
        Instant deployedAt) {
}
