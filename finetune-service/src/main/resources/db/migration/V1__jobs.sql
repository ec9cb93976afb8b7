-- Fine-tuning jobs (io.oeml.finetune.job): the job with its resolved settings and lease, every transition in order,
-- and the metrics and log lines its run reported.

CREATE TABLE finetune_job (
    job_id              varchar PRIMARY KEY,        -- a UUID
    owner               varchar     NOT NULL,       -- io.oeml.identity Owner
    base_model          varchar     NOT NULL,
    target_model_name   varchar     NOT NULL,
    training_data_path  varchar     NOT NULL,       -- as given
    data_path           varchar     NOT NULL,       -- the real path DatasetLocator resolved
    dataset_id          varchar,
    data_type           varchar,                    -- null: detected during validation
    backend             varchar     NOT NULL,       -- BackendName wire name
    hyperparameters     varchar     NOT NULL,       -- JSON of the resolved Hyperparameters
    target_capabilities varchar     NOT NULL,       -- JSON array of strings
    status              varchar     NOT NULL
        CHECK (status IN ('pending', 'validating', 'queued', 'training', 'completed', 'failed', 'cancelled')),
    phase               varchar CHECK (phase IN ('preparing', 'training', 'evaluating', 'deploying')),
    progress            double precision NOT NULL DEFAULT 0,
    eta_seconds         bigint,
    sequence            bigint      NOT NULL DEFAULT 0,  -- the last transition's number
    error_code          varchar,
    error_message       varchar,
    validation_report   varchar,                    -- JSON ValidationReport of the validating step
    train_path          varchar,                    -- the prepared splits
    validation_path     varchar,
    dataset_sha256      varchar,
    deployed_model      varchar,                    -- e.g. support-bot:v2
    deployed_version    integer,
    cancel_requested    boolean     NOT NULL DEFAULT false,
    attempts            integer     NOT NULL DEFAULT 0,  -- runs of the current step started (a resumed run counts)
    lease_holder        varchar,
    lease_expires_at    timestamptz,
    created_at          timestamptz NOT NULL,
    start_time          timestamptz,                -- when start was called
    queued_at           timestamptz,
    finished_at         timestamptz,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX finetune_job_owner_status ON finetune_job (owner, status);
CREATE INDEX finetune_job_queue ON finetune_job (queued_at) WHERE status = 'queued';
CREATE INDEX finetune_job_claimable ON finetune_job (lease_expires_at) WHERE status IN ('validating', 'training');

CREATE TABLE finetune_job_transition (
    job_id      varchar     NOT NULL REFERENCES finetune_job (job_id) ON DELETE CASCADE,
    sequence    bigint      NOT NULL,               -- 1 for pending, then +1 each
    from_status varchar,
    status      varchar     NOT NULL,
    phase       varchar,
    progress    double precision NOT NULL,
    error_code  varchar,
    message     varchar,
    at          timestamptz NOT NULL,
    PRIMARY KEY (job_id, sequence)
);

CREATE TABLE finetune_job_metric (
    job_id            varchar     NOT NULL REFERENCES finetune_job (job_id) ON DELETE CASCADE,
    id                bigserial   PRIMARY KEY,
    kind              varchar     NOT NULL CHECK (kind IN ('step', 'epoch')),
    attempt           integer     NOT NULL,         -- a resumed run's figures are told apart from the lost run's
    step              integer,
    total_steps       integer,
    epoch             integer     NOT NULL,
    epochs            integer,
    train_loss        double precision,
    train_accuracy    double precision,
    val_loss          double precision,
    val_accuracy      double precision,
    learning_rate     double precision,
    tokens_per_second double precision,
    step_seconds      double precision,
    at                timestamptz NOT NULL
);
CREATE INDEX finetune_job_metric_job ON finetune_job_metric (job_id, id);

CREATE TABLE finetune_job_log (
    job_id  varchar     NOT NULL REFERENCES finetune_job (job_id) ON DELETE CASCADE,
    id      bigserial   PRIMARY KEY,
    line    varchar     NOT NULL,
    at      timestamptz NOT NULL
);
CREATE INDEX finetune_job_log_job ON finetune_job_log (job_id, id);
