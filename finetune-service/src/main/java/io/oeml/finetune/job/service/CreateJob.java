package io.oeml.finetune.job.service;

/** The create form's fields as text, checked by {@link Jobs#create}. */
public record CreateJob(String baseModel, String targetModelName, String trainingDataPath, String dataType,
        String hyperparameters, String targetCapabilities, String backend) {
}
