package io.oeml.finetune.backend.process;

import java.nio.file.Files;
import java.nio.file.Path;

import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.trainer.TrainerEvent;

/** Where an artifact line's output is: its path, relative ones in the job's work dir, and it must exist. */
public final class ArtifactFiles {

    /** The trainer reported an artifact that is missing or of a format the backend cannot import. */
    public static final String ARTIFACT_INVALID = "ARTIFACT_INVALID";

    private ArtifactFiles() {
    }

    public static Path existing(Path workDir, TrainerEvent.Artifact artifact) {
        Path path = workDir.resolve(artifact.path()).normalize();
        if (!Files.exists(path)) {
            throw new TrainingFailedException(ARTIFACT_INVALID, "the trainer reported " + path + " but it does not exist");
        }
        return path;
    }
}
