//! The central API's SQLite storage (`sanad-server` with no configuration). It lives here
//! because this crate is the one owner of rusqlite; `sanad-server` wraps it behind its
//! storage trait, beside the PostgreSQL backend, and runs one conformance suite on both.
//!
//! Push is idempotent by event id: the same id with the same bytes is acknowledged again;
//! the same id with other bytes, or a sequence number already taken by another event, is
//! quarantined (kept, reported, never dropped) and does not block the events behind it.
//! The acknowledgement is the highest sequence number up to which every slot is filled.

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::Path;
use std::sync::Mutex;

use crate::db::{OpenError, configure, migrate_with};

mod push;
use crate::seal::sha256;
pub use push::{OverQuota, Quota, cost, over_quota};
use push::{Stored, store_one};

const MIGRATIONS: &[&str] = &[
    include_str!("../relay-migrations/0001_relay.sql"),
    include_str!("../relay-migrations/0002_feed.sql"),
    include_str!("../relay-migrations/0003_quota.sql"),
];

/// A storage failure of the central API (no case data: step names only).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelayError {
    /// SQLite failed during the named step.
    #[error("server storage failure during {0}")]
    Storage(&'static str),
    /// The database was written by a newer server.
    #[error("the server database is from a newer version ({0})")]
    TooNew(u32),
}

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> RelayError {
    move |_| RelayError::Storage(op)
}

/// Outcome of redeeming an enrollment code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redeem {
    /// The device is enrolled (its id: new, or the one this code already enrolled with
    /// the same device key, whose token is then replaced: a retried enrollment whose
    /// answer was lost is not locked out).
    Enrolled([u8; 16]),
    /// No such code.
    Unknown,
    /// The code expired.
    Expired,
    /// The code was already used.
    Used,
}

/// A device as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// Device id.
    pub id: [u8; 16],
    /// The worker it was enrolled for.
    pub worker: String,
    /// Revoked devices get a wipe order instead of service.
    pub revoked: bool,
    /// Enrollment time (ms since the epoch).
    pub enrolled_ms: i64,
    /// Last authenticated request.
    pub last_seen_ms: i64,
    /// Highest contiguous sequence stored.
    pub acked: u64,
    /// Events stored.
    pub events: u64,
    /// Records in quarantine.
    pub quarantined: u64,
}

/// Who holds a token: what authentication needs, read without counting anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenHolder {
    /// Device id.
    pub id: [u8; 16],
    /// Revoked devices get a wipe order instead of service.
    pub revoked: bool,
}

/// One event arriving from a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Incoming<'a> {
    /// Event id.
    pub id: [u8; 16],
    /// Device sequence number.
    pub seq: u64,
    /// De-identified statistics (JSON), if any.
    pub stats: Option<&'a str>,
    /// Sealed payload.
    pub sealed: &'a [u8],
}

/// One stored event (or quarantined record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    /// Device id.
    pub device: [u8; 16],
    /// Sequence number.
    pub seq: u64,
    /// Event id.
    pub id: [u8; 16],
    /// Statistics JSON.
    pub stats: Option<String>,
    /// Sealed payload.
    pub sealed: Vec<u8>,
}

/// One item a device pulls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// Position in the feed (pull after it next time).
    pub cursor: u64,
    /// `directory` (a signed bundle) or `command` (a signed command).
    pub kind: String,
    /// The signed document.
    pub body: String,
}

/// What a push did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pushed {
    /// Highest contiguous sequence stored for the device.
    pub acked: u64,
    /// Ids quarantined by this push (or refused a place in a full quarantine slot).
    pub conflicts: Vec<[u8; 16]>,
    /// Set when the device's quota stopped the push: the events before the one that did
    /// not fit are stored, that one and the rest are not.
    pub over_quota: Option<OverQuota>,
}

/// Why an export set a record aside: it does not open with the organisation's key, or it
/// is not a valid event of the device that sent it.
pub const UNREADABLE: &str = "set aside by export: does not open or is not this device's event";

/// Why a record was quarantined: its id is stored with other content.
pub const SAME_ID_OTHER_CONTENT: &str = "same event id, different content";
/// Why a record was quarantined: its sequence number holds another event.
pub const SEQUENCE_TAKEN: &str = "sequence number already used by another event";

/// Digest of a record's content, so a repeated conflicting record is quarantined once.
pub fn content_digest(stats: Option<&str>, sealed: &[u8]) -> [u8; 32] {
    let mut d = stats.unwrap_or("").as_bytes().to_vec();
    d.push(0);
    d.extend_from_slice(sealed);
    sha256(&d)
}

/// The acknowledgement after `acked`, given the filled sequence numbers above it in
/// ascending order: the highest one reached without a gap.
pub fn contiguous(acked: i64, filled: impl IntoIterator<Item = i64>) -> i64 {
    let mut acked = acked;
    for s in filled {
        if s != acked + 1 {
            break;
        }
        acked = s;
    }
    acked
}

/// (device, seq, stats, sealed) of a stored event.
type StoredRow = (Vec<u8>, i64, Option<String>, Vec<u8>);

/// The SQLite storage of the central API.
pub struct RelayDb {
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for RelayDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RelayDb")
    }
}

fn arr16(v: Vec<u8>) -> [u8; 16] {
    let mut a = [0u8; 16];
    if v.len() == 16 {
        a.copy_from_slice(&v);
    }
    a
}

impl RelayDb {
    /// Open (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<RelayDb, RelayError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(storage("open"))?;
        let map = |e: OpenError| match e {
            OpenError::Sqlite(op) => RelayError::Storage(op),
            OpenError::TooNew(v) => RelayError::TooNew(v),
        };
        configure(&conn).map_err(map)?;
        migrate_with(&mut conn, MIGRATIONS, MIGRATIONS.len() as u32).map_err(map)?;
        Ok(RelayDb {
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent (transactions
        // roll back on drop), so a poisoned lock is still safe to use.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Record a one-time enrollment code (by its hash) for `worker`.
    pub fn add_enrollment(
        &self,
        code_hash: &[u8; 32],
        worker: &str,
        expires_ms: i64,
    ) -> Result<(), RelayError> {
        self.conn()
            .execute(
                "INSERT INTO enrollments (code_hash, worker, expires_ms) VALUES (?1, ?2, ?3)",
                params![code_hash.as_slice(), worker, expires_ms],
            )
            .map_err(storage("add enrollment"))?;
        Ok(())
    }

    /// Redeem a code: on success the device is created with its key and token hash.
    pub fn redeem(
        &self,
        code_hash: &[u8; 32],
        now_ms: i64,
        device: &[u8; 16],
        device_key: &[u8; 32],
        token_hash: &[u8; 32],
    ) -> Result<Redeem, RelayError> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(storage("begin enrollment"))?;
        let row: Option<(String, i64, Option<Vec<u8>>)> = tx
            .query_row(
                "SELECT worker, expires_ms, used_by FROM enrollments WHERE code_hash = ?1",
                [code_hash.as_slice()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(storage("read enrollment"))?;
        let Some((worker, expires, used)) = row else {
            return Ok(Redeem::Unknown);
        };
        if now_ms >= expires {
            return Ok(Redeem::Expired);
        }
        if let Some(used) = used {
            let same_key: Option<(Vec<u8>, i64)> = tx
                .query_row(
                    "SELECT device_key, revoked FROM devices WHERE id = ?1",
                    [used.as_slice()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(storage("read enrollment"))?;
            if same_key.is_some_and(|(k, revoked)| k == device_key.as_slice() && revoked == 0) {
                tx.execute(
                    "UPDATE devices SET token_hash = ?1, last_seen_ms = ?2 WHERE id = ?3",
                    params![token_hash.as_slice(), now_ms, used.as_slice()],
                )
                .map_err(storage("renew token"))?;
                tx.commit().map_err(storage("commit enrollment"))?;
                return Ok(Redeem::Enrolled(arr16(used)));
            }
            return Ok(Redeem::Used);
        }
        tx.execute(
            "UPDATE enrollments SET used_by = ?1 WHERE code_hash = ?2",
            params![device.as_slice(), code_hash.as_slice()],
        )
        .map_err(storage("use enrollment"))?;
        tx.execute(
            "INSERT INTO devices (id, worker, device_key, token_hash, enrolled_ms, last_seen_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![device.as_slice(), worker, device_key.as_slice(), token_hash.as_slice(), now_ms],
        )
        .map_err(storage("add device"))?;
        tx.commit().map_err(storage("commit enrollment"))?;
        Ok(Redeem::Enrolled(*device))
    }

    /// The device holding this token hash, if any (revoked ones included).
    pub fn device_for_token(
        &self,
        token_hash: &[u8; 32],
    ) -> Result<Option<TokenHolder>, RelayError> {
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
    pub fn device(&self, id: &[u8; 16]) -> Result<Option<DeviceRecord>, RelayError> {
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
    pub fn devices(&self) -> Result<Vec<DeviceRecord>, RelayError> {
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
    pub fn touch(&self, id: &[u8; 16], now_ms: i64) -> Result<(), RelayError> {
        self.conn()
            .execute(
                "UPDATE devices SET last_seen_ms = ?1 WHERE id = ?2",
                params![now_ms, id.as_slice()],
            )
            .map_err(storage("touch device"))?;
        Ok(())
    }

    /// Revoke a device; `false` if there is no such device.
    pub fn revoke(&self, id: &[u8; 16]) -> Result<bool, RelayError> {
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
    pub fn push(
        &self,
        device: &[u8; 16],
        events: &[Incoming<'_>],
        now_ms: i64,
        quota: &Quota,
    ) -> Result<Pushed, RelayError> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(storage("begin push"))?;
        let (mut acked, bytes, rows): (i64, i64, i64) = tx
            .query_row(
                "SELECT acked, stored_bytes, stored_rows FROM devices WHERE id = ?1",
                [device.as_slice()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(storage("read acknowledgement"))?;
        let mut used = (bytes as u64, rows as u64);
        let mut pushed = Pushed::default();
        for e in events {
            match store_one(&tx, device, e, now_ms, quota, used)? {
                Stored::Repeat => {}
                Stored::Added => used = (used.0 + cost(e), used.1 + 1),
                Stored::Conflict { added } => {
                    if added {
                        used = (used.0 + cost(e), used.1 + 1);
                    }
                    pushed.conflicts.push(e.id);
                }
                Stored::OverQuota(q) => {
                    pushed.over_quota = Some(q);
                    break;
                }
            }
        }
        {
            let mut next = tx
                .prepare_cached(
                    "SELECT seq FROM events WHERE device = ?1 AND seq > ?2 \
                     UNION SELECT seq FROM quarantine WHERE device = ?1 AND seq > ?2 ORDER BY seq",
                )
                .map_err(storage("acknowledge"))?;
            let filled: Vec<i64> = next
                .query_map(params![device.as_slice(), acked], |r| r.get(0))
                .map_err(storage("acknowledge"))?
                .collect::<Result<_, _>>()
                .map_err(storage("acknowledge"))?;
            acked = contiguous(acked, filled);
        }
        tx.execute(
            "UPDATE devices SET acked = ?1, last_seen_ms = ?2, stored_bytes = ?3, stored_rows = ?4 WHERE id = ?5",
            params![acked, now_ms, used.0 as i64, used.1 as i64, device.as_slice()],
        )
        .map_err(storage("acknowledge"))?;
        tx.commit().map_err(storage("commit push"))?;
        pushed.acked = acked as u64;
        Ok(pushed)
    }

    /// Keep a copy of a stored event in quarantine (export found it unreadable); stored
    /// once however often the export runs.
    pub fn set_aside(&self, e: &StoredEvent, reason: &str, now_ms: i64) -> Result<(), RelayError> {
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
    pub fn publish(
        &self,
        device: Option<&[u8; 16]>,
        kind: &str,
        body: &str,
        now_ms: i64,
    ) -> Result<u64, RelayError> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO feed (device, kind, body, created_ms) VALUES (?1, ?2, ?3, ?4)",
            params![device.map(|d| d.to_vec()), kind, body, now_ms],
        )
        .map_err(storage("publish"))?;
        Ok(conn.last_insert_rowid() as u64)
    }

    /// Items for `device` (its own and those for all) after `cursor`, at most `limit`.
    pub fn feed(
        &self,
        device: &[u8; 16],
        cursor: u64,
        limit: usize,
    ) -> Result<Vec<FeedItem>, RelayError> {
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
    pub fn events(&self) -> Result<Vec<StoredEvent>, RelayError> {
        self.read_events("SELECT device, seq, id, stats, sealed FROM events ORDER BY device, seq")
    }

    /// Every quarantined record.
    pub fn quarantined(&self) -> Result<Vec<StoredEvent>, RelayError> {
        self.read_events(
            "SELECT device, seq, id, stats, sealed FROM quarantine ORDER BY device, seq, id",
        )
    }

    fn read_events(&self, sql: &str) -> Result<Vec<StoredEvent>, RelayError> {
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
            migrate_with(&mut conn, MIGRATIONS, 2).expect("v2");
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
        let db = RelayDb::open(&path).expect("upgrade");
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
