-- Versions of deployed models (issue 13 item 6). A claim reserves target:vN before anything is created on the host,
-- so two deploys of one name never create the same tag; the version row is written with its ModelDeployed event.
CREATE TABLE model_version_claim (
    target_model_name varchar     NOT NULL,      -- lower case: Ollama matches names case-insensitively
    version           integer     NOT NULL CHECK (version >= 1),
    job_id            varchar     NOT NULL UNIQUE, -- a resumed job takes its own number again
    claimed_at        timestamptz NOT NULL,
    PRIMARY KEY (target_model_name, version)
);

CREATE TABLE model_version (
    target_model_name varchar          NOT NULL,
    version           integer          NOT NULL CHECK (version >= 1),
    model             varchar          NOT NULL UNIQUE, -- target:vN as Ollama lists it
    job_id            varchar          NOT NULL UNIQUE,
    owner             varchar          NOT NULL,
    host              varchar          NOT NULL,
    base_model        varchar          NOT NULL,
    backend           varchar          NOT NULL,        -- BackendName wire name
    weights_changed   boolean          NOT NULL,
    dataset_sha256    varchar,
    score_name        varchar,                          -- validation_loss or validation_accuracy; null if unmeasured
    base_score        double precision,
    tuned_score       double precision,
    smoke_reply       varchar          NOT NULL,
    deployed_at       timestamptz      NOT NULL,
    PRIMARY KEY (target_model_name, version),
    FOREIGN KEY (target_model_name, version) REFERENCES model_version_claim (target_model_name, version)
);

CREATE INDEX model_version_owner ON model_version (owner, target_model_name, version);
