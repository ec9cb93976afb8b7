-- Optimization sessions and their trials: everything a replica needs to resume a session after a crash.

CREATE TABLE optimization_session (
    session_id        varchar PRIMARY KEY,       -- a UUID
    owner             varchar     NOT NULL,      -- the caller's owner id (io.oeml.identity Caller.owner())
    kind              varchar     NOT NULL CHECK (kind IN ('ollama', 'external')),
    model_name        varchar,                   -- null for an external (ask-and-tell) session
    model_type        varchar,                   -- general, code, creative, analysis; null for an external session
    strategy          varchar     NOT NULL,      -- optimizer-search StrategyName wire name
    objectives        varchar     NOT NULL,      -- comma list, in order; the first gives overall_score
    constraints       varchar     NOT NULL,      -- JSON {max_latency_ms, max_memory_bytes, min_quality}
    seed              bigint      NOT NULL,
    max_iterations    integer     NOT NULL CHECK (max_iterations > 0),
    timeout_minutes   integer     NOT NULL CHECK (timeout_minutes > 0),
    parallelism       integer     NOT NULL CHECK (parallelism > 0),
    space             varchar     NOT NULL,      -- JSON list of optimizer-search ParameterSpec, in space order
    fixed_options     varchar     NOT NULL,      -- JSON object of Ollama options sent with every trial
    space_report      varchar     NOT NULL,      -- JSON {left_out, bounds} of the planned space
    suite             varchar,                   -- the uploaded suite (JSON lines); null = the built-in suite
    hosts             varchar     NOT NULL,      -- JSON list of {host_id, base_url}; empty for an external session
    status            varchar     NOT NULL
        CHECK (status IN ('created', 'running', 'completed', 'cancelled', 'failed', 'timed_out')),
    reason            varchar,                   -- why it failed, timed out or was cancelled
    current_iteration integer     NOT NULL DEFAULT 0,  -- trials told (completed)
    best_trial        integer,                   -- trial number of the best feasible trial so far
    revision          integer     NOT NULL DEFAULT 0,  -- bumped by every ask and tell: a stale in-memory strategy shows
    created_at        timestamptz NOT NULL,
    started_at        timestamptz,
    finished_at       timestamptz,
    deadline_at       timestamptz,               -- started_at + timeout; enforced by whichever replica holds the lease
    lease_holder      varchar,                   -- the replica running the session's trials
    lease_expires_at  timestamptz
);
CREATE INDEX optimization_session_owner_status ON optimization_session (owner, status);
CREATE INDEX optimization_session_claimable ON optimization_session (lease_expires_at) WHERE status = 'running' AND kind = 'ollama';

CREATE TABLE optimization_trial (
    session_id    varchar     NOT NULL REFERENCES optimization_session (session_id) ON DELETE CASCADE,
    trial_number  integer     NOT NULL,
    status        varchar     NOT NULL CHECK (status IN ('asked', 'completed', 'failed', 'abandoned')),
    parameters    varchar     NOT NULL,          -- JSON of the strategy's assignment (searched values only)
    budget        integer     NOT NULL,          -- evaluation prompts granted; 0 = the whole suite
    told_order    integer,                       -- 1, 2, ... in the order trials were told (what restore replays)
    objective_values varchar,                    -- JSON list, one minimised value per objective
    feasible      boolean,
    overall_score double precision,              -- higher is better: minus the first minimised value
    host_id       varchar,
    figures       varchar,                       -- JSON TrialFigures of an Ollama trial
    error         varchar,                       -- why a failed trial failed
    asked_at      timestamptz NOT NULL,
    completed_at  timestamptz,
    duration_ms   bigint,
    PRIMARY KEY (session_id, trial_number)
);
