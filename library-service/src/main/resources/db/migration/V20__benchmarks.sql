-- Benchmarks: every report of the hardware agents (hardware.benchmarks), measured or failed, kept as a history per
-- (host, model, Ollama version, emulated, settings). Not tied to host by a foreign key: a report may arrive before the
-- host's first capacity snapshot.

CREATE TABLE benchmark_run (
    run_id                  varchar PRIMARY KEY,          -- the agent's run id, also the event id
    request_id              varchar,                      -- the POST .../benchmarks it answers; null for the agent's own triggers
    host_id                 varchar          NOT NULL,
    model                   varchar          NOT NULL,    -- as installed on the host (name:tag)
    model_digest            varchar,
    ollama_version          varchar,
    emulated                boolean          NOT NULL,    -- the server was the OllamaEmulator: figures are modelled
    trigger                 varchar          NOT NULL,    -- request | new-model | schedule
    settings_key            varchar          NOT NULL,    -- prompt, num_ctx, num_predict, seed, temperature in one string
    num_ctx                 integer          NOT NULL,
    outcome                 varchar          NOT NULL,    -- measured | failed
    error                   varchar,
    load_duration_ns        bigint,
    prompt_eval_count       integer,
    prompt_eval_duration_ns bigint,
    prompt_tokens_per_second double precision,
    eval_count              integer,
    eval_duration_ns        bigint,
    decode_tokens_per_second double precision,
    total_duration_ns       bigint,
    size_bytes              bigint,
    size_vram_bytes         bigint,
    context_length          integer,
    change_percent          double precision,             -- decode vs the previous measured run with the same key
    started_at              timestamptz      NOT NULL,
    finished_at             timestamptz      NOT NULL,
    received_at             timestamptz      NOT NULL
);
CREATE INDEX benchmark_run_host_time ON benchmark_run (host_id, finished_at DESC);
CREATE INDEX benchmark_run_key_time ON benchmark_run (host_id, model, ollama_version, emulated, settings_key, finished_at DESC);
