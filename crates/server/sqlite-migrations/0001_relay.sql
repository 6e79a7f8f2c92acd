-- 0001: the central API's storage (SQLite backend). Sealed payloads only: the server holds
-- no key that opens them. Never edit a shipped migration; add a new one.

CREATE TABLE enrollments (
    code_hash  BLOB PRIMARY KEY,       -- SHA-256 of the one-time code
    worker     TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    used_by    BLOB                    -- device id once redeemed
) WITHOUT ROWID;

CREATE TABLE devices (
    id           BLOB PRIMARY KEY,     -- 16 random bytes
    worker       TEXT NOT NULL,
    device_key   BLOB NOT NULL,        -- Ed25519 public key
    token_hash   BLOB NOT NULL UNIQUE, -- SHA-256 of the bearer token
    revoked      INTEGER NOT NULL DEFAULT 0,
    enrolled_ms  INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    acked        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE events (
    device      BLOB NOT NULL,
    seq         INTEGER NOT NULL,
    id          BLOB NOT NULL UNIQUE,
    stats       TEXT,
    sealed      BLOB NOT NULL,
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;

-- Conflicting records, kept apart (never dropped) for a person to look at.
CREATE TABLE quarantine (
    device      BLOB NOT NULL,
    seq         INTEGER NOT NULL,
    id          BLOB NOT NULL,
    digest      BLOB NOT NULL,         -- SHA-256 of stats || sealed: a repeat is stored once
    stats       TEXT,
    sealed      BLOB NOT NULL,
    reason      TEXT NOT NULL,
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (device, seq, id, digest)
) WITHOUT ROWID;
