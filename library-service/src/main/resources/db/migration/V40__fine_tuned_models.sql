-- Fine-tuned models: one row per model finetune-service deployed into Ollama (io.oeml.finetune.model.deployed on
-- finetune.job-events), with its lineage. The base is kept as the event named it, whether or not the catalog knows it
-- (see README "Fine-tuned models"). A later event for a model already stored changes nothing.

CREATE TABLE fine_tuned_model (
    model              varchar PRIMARY KEY,           -- name:vN as Ollama lists it
    event_id           varchar          NOT NULL,     -- the model.deployed event it came from
    target_model_name  varchar          NOT NULL,     -- the name without its version tag
    version            integer          NOT NULL,     -- N of :vN, counting per target name
    base_model         varchar          NOT NULL,     -- as the job named it
    backend            varchar          NOT NULL,     -- llama_cpp | modelfile | external
    weights_changed    boolean          NOT NULL,     -- false: only prompts and parameters changed
    host               varchar          NOT NULL,     -- finetune-service's host id the model was created on
    job_id             varchar          NOT NULL,
    owner              varchar          NOT NULL,     -- who ran the job
    dataset_sha256     varchar          NOT NULL,     -- content hash of the training data
    score_name         varchar,                       -- what the scores are, e.g. validation_loss
    base_score         double precision,              -- the base model's score on the validation split
    tuned_score        double precision,              -- the same measure for the deployed model
    deployed_at        timestamptz      NOT NULL,
    received_at        timestamptz      NOT NULL
);
CREATE INDEX fine_tuned_model_base ON fine_tuned_model (lower(base_model));
CREATE UNIQUE INDEX fine_tuned_model_name ON fine_tuned_model (lower(model));
