-- Audit records: the gateway's own (key changes, failed logins) and every service's, consumed from audit.events.
CREATE TABLE audit_event (
    id          varchar PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       varchar     NOT NULL,
    roles       varchar     NOT NULL,
    action      varchar     NOT NULL,
    target_type varchar,
    target_id   varchar,
    outcome     varchar     NOT NULL,
    request_id  varchar,
    service     varchar     NOT NULL,
    detail      varchar
);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_action ON audit_event (action, occurred_at);
