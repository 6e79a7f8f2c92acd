-- 0003: per-device storage use, kept beside the device so a push checks its quota without
-- reading the device's events. Counted from what is already stored. Never edit a shipped
-- migration; add a new one.

ALTER TABLE devices ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN stored_rows INTEGER NOT NULL DEFAULT 0;

UPDATE devices SET
    stored_bytes =
        (SELECT COALESCE(SUM(length(sealed) + COALESCE(length(CAST(stats AS BLOB)), 0)), 0)
           FROM events e WHERE e.device = devices.id)
      + (SELECT COALESCE(SUM(length(sealed) + COALESCE(length(CAST(stats AS BLOB)), 0)), 0)
           FROM quarantine q WHERE q.device = devices.id),
    stored_rows =
        (SELECT COUNT(*) FROM events e WHERE e.device = devices.id)
      + (SELECT COUNT(*) FROM quarantine q WHERE q.device = devices.id);
