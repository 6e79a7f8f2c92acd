//! The person's rights on the server (Law 09-08), for both backends: a device's signed
//! notice names its own events of one case (`sanad_protocol::RightsNotice`; the API
//! checks the signature). Erase: each event's row keeps only a tombstone — device,
//! sequence number, event id, time received; its sealed payload and statistics are
//! deleted, and so is any quarantined record of the device at that sequence number or
//! with that id. A sequence number not pushed yet gets a tombstone too, so the
//! acknowledgement moves past it. Withdraw: the events stay sealed but are left out of
//! every export (`withheld`).

use rusqlite::{OptionalExtension, params};

use super::postgres::PgStorage;
use super::sqlite::SqliteStorage;
use super::{StorageError, contiguous};

/// What the person's rights need from a storage backend.
pub trait Rights {
    /// The device's Ed25519 public key (32 bytes) as enrolled, if the device exists.
    fn device_public_key(&self, id: &[u8; 16]) -> Result<Option<Vec<u8>>, StorageError>;
    /// Erase the device's `events` (sequence number, id): see the module docs. Returns
    /// how many stored payloads were deleted.
    fn erase(
        &self,
        device: &[u8; 16],
        events: &[(u64, [u8; 16])],
        now_ms: i64,
    ) -> Result<u64, StorageError>;
    /// Keep the device's `events` out of every export. Returns how many stored events
    /// are newly withheld.
    fn withhold(
        &self,
        device: &[u8; 16],
        events: &[(u64, [u8; 16])],
        now_ms: i64,
    ) -> Result<u64, StorageError>;
}

fn lite(op: &'static str) -> impl FnOnce(rusqlite::Error) -> StorageError {
    move |_| StorageError::Storage(op)
}

fn pg(op: &'static str) -> impl FnOnce(postgres::Error) -> StorageError {
    move |_| StorageError::Storage(op)
}

/// Recount a device's use the way migration 0003 counts it.
const RECOUNT_SQLITE: &str = "UPDATE devices SET \
    stored_bytes = (SELECT COALESCE(SUM(length(sealed) + COALESCE(length(CAST(stats AS BLOB)), 0)), 0) FROM events e WHERE e.device = devices.id) \
      + (SELECT COALESCE(SUM(length(sealed) + COALESCE(length(CAST(stats AS BLOB)), 0)), 0) FROM quarantine q WHERE q.device = devices.id), \
    stored_rows = (SELECT COUNT(*) FROM events e WHERE e.device = devices.id) \
      + (SELECT COUNT(*) FROM quarantine q WHERE q.device = devices.id) \
    WHERE id = ?1";

const RECOUNT_PG: &str = "UPDATE devices SET \
    stored_bytes = (SELECT COALESCE(SUM(octet_length(sealed) + COALESCE(octet_length(stats), 0)), 0) FROM events e WHERE e.device = devices.id) \
      + (SELECT COALESCE(SUM(octet_length(sealed) + COALESCE(octet_length(stats), 0)), 0) FROM quarantine q WHERE q.device = devices.id), \
    stored_rows = (SELECT COUNT(*) FROM events e WHERE e.device = devices.id) \
      + (SELECT COUNT(*) FROM quarantine q WHERE q.device = devices.id) \
    WHERE id = $1";

const FILLED: &str = "SELECT seq FROM events WHERE device = ?1 AND seq > ?2 \
     UNION SELECT seq FROM quarantine WHERE device = ?1 AND seq > ?2 ORDER BY seq";

const FILLED_PG: &str = "SELECT seq FROM events WHERE device = $1 AND seq > $2 \
     UNION SELECT seq FROM quarantine WHERE device = $1 AND seq > $2 ORDER BY seq";

impl Rights for SqliteStorage {
    fn device_public_key(&self, id: &[u8; 16]) -> Result<Option<Vec<u8>>, StorageError> {
        self.conn()
            .query_row(
                "SELECT device_key FROM devices WHERE id = ?1",
                [id.as_slice()],
                |r| r.get(0),
            )
            .optional()
            .map_err(lite("read device key"))
    }

    fn erase(
        &self,
        device: &[u8; 16],
        events: &[(u64, [u8; 16])],
        now_ms: i64,
    ) -> Result<u64, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(lite("begin erasure"))?;
        let mut applied = 0u64;
        let d = device.as_slice();
        for (seq, id) in events {
            let seq = *seq as i64;
            applied += tx
                .execute(
                    "UPDATE events SET sealed = x'', stats = NULL \
                     WHERE device = ?1 AND seq = ?2 AND id = ?3 AND length(sealed) > 0",
                    params![d, seq, id.as_slice()],
                )
                .map_err(lite("erase event"))? as u64;
            tx.execute(
                "INSERT INTO events (device, seq, id, stats, sealed, received_ms) \
                 VALUES (?1, ?2, ?3, NULL, x'', ?4) ON CONFLICT DO NOTHING",
                params![d, seq, id.as_slice(), now_ms],
            )
            .map_err(lite("erase event"))?;
            tx.execute(
                "DELETE FROM quarantine WHERE device = ?1 AND (seq = ?2 OR id = ?3)",
                params![d, seq, id.as_slice()],
            )
            .map_err(lite("erase quarantined record"))?;
        }
        tx.execute(RECOUNT_SQLITE, [d])
            .map_err(lite("count storage"))?;
        let acked: i64 = tx
            .query_row("SELECT acked FROM devices WHERE id = ?1", [d], |r| r.get(0))
            .map_err(lite("acknowledge"))?;
        let filled: Vec<i64> = {
            let mut stmt = tx.prepare(FILLED).map_err(lite("acknowledge"))?;
            let rows = stmt
                .query_map(params![d, acked], |r| r.get(0))
                .map_err(lite("acknowledge"))?;
            rows.collect::<Result<_, _>>()
                .map_err(lite("acknowledge"))?
        };
        tx.execute(
            "UPDATE devices SET acked = ?1 WHERE id = ?2",
            params![contiguous(acked, filled), d],
        )
        .map_err(lite("acknowledge"))?;
        tx.commit().map_err(lite("commit erasure"))?;
        // Freed pages are not left readable in the file (the payloads were ciphertext, but
        // erased means gone).
        conn.execute_batch(
            "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);",
        )
        .map_err(lite("scrub after erasure"))?;
        Ok(applied)
    }

    fn withhold(
        &self,
        device: &[u8; 16],
        events: &[(u64, [u8; 16])],
        now_ms: i64,
    ) -> Result<u64, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(lite("begin withdrawal"))?;
        let mut applied = 0u64;
        for (seq, id) in events {
            applied += tx
                .execute(
                    "INSERT INTO withheld (device, seq, received_ms) \
                     SELECT device, seq, ?4 FROM events WHERE device = ?1 AND seq = ?2 AND id = ?3 \
                     ON CONFLICT DO NOTHING",
                    params![device.as_slice(), *seq as i64, id.as_slice(), now_ms],
                )
                .map_err(lite("withhold event"))? as u64;
        }
        tx.commit().map_err(lite("commit withdrawal"))?;
        Ok(applied)
    }
}

impl Rights for PgStorage {
    fn device_public_key(&self, id: &[u8; 16]) -> Result<Option<Vec<u8>>, StorageError> {
        Ok(self
            .client()
            .query_opt(
                "SELECT device_key FROM devices WHERE id = $1",
                &[&id.as_slice()],
            )
            .map_err(pg("read device key"))?
            .map(|r| r.get::<_, Vec<u8>>(0)))
    }

    fn erase(
        &self,
        device: &[u8; 16],
        events: &[(u64, [u8; 16])],
        now_ms: i64,
    ) -> Result<u64, StorageError> {
        let mut client = self.client();
        let mut tx = client.transaction().map_err(pg("begin erasure"))?;
        let d = device.as_slice();
        let empty: &[u8] = &[];
        let mut applied = 0u64;
        for (seq, id) in events {
            let (seq, id) = (*seq as i64, id.as_slice());
            applied += tx
                .execute(
                    "UPDATE events SET sealed = $4, stats = NULL \
                     WHERE device = $1 AND seq = $2 AND id = $3 AND octet_length(sealed) > 0",
                    &[&d, &seq, &id, &empty],
                )
                .map_err(pg("erase event"))?;
            tx.execute(
                "INSERT INTO events (device, seq, id, stats, sealed, received_ms) \
                 VALUES ($1, $2, $3, NULL, $4, $5) ON CONFLICT DO NOTHING",
                &[&d, &seq, &id, &empty, &now_ms],
            )
            .map_err(pg("erase event"))?;
            tx.execute(
                "DELETE FROM quarantine WHERE device = $1 AND (seq = $2 OR id = $3)",
                &[&d, &seq, &id],
            )
            .map_err(pg("erase quarantined record"))?;
        }
        tx.execute(RECOUNT_PG, &[&d]).map_err(pg("count storage"))?;
        let acked: i64 = tx
            .query_one("SELECT acked FROM devices WHERE id = $1", &[&d])
            .map_err(pg("acknowledge"))?
            .get(0);
        let filled: Vec<i64> = tx
            .query(FILLED_PG, &[&d, &acked])
            .map_err(pg("acknowledge"))?
            .iter()
            .map(|r| r.get(0))
            .collect();
        tx.execute(
            "UPDATE devices SET acked = $1 WHERE id = $2",
            &[&contiguous(acked, filled), &d],
        )
        .map_err(pg("acknowledge"))?;
        tx.commit().map_err(pg("commit erasure"))?;
        Ok(applied)
    }

    fn withhold(
        &self,
        device: &[u8; 16],
        events: &[(u64, [u8; 16])],
        now_ms: i64,
    ) -> Result<u64, StorageError> {
        let mut client = self.client();
        let mut tx = client.transaction().map_err(pg("begin withdrawal"))?;
        let mut applied = 0u64;
        for (seq, id) in events {
            applied += tx
                .execute(
                    "INSERT INTO withheld (device, seq, received_ms) \
                     SELECT device, seq, $4 FROM events WHERE device = $1 AND seq = $2 AND id = $3 \
                     ON CONFLICT DO NOTHING",
                    &[&device.as_slice(), &(*seq as i64), &id.as_slice(), &now_ms],
                )
                .map_err(pg("withhold event"))?;
        }
        tx.commit().map_err(pg("commit withdrawal"))?;
        Ok(applied)
    }
}
