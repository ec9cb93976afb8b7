package io.oeml.library.finetune.service;

import java.time.Instant;

import io.oeml.library.finetune.FineTunedModel;

/** A model fine-tuned from a base, as the base's detail lists it. */
public record FineTunedVersion(String name, String targetModelName, int version, String jobId, String backend,
        boolean weightsChanged, Instant deployedAt) {

    static FineTunedVersion of(FineTunedModel model) {
        return new FineTunedVersion(model.model, model.targetModelName, model.version, model.jobId, model.backend,
                model.weightsChanged, model.deployedAt);
    }
}
