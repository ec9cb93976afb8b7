package io.oeml.finetune.job.rest;

import org.jboss.resteasy.reactive.RestForm;

import io.oeml.finetune.job.service.CreateJob;

/**
 * The create form (application/x-www-form-urlencoded, as the seed's httpx example sends it, or multipart/form-data,
 * as its curl example does): the seed's fields and the optional {@code backend}. Text here; {@code Jobs} checks it.
 */
public class CreateForm {

    @RestForm("base_model")
    public String baseModel;
    @RestForm("target_model_name")
    public String targetModelName;
    @RestForm("training_data_path")
    public String trainingDataPath;
    @RestForm("data_type")
    public String dataType;
    @RestForm
    public String hyperparameters;
    @RestForm("target_capabilities")
    public String targetCapabilities;
    @RestForm
    public String backend;

    CreateJob toRequest() {
        return new CreateJob(baseModel, targetModelName, trainingDataPath, dataType, hyperparameters,
                targetCapabilities, backend);
    }
}
