-- Versions of deployed models (issue 13 item 6). A claim reserves target:vN before anything is created on the host,
-- so two deploys of one name never create the same tag; the version row is written with its ModelDeployed event.
CREATE TABLE model_version_claim (
    target_model_name TEXT        NOT NULL,
    version           INTEGER     NOT NULL CHECK (version >= 1),
    job_id            TEXT        NOT NULL UNIQUE,
    claimed_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (target_model_name, version)
);

CREATE TABLE model_version (
    target_model_name TEXT             NOT NULL,
    version           INTEGER          NOT NULL CHECK (version >= 1),
    model             TEXT             NOT NULL UNIQUE,
    job_id            TEXT             NOT NULL UNIQUE,
    owner             TEXT             NOT NULL,
    host              TEXT             NOT NULL,
    base_model        TEXT             NOT NULL,
    backend           TEXT             NOT NULL,
    weights_changed   BOOLEAN          NOT NULL,
    dataset_sha256    TEXT,
    score_name        TEXT,
    base_score        DOUBLE PRECISION,
    tuned_score       DOUBLE PRECISION,
    smoke_reply       TEXT             NOT NULL,
    deployed_at       TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (target_model_name, version),
    FOREIGN KEY (target_model_name, version) REFERENCES model_version_claim (target_model_name, version)
);

CREATE INDEX model_version_owner ON model_version (owner, target_model_name, version);
