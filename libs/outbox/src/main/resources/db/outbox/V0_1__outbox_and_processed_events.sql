-- Shared by every service that publishes or consumes events; each service gets these tables in its own schema.

-- (varchar without a length is unbounded in Postgres and is what Hibernate validation expects.)
-- Transactional outbox: a state change and its event commit in one transaction; OutboxRelay publishes them.
CREATE TABLE outbox_event (
    id          uuid PRIMARY KEY,
    topic       varchar        NOT NULL,
    event_type  varchar        NOT NULL,
    source      varchar        NOT NULL,
    subject     varchar        NOT NULL,
    occurred_at timestamptz NOT NULL,
    payload     varchar        NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  varchar
);
CREATE INDEX outbox_event_occurred_at ON outbox_event (occurred_at);

-- Idempotent consumption: the ce_id of every event already applied, written in the same transaction as its effect.
CREATE TABLE processed_event (
    event_id     varchar PRIMARY KEY,
    event_type   varchar        NOT NULL,
    processed_at timestamptz NOT NULL
);
