-- Optimizer results: the best trial of each completed optimizer session that ran an Ollama model
-- (io.oeml.optimizer.session.finished on optimizer.session-events), as measured performance of that model on the host
-- the trial ran on. Other statuses, external (ask-and-tell) sessions and sessions without a single best trial are not
-- stored (see README "Measured by the optimizer"). Not tied to host by a foreign key, as benchmark_run.

CREATE TABLE optimizer_result (
    session_id         varchar PRIMARY KEY,
    event_id           varchar          NOT NULL,     -- the session.finished event it came from
    owner              varchar          NOT NULL,     -- who ran the session
    host_id            varchar          NOT NULL,     -- where the best trial ran
    model              varchar          NOT NULL,     -- as the optimizer named it (installed name:tag)
    model_type         varchar,                       -- the built-in suite kind: general | code | creative | analysis
    objectives         varchar          NOT NULL,     -- comma-separated, in the session's order
    strategy           varchar          NOT NULL,
    trials             integer          NOT NULL,
    trial_number       integer          NOT NULL,     -- the best trial
    overall_score      double precision NOT NULL,
    parameters         varchar          NOT NULL,     -- the best trial's Ollama options as JSON
    quality            double precision NOT NULL,     -- 0-1, the evaluation suite's weighted score
    quality_noise      double precision,
    mean_latency_ms    double precision NOT NULL,
    mean_ttft_ms       double precision NOT NULL,
    tokens_per_second  double precision NOT NULL,
    memory_bytes       bigint,
    memory_source      varchar,                       -- measured | estimated
    finished_at        timestamptz      NOT NULL,
    received_at        timestamptz      NOT NULL
);
CREATE INDEX optimizer_result_host_time ON optimizer_result (host_id, finished_at DESC);
