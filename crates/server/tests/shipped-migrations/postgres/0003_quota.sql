-- 0003: per-device storage use (mirrors crates/store/relay-migrations/0003_quota.sql).

ALTER TABLE devices ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN stored_rows BIGINT NOT NULL DEFAULT 0;

UPDATE devices SET
    stored_bytes =
        (SELECT COALESCE(SUM(octet_length(sealed) + COALESCE(octet_length(stats), 0)), 0)
           FROM events e WHERE e.device = devices.id)
      + (SELECT COALESCE(SUM(octet_length(sealed) + COALESCE(octet_length(stats), 0)), 0)
           FROM quarantine q WHERE q.device = devices.id),
    stored_rows =
        (SELECT COUNT(*) FROM events e WHERE e.device = devices.id)
      + (SELECT COUNT(*) FROM quarantine q WHERE q.device = devices.id);
