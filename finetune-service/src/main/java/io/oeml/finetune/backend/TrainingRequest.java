package io.oeml.finetune.backend;

import java.nio.file.Path;

import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.hyperparameters.Hyperparameters;

/**
 * One training run of a job.
 *
 * @param workDir the job's own directory; the backend writes its output there
 */
public record TrainingRequest(String jobId, BaseModel base, PreparedDataset data, Hyperparameters hyperparameters,
        Path workDir) {
}
