-- 0002: what devices pull: signed directory bundles and signed commands, in publication
-- order. `device` NULL: for every device. Never edit a shipped migration; add a new one.

CREATE TABLE feed (
    cursor     INTEGER PRIMARY KEY AUTOINCREMENT,
    device     BLOB,
    kind       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE INDEX feed_by_device ON feed (device, cursor);
