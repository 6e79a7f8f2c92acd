//! The server's SQLite storage (`sanad-server` with no configuration). `rusqlite` has two
//! named owners: `sanad-store` on the device and this backend on the server (see
//! ARCHITECTURE.md); the two share no code but the migration runner.

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::Mutex;

use super::push::{self, PushTx, Quota, RedeemTx, StoredRow};
use super::{
    DeviceRecord, FeedItem, Incoming, Pushed, Redeem, SQLITE_MIGRATIONS, Storage, StorageError,
    StoredEvent, TokenHolder, content_digest,
};

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> StorageError {
    move |_| StorageError::Storage(op)
}

/// The SQLite storage of the central API.
pub struct SqliteStorage {
    conn: Mutex<Connection>,
}

/// The name of the SQLite backend when it lived in `sanad-store::relay`.
pub type RelayDb = SqliteStorage;

impl std::fmt::Debug for SqliteStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteStorage")
    }
}

fn arr16(v: Vec<u8>) -> [u8; 16] {
    let mut a = [0u8; 16];
    if v.len() == 16 {
        a.copy_from_slice(&v);
    }
    a
}

/// A SQLite database for the one migration runner (`PRAGMA user_version`; each migration
/// in its own IMMEDIATE transaction).
pub(crate) struct Schema<'a>(pub(crate) &'a mut Connection);

impl sanad_migrate::Schema for Schema<'_> {
    type Error = StorageError;
    fn version(&mut self) -> Result<u32, StorageError> {
        self.0
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(storage("read version"))
    }
    fn apply(&mut self, sql: &str, version: u32) -> Result<(), StorageError> {
        let tx = self
            .0
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin migration"))?;
        tx.execute_batch(sql).map_err(storage("migration"))?;
        tx.pragma_update(None, "user_version", version)
            .map_err(storage("set version"))?;
        tx.commit().map_err(storage("commit migration"))
    }
}

/// Upgrade `conn` to `target` with the SQLite migrations.
pub(crate) fn migrate(conn: &mut Connection, target: u32) -> Result<(), StorageError> {
    sanad_migrate::migrate(&mut Schema(conn), SQLITE_MIGRATIONS, target).map_err(|e| match e {
        sanad_migrate::MigrateError::TooNew(v) => StorageError::TooNew(v),
        sanad_migrate::MigrateError::Backend(e) => e,
    })
}

impl SqliteStorage {
    /// Open (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<SqliteStorage, StorageError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(storage("open"))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )
        .map_err(storage("configure"))?;
        migrate(&mut conn, SQLITE_MIGRATIONS.len() as u32)?;
        Ok(SqliteStorage {
            conn: Mutex::new(conn),
        })
    }

    pub(super) fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent (transactions
        // roll back on drop), so a poisoned lock is still safe to use.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn read_events(&self, sql: &str) -> Result<Vec<StoredEvent>, StorageError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(sql).map_err(storage("read events"))?;
        stmt.query_map([], |r| {
            Ok(StoredEvent {
                device: arr16(r.get(0)?),
                seq: r.get::<_, i64>(1)? as u64,
                id: arr16(r.get(2)?),
                stats: r.get(3)?,
                sealed: r.get(4)?,
            })
        })
        .map_err(storage("read events"))?
        .collect::<Result<_, _>>()
        .map_err(storage("read events"))
    }
}

impl Storage for SqliteStorage {
    /// Record a one-time enrollment code (by its hash) for `worker`.
    fn add_enrollment(
        &self,
        code_hash: &[u8; 32],
        worker: &str,
        expires_ms: i64,
    ) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "INSERT INTO enrollments (code_hash, worker, expires_ms) VALUES (?1, ?2, ?3)",
                params![code_hash.as_slice(), worker, expires_ms],
            )
            .map_err(storage("add enrollment"))?;
        Ok(())
    }

    /// Redeem a code: on success the device is created with its key and token hash.
    fn redeem(
        &self,
        code_hash: &[u8; 32],
        now_ms: i64,
        device: &[u8; 16],
        device_key: &[u8; 32],
        token_hash: &[u8; 32],
    ) -> Result<Redeem, StorageError> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin enrollment"))?;
        let r = push::redeem(
            &mut Tx(&tx),
            code_hash,
            now_ms,
            device,
            device_key,
            token_hash,
        )?;
        tx.commit().map_err(storage("commit enrollment"))?;
        Ok(r)
    }

    /// The device holding this token hash, if any (revoked ones included).
    fn device_for_token(&self, token_hash: &[u8; 32]) -> Result<Option<TokenHolder>, StorageError> {
        self.conn()
            .query_row(
                "SELECT id, revoked FROM devices WHERE token_hash = ?1",
                [token_hash.as_slice()],
                |r| {
                    Ok(TokenHolder {
                        id: arr16(r.get(0)?),
                        revoked: r.get::<_, i64>(1)? != 0,
                    })
                },
            )
            .optional()
            .map_err(storage("authenticate"))
    }

    /// One device.
    fn device(&self, id: &[u8; 16]) -> Result<Option<DeviceRecord>, StorageError> {
        self.conn()
            .query_row(
                &format!("{DEVICE_SQL} WHERE id = ?1"),
                [id.as_slice()],
                device_row,
            )
            .optional()
            .map_err(storage("read device"))
    }

    /// Every device, in enrollment order.
    fn devices(&self) -> Result<Vec<DeviceRecord>, StorageError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(&format!("{DEVICE_SQL} ORDER BY enrolled_ms, id"))
            .map_err(storage("list devices"))?;
        stmt.query_map([], device_row)
            .map_err(storage("list devices"))?
            .collect::<Result<_, _>>()
            .map_err(storage("list devices"))
    }

    /// Mark a device seen now.
    fn touch(&self, id: &[u8; 16], now_ms: i64) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "UPDATE devices SET last_seen_ms = ?1 WHERE id = ?2",
                params![now_ms, id.as_slice()],
            )
            .map_err(storage("touch device"))?;
        Ok(())
    }

    /// Revoke a device; `false` if there is no such device.
    fn revoke(&self, id: &[u8; 16]) -> Result<bool, StorageError> {
        let n = self
            .conn()
            .execute(
                "UPDATE devices SET revoked = 1 WHERE id = ?1",
                [id.as_slice()],
            )
            .map_err(storage("revoke device"))?;
        Ok(n == 1)
    }

    /// Store a device's events (see the module docs), in one transaction, within its
    /// quota: the push stops at the first record that does not fit (see [`Pushed`]).
    fn push(
        &self,
        device: &[u8; 16],
        events: &[Incoming<'_>],
        now_ms: i64,
        quota: &Quota,
    ) -> Result<Pushed, StorageError> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin push"))?;
        let pushed = push::push(&mut Tx(&tx), device, events, now_ms, quota)?;
        tx.commit().map_err(storage("commit push"))?;
        Ok(pushed)
    }

    /// Keep a copy of a stored event in quarantine (export found it unreadable); stored
    /// once however often the export runs.
    fn set_aside(&self, e: &StoredEvent, reason: &str, now_ms: i64) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "INSERT OR IGNORE INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    e.device.as_slice(),
                    e.seq as i64,
                    e.id.as_slice(),
                    content_digest(e.stats.as_deref(), &e.sealed).as_slice(),
                    e.stats,
                    e.sealed,
                    reason,
                    now_ms
                ],
            )
            .map_err(storage("set aside"))?;
        Ok(())
    }

    /// Publish an item for one device, or for all (`None`); returns its cursor.
    fn publish(
        &self,
        device: Option<&[u8; 16]>,
        kind: &str,
        body: &str,
        now_ms: i64,
    ) -> Result<u64, StorageError> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO feed (device, kind, body, created_ms) VALUES (?1, ?2, ?3, ?4)",
            params![device.map(|d| d.to_vec()), kind, body, now_ms],
        )
        .map_err(storage("publish"))?;
        Ok(conn.last_insert_rowid() as u64)
    }

    /// Items for `device` (its own and those for all) after `cursor`, at most `limit`.
    fn feed(
        &self,
        device: &[u8; 16],
        cursor: u64,
        limit: usize,
    ) -> Result<Vec<FeedItem>, StorageError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT cursor, kind, body FROM feed WHERE cursor > ?1 \
                 AND (device IS NULL OR device = ?2) ORDER BY cursor LIMIT ?3",
            )
            .map_err(storage("read feed"))?;
        stmt.query_map(
            params![cursor as i64, device.as_slice(), limit as i64],
            |r| {
                Ok(FeedItem {
                    cursor: r.get::<_, i64>(0)? as u64,
                    kind: r.get(1)?,
                    body: r.get(2)?,
                })
            },
        )
        .map_err(storage("read feed"))?
        .collect::<Result<_, _>>()
        .map_err(storage("read feed"))
    }

    /// Every stored event, by device and sequence.
    fn events(&self) -> Result<Vec<StoredEvent>, StorageError> {
        // Tombstones of erased cases (empty), held records of withdrawn cases (one byte,
        // `sanad_sync::rights::HELD_PAYLOAD`) and withheld events are left out.
        self.read_events(
            "SELECT device, seq, id, stats, sealed FROM events e WHERE length(sealed) > 0 AND sealed <> x'00' \
             AND NOT EXISTS (SELECT 1 FROM withheld w WHERE w.device = e.device AND w.seq = e.seq) \
             ORDER BY device, seq",
        )
    }

    /// Every quarantined record.
    fn quarantined(&self) -> Result<Vec<StoredEvent>, StorageError> {
        self.read_events(
            "SELECT device, seq, id, stats, sealed FROM quarantine ORDER BY device, seq, id",
        )
    }
}

/// One open SQLite transaction, for the shared push and redeem logic.
struct Tx<'a, 'c>(&'a rusqlite::Transaction<'c>);

impl PushTx for Tx<'_, '_> {
    fn device_use(&mut self, device: &[u8; 16]) -> Result<(i64, u64, u64), StorageError> {
        self.0
            .query_row(
                "SELECT acked, stored_bytes, stored_rows FROM devices WHERE id = ?1",
                [device.as_slice()],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get::<_, i64>(1)? as u64,
                        r.get::<_, i64>(2)? as u64,
                    ))
                },
            )
            .map_err(storage("read acknowledgement"))
    }
    fn event_by_id(&mut self, id: &[u8; 16]) -> Result<Option<StoredRow>, StorageError> {
        self.0
            .prepare_cached("SELECT device, seq, stats, sealed FROM events WHERE id = ?1")
            .and_then(|mut s| {
                s.query_row([id.as_slice()], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()
            })
            .map_err(storage("push"))
    }
    fn seq_taken(&mut self, device: &[u8; 16], seq: i64) -> Result<bool, StorageError> {
        self.0
            .prepare_cached("SELECT 1 FROM events WHERE device = ?1 AND seq = ?2")
            .and_then(|mut s| s.exists(params![device.as_slice(), seq]))
            .map_err(storage("push"))
    }
    fn insert_event(
        &mut self,
        device: &[u8; 16],
        e: &Incoming<'_>,
        now_ms: i64,
    ) -> Result<(), StorageError> {
        self.0
            .prepare_cached("INSERT INTO events (device, seq, id, stats, sealed, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .and_then(|mut s| s.execute(params![device.as_slice(), e.seq as i64, e.id.as_slice(), e.stats, e.sealed, now_ms]))
            .map_err(storage("store event"))?;
        Ok(())
    }
    fn slot(
        &mut self,
        device: &[u8; 16],
        seq: i64,
        id: &[u8; 16],
        digest: &[u8; 32],
    ) -> Result<(i64, bool), StorageError> {
        self.0
            .prepare_cached(
                "SELECT COUNT(*), COALESCE(MAX(id = ?3 AND digest = ?4), 0) FROM quarantine WHERE device = ?1 AND seq = ?2",
            )
            .and_then(|mut s| {
                s.query_row(
                    params![device.as_slice(), seq, id.as_slice(), digest.as_slice()],
                    |r| Ok((r.get(0)?, r.get::<_, i64>(1)? != 0)),
                )
            })
            .map_err(storage("quarantine"))
    }
    fn insert_quarantine(
        &mut self,
        device: &[u8; 16],
        e: &Incoming<'_>,
        digest: &[u8; 32],
        reason: &str,
        now_ms: i64,
    ) -> Result<(), StorageError> {
        self.0
            .prepare_cached("INSERT INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .and_then(|mut s| {
                s.execute(params![device.as_slice(), e.seq as i64, e.id.as_slice(), digest.as_slice(), e.stats, e.sealed, reason, now_ms])
            })
            .map_err(storage("quarantine"))?;
        Ok(())
    }
    fn filled_after(&mut self, device: &[u8; 16], acked: i64) -> Result<Vec<i64>, StorageError> {
        let mut next = self
            .0
            .prepare_cached(
                "SELECT seq FROM events WHERE device = ?1 AND seq > ?2 \
                 UNION SELECT seq FROM quarantine WHERE device = ?1 AND seq > ?2 ORDER BY seq",
            )
            .map_err(storage("acknowledge"))?;
        next.query_map(params![device.as_slice(), acked], |r| r.get(0))
            .map_err(storage("acknowledge"))?
            .collect::<Result<_, _>>()
            .map_err(storage("acknowledge"))
    }
    fn finish(
        &mut self,
        device: &[u8; 16],
        acked: i64,
        now_ms: i64,
        used: (u64, u64),
    ) -> Result<(), StorageError> {
        self.0
            .execute(
                "UPDATE devices SET acked = ?1, last_seen_ms = ?2, stored_bytes = ?3, stored_rows = ?4 WHERE id = ?5",
                params![acked, now_ms, used.0 as i64, used.1 as i64, device.as_slice()],
            )
            .map_err(storage("acknowledge"))?;
        Ok(())
    }
}

impl RedeemTx for Tx<'_, '_> {
    fn enrollment(
        &mut self,
        code_hash: &[u8; 32],
    ) -> Result<Option<(String, i64, Option<Vec<u8>>)>, StorageError> {
        self.0
            .query_row(
                "SELECT worker, expires_ms, used_by FROM enrollments WHERE code_hash = ?1",
                [code_hash.as_slice()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(storage("read enrollment"))
    }
    fn device_key(&mut self, id: &[u8]) -> Result<Option<(Vec<u8>, bool)>, StorageError> {
        self.0
            .query_row(
                "SELECT device_key, revoked FROM devices WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? != 0)),
            )
            .optional()
            .map_err(storage("read enrollment"))
    }
    fn renew_token(
        &mut self,
        id: &[u8],
        token_hash: &[u8; 32],
        now_ms: i64,
    ) -> Result<(), StorageError> {
        self.0
            .execute(
                "UPDATE devices SET token_hash = ?1, last_seen_ms = ?2 WHERE id = ?3",
                params![token_hash.as_slice(), now_ms, id],
            )
            .map_err(storage("renew token"))?;
        Ok(())
    }
    fn use_code(&mut self, code_hash: &[u8; 32], device: &[u8; 16]) -> Result<(), StorageError> {
        self.0
            .execute(
                "UPDATE enrollments SET used_by = ?1 WHERE code_hash = ?2",
                params![device.as_slice(), code_hash.as_slice()],
            )
            .map_err(storage("use enrollment"))?;
        Ok(())
    }
    fn add_device(
        &mut self,
        device: &[u8; 16],
        worker: &str,
        device_key: &[u8; 32],
        token_hash: &[u8; 32],
        now_ms: i64,
    ) -> Result<(), StorageError> {
        self.0
            .execute(
                "INSERT INTO devices (id, worker, device_key, token_hash, enrolled_ms, last_seen_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![device.as_slice(), worker, device_key.as_slice(), token_hash.as_slice(), now_ms],
            )
            .map_err(storage("add device"))?;
        Ok(())
    }
}

/// A device with its counts (for status and the device list, not for authentication).
const DEVICE_SQL: &str = "SELECT id, worker, revoked, enrolled_ms, last_seen_ms, acked, \
     (SELECT COUNT(*) FROM events e WHERE e.device = d.id), \
     (SELECT COUNT(*) FROM quarantine q WHERE q.device = d.id) FROM devices d";

fn device_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeviceRecord> {
    Ok(DeviceRecord {
        id: arr16(r.get(0)?),
        worker: r.get(1)?,
        revoked: r.get::<_, i64>(2)? != 0,
        enrolled_ms: r.get(3)?,
        last_seen_ms: r.get(4)?,
        acked: r.get::<_, i64>(5)? as u64,
        events: r.get::<_, i64>(6)? as u64,
        quarantined: r.get::<_, i64>(7)? as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server database from before quotas (migrations 0001–0002) with events and a
    /// quarantined record: opening it counts what each device already stores, so the
    /// quota holds from the first push after the upgrade.
    #[test]
    fn an_existing_database_is_upgraded_with_the_use_already_stored() {
        let dir = std::env::temp_dir().join(format!(
            "sanad-relay-upgrade-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("server.db");
        {
            let mut conn = Connection::open(&path).expect("open");
            migrate(&mut conn, 2).expect("v2");
            conn.execute_batch(
                "INSERT INTO devices (id, worker, device_key, token_hash, enrolled_ms, last_seen_ms) \
                 VALUES (x'0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 'w', x'01', x'02', 0, 0);
                 INSERT INTO events (device, seq, id, stats, sealed, received_ms) VALUES
                   (x'0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 1, x'01', 'abc', x'0102030405', 0),
                   (x'0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 2, x'02', NULL, x'0102', 0);
                 INSERT INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES
                   (x'0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 1, x'01', x'09', NULL, x'010203', 'r', 0);",
            )
            .expect("rows");
        }
        let db = SqliteStorage::open(&path).expect("upgrade");
        let (bytes, rows): (i64, i64) = db
            .conn()
            .query_row("SELECT stored_bytes, stored_rows FROM devices", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("use");
        assert_eq!((bytes, rows), (3 + 5 + 2 + 3, 3));
        let quota = Quota {
            bytes: 14,
            rows: 100,
            quarantine_per_seq: 4,
        };
        let e = Incoming {
            id: [3; 16],
            seq: 3,
            stats: None,
            sealed: &[1, 2],
        };
        let p = db.push(&[0x0a; 16], &[e], 1, &quota).expect("push");
        assert_eq!(p.over_quota.map(|q| q.used), Some(13));
        drop(db);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
