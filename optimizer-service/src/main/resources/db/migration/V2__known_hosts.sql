-- The fleet's Ollama hosts a session may run on: the latest capacity snapshot of each host, from hardware.capacity
-- (compacted: a new consumer group reads every host's latest report from the start of the topic).

CREATE TABLE known_host (
    host_id         varchar PRIMARY KEY,
    hostname        varchar,
    ollama_base_url varchar,               -- the Ollama the agent reports beside it; null when it reports none
    observed_at     timestamptz NOT NULL,  -- when the agent took the latest snapshot; an older replay never replaces it
    received_at     timestamptz NOT NULL,
    left_at         timestamptz,           -- set by a leave event, cleared by the next report
    snapshot        varchar     NOT NULL   -- the latest CapacitySnapshot as JSON
);
