-- 0001: the encrypted case store. Never edit a shipped migration; add a new one.
-- Only sync bookkeeping is in clear: ids, device, sequence, timestamps. Everything else is
-- an AEAD envelope (see src/crypto.rs) or an HMAC blind index.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- Append-only event log. `sealed` = envelope(EventKind JSON), AAD binds table + id.
CREATE TABLE events (
    id        BLOB PRIMARY KEY,   -- UUIDv7, 16 bytes
    case_id   BLOB NOT NULL,      -- case UUID, 16 bytes
    device_id BLOB NOT NULL,      -- writer device, 16 bytes
    seq       INTEGER NOT NULL,   -- per-device sequence, from 1, no gaps
    at_ms     INTEGER NOT NULL,   -- ms since the epoch
    sealed    BLOB NOT NULL,
    UNIQUE (device_id, seq)
) WITHOUT ROWID;
CREATE INDEX events_by_case ON events (case_id, at_ms, id);

-- One row per case: the folded state (a cache of the events, updated in the same
-- transaction as each append) and the reference's blind index for exact lookup.
CREATE TABLE cases (
    id         BLOB PRIMARY KEY,
    ref_index  BLOB NOT NULL UNIQUE,
    sealed     BLOB NOT NULL,      -- envelope(CaseState JSON), AAD binds table + id
    updated_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX cases_by_update ON cases (updated_ms);

-- Unfinished work (a screening in progress). The slot name is a blind index.
CREATE TABLE drafts (
    slot       BLOB PRIMARY KEY,
    sealed     BLOB NOT NULL,
    updated_ms INTEGER NOT NULL
) WITHOUT ROWID;
