-- 0003: one data key per case (Law 09-08 erasure). Never edit a shipped migration; add a
-- new one. Each case's events and state are sealed under its own random key; the key is
-- kept here only wrapped (sealed) by the store key, bound to the case id. Erasing a case
-- deletes this row with the case's events and state: what is left of them anywhere
-- cannot be opened. Cases written before this migration are sealed again under a key of
-- their own at the first unlock (`case_keys.rs`).

CREATE TABLE case_keys (
    case_id BLOB PRIMARY KEY,
    wrapped BLOB NOT NULL
) WITHOUT ROWID;

-- What was erased and must still be told to the server: the case's own events by this
-- device's sequence number and event id (no content, no reference, no alias). The row
-- stays, with `notified_ms` set, once the server confirmed.
CREATE TABLE erasures (
    case_id     BLOB PRIMARY KEY,
    erased_ms   INTEGER NOT NULL,
    events      BLOB NOT NULL,   -- seq (8 bytes, big-endian) || event id (16), repeated
    notified_ms INTEGER
) WITHOUT ROWID;
