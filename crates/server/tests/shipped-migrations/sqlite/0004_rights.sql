-- 0004: the person's rights (Law 09-08). Never edit a shipped migration; add a new one.
-- An erased case leaves its events' rows as tombstones (empty payload, no statistics:
-- no table is needed for that). A case whose sharing the person withdrew keeps its
-- sealed payloads, named here by (device, sequence number), out of every export.

CREATE TABLE withheld (
    device      BLOB NOT NULL,
    seq         INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;
