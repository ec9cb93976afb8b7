-- API keys: only HMAC-SHA256(pepper, secret) is kept; the full key is shown once, when it is created.
CREATE TABLE api_key (
    key_id       varchar PRIMARY KEY,
    secret_hash  bytea       NOT NULL,
    owner        varchar     NOT NULL,
    roles        varchar     NOT NULL,
    name         varchar     NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_key_owner ON api_key (owner);
