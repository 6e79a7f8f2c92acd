-- 0002: what devices pull (mirrors crates/store/relay-migrations/0002_feed.sql).

CREATE TABLE feed (
    cursor     BIGSERIAL PRIMARY KEY,
    device     BYTEA,
    kind       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_ms BIGINT NOT NULL
);
CREATE INDEX feed_by_device ON feed (device, cursor);
