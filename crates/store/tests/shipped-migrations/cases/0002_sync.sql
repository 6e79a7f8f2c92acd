-- 0002: sync bookkeeping. Never edit a shipped migration; add a new one.
-- The outbox keeps each event as it will go on the wire (sealed to the organisation's key,
-- with its de-identified statistics), sealed again under the store key, until the server
-- acknowledges it: a retry resends the same bytes, so the server can tell a repeat from a
-- conflict. Settings hold small sealed values (the sync credentials); names are not case
-- data.

CREATE TABLE outbox (
    seq    INTEGER PRIMARY KEY,
    sealed BLOB NOT NULL
);

CREATE TABLE settings (
    name   TEXT PRIMARY KEY,
    sealed BLOB NOT NULL
) WITHOUT ROWID;
