-- Fleet view: the latest capacity snapshot of each Ollama host and the history of snapshots, from hardware.capacity.

CREATE TABLE host (
    host_id       varchar PRIMARY KEY,
    hostname      varchar,
    first_seen_at timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,  -- when the latest report reached this service
    observed_at   timestamptz NOT NULL,  -- when the agent took the latest snapshot; staleness is measured from it
    left_at       timestamptz,           -- set by a leave event, cleared by the next report
    snapshot      varchar        NOT NULL   -- the latest CapacitySnapshot as JSON
);

CREATE TABLE capacity_snapshot (
    id                     bigserial PRIMARY KEY,
    event_id               varchar        NOT NULL UNIQUE,
    host_id                varchar        NOT NULL REFERENCES host (host_id),
    observed_at            timestamptz NOT NULL,
    memory_total_bytes     bigint      NOT NULL,
    memory_available_bytes bigint      NOT NULL,
    gpu_count              integer     NOT NULL,
    gpu_free_bytes         bigint,
    snapshot               varchar        NOT NULL
);
CREATE INDEX capacity_snapshot_host_time ON capacity_snapshot (host_id, observed_at DESC);
