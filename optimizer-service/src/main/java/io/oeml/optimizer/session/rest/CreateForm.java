package io.oeml.optimizer.session.rest;

import org.jboss.resteasy.reactive.RestForm;

import io.oeml.optimizer.session.service.CreateSession;

/**
 * The create form (application/x-www-form-urlencoded or multipart/form-data): the SPEC's model_name, objective,
 * strategy and model_type, and the optional fields. Every field is text here; {@code SessionDefinitions} checks them.
 * {@code suite} is the JSON-lines text of a text field or of an uploaded file part.
 */
public class CreateForm {

    @RestForm("model_name")
    public String modelName;
    @RestForm
    public String objective;
    @RestForm
    public String objectives;
    @RestForm
    public String strategy;
    @RestForm("model_type")
    public String modelType;
    @RestForm("max_iterations")
    public String maxIterations;
    @RestForm("timeout_minutes")
    public String timeoutMinutes;
    @RestForm
    public String seed;
    @RestForm
    public String parallelism;
    @RestForm("max_latency_ms")
    public String maxLatencyMs;
    @RestForm("max_memory_gb")
    public String maxMemoryGb;
    @RestForm("min_quality")
    public String minQuality;
    @RestForm
    public String space;
    @RestForm
    public String suite;
    @RestForm
    public String external;

    CreateSession toRequest() {
        return new CreateSession(modelName, objective, objectives, strategy, modelType, maxIterations, timeoutMinutes,
                seed, parallelism, maxLatencyMs, maxMemoryGb, minQuality, space, suite, external);
    }
}
