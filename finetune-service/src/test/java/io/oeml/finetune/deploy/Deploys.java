package io.oeml.finetune.deploy;

import java.nio.file.Path;
import java.util.UUID;

import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;

/** Deploy requests as a finished job makes them. */
final class Deploys {

    static final String DATASET_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Deploys() {
    }

    static String newTarget() {
        return "ft-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newJob() {
        return "job-" + UUID.randomUUID();
    }

    /** A GGUF deploy; the caller says honestly what file stands in for trained weights. */
    static DeployRequest gguf(String jobId, String owner, String target, BaseModel base, Path file) {
        return new DeployRequest(jobId, owner, target, base, BackendName.LLAMA_CPP,
                new TrainedArtifact.GgufModel(file, "Q4_1", file.toFile().length()), DATASET_SHA256,
                "validation_loss", 2.5, 2.1, null, null);
    }

    /** A GGUF deploy of a job with a validation split, whose prompts both models then answer. */
    static DeployRequest gguf(String jobId, String owner, String target, BaseModel base, Path file, Path validation) {
        DeployRequest r = gguf(jobId, owner, target, base, file);
        return new DeployRequest(r.jobId(), r.owner(), r.targetModelName(), r.base(), r.backend(), r.artifact(),
                r.datasetSha256(), r.scoreName(), r.baseScore(), r.tunedScore(), validation, null);
    }

    static DeployRequest derived(String jobId, String owner, String target, BaseModel base,
            TrainedArtifact.DerivedModelfile artifact) {
        return new DeployRequest(jobId, owner, target, base, BackendName.MODELFILE, artifact, DATASET_SHA256,
                "validation_accuracy", 0.2, 0.4, null, new AnswerAccuracy(0.2, 0.4, 3));
    }
}
