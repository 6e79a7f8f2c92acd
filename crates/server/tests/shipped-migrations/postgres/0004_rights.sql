-- 0004: the person's rights (mirrors sqlite-migrations/0004_rights.sql). Never edit a
-- shipped migration; add a new one.

CREATE TABLE withheld (
    device      BYTEA NOT NULL,
    seq         BIGINT NOT NULL,
    received_ms BIGINT NOT NULL,
    PRIMARY KEY (device, seq)
);
