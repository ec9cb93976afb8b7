-- Discovery leases: a row while a library-service replica scans a host, so no two replicas scan one host at once.

CREATE TABLE discovery_lease (
    host_id    varchar PRIMARY KEY,
    holder     varchar     NOT NULL,   -- the replica scanning it: host name and run id
    started_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL    -- a replica that died mid-scan holds the host no longer than this
);
