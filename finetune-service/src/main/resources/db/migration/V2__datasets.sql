-- Stored datasets: uploaded training files kept once per content hash under oeml.finetune-datasets.store-dir
-- (blobs/<sha256>); a row per owner and hash, so two owners uploading the same bytes each have their own dataset and
-- the file is removed only when the last row naming its hash is deleted.

CREATE TABLE dataset (
    dataset_id        varchar     PRIMARY KEY,   -- a UUID
    owner             varchar     NOT NULL,      -- the caller's owner id (io.oeml.identity Owner)
    name              varchar     NOT NULL,      -- given at upload, else the uploaded file's name
    sha256            varchar     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes             bigint      NOT NULL CHECK (bytes >= 0),
    data_type         varchar     CHECK (data_type IN ('jsonl', 'csv', 'text', 'conversation')),  -- null: detect
    created_at        timestamptz NOT NULL,
    validation_report varchar,                   -- JSON of the last ValidationReport; null until validated
    validated_at      timestamptz,
    UNIQUE (owner, sha256)
);
CREATE INDEX dataset_owner_created ON dataset (owner, created_at DESC);
CREATE INDEX dataset_sha256 ON dataset (sha256);
