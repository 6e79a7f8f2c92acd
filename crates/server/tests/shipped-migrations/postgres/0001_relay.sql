-- 0001: the central API's storage (PostgreSQL backend); mirrors the SQLite schema in
-- crates/store/relay-migrations. Never edit a shipped migration; add a new one.

CREATE TABLE enrollments (
    code_hash  BYTEA PRIMARY KEY,
    worker     TEXT NOT NULL,
    expires_ms BIGINT NOT NULL,
    used_by    BYTEA
);

CREATE TABLE devices (
    id           BYTEA PRIMARY KEY,
    worker       TEXT NOT NULL,
    device_key   BYTEA NOT NULL,
    token_hash   BYTEA NOT NULL UNIQUE,
    revoked      BOOLEAN NOT NULL DEFAULT FALSE,
    enrolled_ms  BIGINT NOT NULL,
    last_seen_ms BIGINT NOT NULL,
    acked        BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE events (
    device      BYTEA NOT NULL,
    seq         BIGINT NOT NULL,
    id          BYTEA NOT NULL UNIQUE,
    stats       TEXT,
    sealed      BYTEA NOT NULL,
    received_ms BIGINT NOT NULL,
    PRIMARY KEY (device, seq)
);

CREATE TABLE quarantine (
    device      BYTEA NOT NULL,
    seq         BIGINT NOT NULL,
    id          BYTEA NOT NULL,
    digest      BYTEA NOT NULL,
    stats       TEXT,
    sealed      BYTEA NOT NULL,
    reason      TEXT NOT NULL,
    received_ms BIGINT NOT NULL,
    PRIMARY KEY (device, seq, id, digest)
);
