-- Model library catalog: one row per model (name:tag) with its facts and their sources, and the imports that loaded them.

CREATE TABLE catalog_import (
    version     varchar PRIMARY KEY,     -- sha-256 of the imported file, so each version is imported once
    source      varchar     NOT NULL,    -- e.g. classpath:catalog/models.csv
    row_count   integer     NOT NULL,
    imported_at timestamptz NOT NULL
);

CREATE TABLE catalog_model (
    name         varchar PRIMARY KEY,    -- what a user types: ollama pull <name>
    origin       varchar     NOT NULL,   -- catalog (models.csv) or discovered (an Ollama host's /api/show)
    family       varchar,
    architecture varchar,
    facts        varchar     NOT NULL,   -- ModelFacts as JSON: every fact with its value and source
    updated_at   timestamptz NOT NULL
);
