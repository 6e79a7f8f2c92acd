//! The PostgreSQL backend (`sanad-server serve --db postgres://…`): the same behaviour as
//! the SQLite one, held to it by the shared conformance suite.

use postgres::{Client, NoTls};
use std::sync::Mutex;

use super::push::{self, PushTx, Quota, RedeemTx, StoredRow};
use super::{
    DeviceRecord, FeedItem, Incoming, PG_MIGRATIONS, Pushed, Redeem, Storage, StorageError,
    StoredEvent, TokenHolder, content_digest,
};

fn storage(op: &'static str) -> impl FnOnce(postgres::Error) -> StorageError {
    move |_| StorageError::Storage(op)
}

/// PostgreSQL storage over one connection (requests are serialized, as with SQLite).
pub struct PgStorage {
    client: Mutex<Conn>,
}

/// The connection. The synchronous client owns a small runtime of its own, which must not
/// be dropped on an async worker: it is dropped on a plain thread instead.
pub(super) struct Conn(Option<Client>);

impl std::ops::Deref for Conn {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.0
            .as_ref()
            .unwrap_or_else(|| unreachable!("taken only on drop"))
    }
}

impl std::ops::DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut Client {
        self.0
            .as_mut()
            .unwrap_or_else(|| unreachable!("taken only on drop"))
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            let _ = std::thread::spawn(move || drop(c)).join();
        }
    }
}

impl std::fmt::Debug for PgStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PgStorage")
    }
}

fn arr16(v: &[u8]) -> [u8; 16] {
    let mut a = [0u8; 16];
    if v.len() == 16 {
        a.copy_from_slice(v);
    }
    a
}

fn device_row(r: &postgres::Row) -> DeviceRecord {
    DeviceRecord {
        id: arr16(r.get::<_, &[u8]>(0)),
        worker: r.get(1),
        revoked: r.get(2),
        enrolled_ms: r.get(3),
        last_seen_ms: r.get(4),
        acked: r.get::<_, i64>(5) as u64,
        events: r.get::<_, i64>(6) as u64,
        quarantined: r.get::<_, i64>(7) as u64,
    }
}

const DEVICE_SQL: &str = "SELECT id, worker, revoked, enrolled_ms, last_seen_ms, acked, \
     (SELECT COUNT(*) FROM events e WHERE e.device = d.id), \
     (SELECT COUNT(*) FROM quarantine q WHERE q.device = d.id) FROM devices d";

impl PgStorage {
    /// Connect and migrate (`schema_version` table; every migration in one transaction,
    /// under a lock, through the one runner).
    pub fn connect(url: &str) -> Result<PgStorage, StorageError> {
        let mut client = Client::connect(url, NoTls).map_err(storage("connect to PostgreSQL"))?;
        client
            .batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            .map_err(storage("migrate"))?;
        let mut tx = client.transaction().map_err(storage("migrate"))?;
        tx.batch_execute("LOCK TABLE schema_version IN EXCLUSIVE MODE")
            .map_err(storage("migrate"))?;
        migrate(&mut tx, PG_MIGRATIONS.len() as u32)?;
        tx.commit().map_err(storage("migrate"))?;
        Ok(PgStorage {
            client: Mutex::new(Conn(Some(client))),
        })
    }

    pub(super) fn client(&self) -> std::sync::MutexGuard<'_, Conn> {
        self.client.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Remove every row (tests run the conformance suite on a shared database).
    pub fn clear_for_tests(&self) -> Result<(), StorageError> {
        self.client()
            .batch_execute("TRUNCATE enrollments, devices, events, quarantine, feed, withheld")
            .map_err(storage("clear"))
    }

    fn read_events(&self, sql: &str) -> Result<Vec<StoredEvent>, StorageError> {
        Ok(self
            .client()
            .query(sql, &[])
            .map_err(storage("read events"))?
            .iter()
            .map(|r| StoredEvent {
                device: arr16(r.get::<_, &[u8]>(0)),
                seq: r.get::<_, i64>(1) as u64,
                id: arr16(r.get::<_, &[u8]>(2)),
                stats: r.get(3),
                sealed: r.get(4),
            })
            .collect())
    }
}

impl Storage for PgStorage {
    fn add_enrollment(&self, h: &[u8; 32], worker: &str, exp: i64) -> Result<(), StorageError> {
        self.client()
            .execute(
                "INSERT INTO enrollments (code_hash, worker, expires_ms) VALUES ($1, $2, $3)",
                &[&h.as_slice(), &worker, &exp],
            )
            .map_err(storage("add enrollment"))?;
        Ok(())
    }

    fn redeem(
        &self,
        h: &[u8; 32],
        now: i64,
        device: &[u8; 16],
        key: &[u8; 32],
        token: &[u8; 32],
    ) -> Result<Redeem, StorageError> {
        let mut c = self.client();
        let mut tx = c.transaction().map_err(storage("begin enrollment"))?;
        let r = push::redeem(&mut tx, h, now, device, key, token)?;
        tx.commit().map_err(storage("commit enrollment"))?;
        Ok(r)
    }

    fn device_for_token(&self, t: &[u8; 32]) -> Result<Option<TokenHolder>, StorageError> {
        Ok(self
            .client()
            .query_opt(
                "SELECT id, revoked FROM devices WHERE token_hash = $1",
                &[&t.as_slice()],
            )
            .map_err(storage("authenticate"))?
            .map(|r| TokenHolder {
                id: arr16(r.get::<_, &[u8]>(0)),
                revoked: r.get(1),
            }))
    }

    fn device(&self, id: &[u8; 16]) -> Result<Option<DeviceRecord>, StorageError> {
        Ok(self
            .client()
            .query_opt(&format!("{DEVICE_SQL} WHERE id = $1"), &[&id.as_slice()])
            .map_err(storage("read device"))?
            .map(|r| device_row(&r)))
    }

    fn devices(&self) -> Result<Vec<DeviceRecord>, StorageError> {
        Ok(self
            .client()
            .query(&format!("{DEVICE_SQL} ORDER BY enrolled_ms, id"), &[])
            .map_err(storage("list devices"))?
            .iter()
            .map(device_row)
            .collect())
    }

    fn touch(&self, id: &[u8; 16], now: i64) -> Result<(), StorageError> {
        self.client()
            .execute(
                "UPDATE devices SET last_seen_ms = $1 WHERE id = $2",
                &[&now, &id.as_slice()],
            )
            .map_err(storage("touch device"))?;
        Ok(())
    }

    fn revoke(&self, id: &[u8; 16]) -> Result<bool, StorageError> {
        let n = self
            .client()
            .execute(
                "UPDATE devices SET revoked = TRUE WHERE id = $1",
                &[&id.as_slice()],
            )
            .map_err(storage("revoke device"))?;
        Ok(n == 1)
    }

    fn push(
        &self,
        device: &[u8; 16],
        events: &[Incoming<'_>],
        now: i64,
        quota: &Quota,
    ) -> Result<Pushed, StorageError> {
        let mut c = self.client();
        let mut tx = c.transaction().map_err(storage("begin push"))?;
        let st = Statements::prepare(&mut tx)?;
        let pushed = push::push(&mut PgPush { tx: &mut tx, st }, device, events, now, quota)?;
        tx.commit().map_err(storage("commit push"))?;
        Ok(pushed)
    }

    fn set_aside(&self, e: &StoredEvent, reason: &str, now: i64) -> Result<(), StorageError> {
        let digest = content_digest(e.stats.as_deref(), &e.sealed);
        self.client()
            .execute(
                "INSERT INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
                &[
                    &e.device.as_slice(),
                    &(e.seq as i64),
                    &e.id.as_slice(),
                    &digest.as_slice(),
                    &e.stats,
                    &e.sealed,
                    &reason,
                    &now,
                ],
            )
            .map_err(storage("set aside"))?;
        Ok(())
    }

    fn publish(
        &self,
        device: Option<&[u8; 16]>,
        kind: &str,
        body: &str,
        now: i64,
    ) -> Result<u64, StorageError> {
        let d: Option<&[u8]> = device.map(|d| d.as_slice());
        let row = self
            .client()
            .query_one(
                "INSERT INTO feed (device, kind, body, created_ms) VALUES ($1, $2, $3, $4) RETURNING cursor",
                &[&d, &kind, &body, &now],
            )
            .map_err(storage("publish"))?;
        Ok(row.get::<_, i64>(0) as u64)
    }

    fn feed(
        &self,
        device: &[u8; 16],
        cursor: u64,
        limit: usize,
    ) -> Result<Vec<FeedItem>, StorageError> {
        Ok(self
            .client()
            .query(
                "SELECT cursor, kind, body FROM feed WHERE cursor > $1 \
                 AND (device IS NULL OR device = $2) ORDER BY cursor LIMIT $3",
                &[&(cursor as i64), &device.as_slice(), &(limit as i64)],
            )
            .map_err(storage("read feed"))?
            .iter()
            .map(|r| FeedItem {
                cursor: r.get::<_, i64>(0) as u64,
                kind: r.get(1),
                body: r.get(2),
            })
            .collect())
    }

    fn events(&self) -> Result<Vec<StoredEvent>, StorageError> {
        // Tombstones of erased cases (empty), held records of withdrawn cases (one byte,
        // `sanad_sync::rights::HELD_PAYLOAD`) and withheld events are left out.
        self.read_events(
            "SELECT device, seq, id, stats, sealed FROM events e WHERE octet_length(sealed) > 0 AND sealed <> '\\x00'::bytea \
             AND NOT EXISTS (SELECT 1 FROM withheld w WHERE w.device = e.device AND w.seq = e.seq) \
             ORDER BY device, seq",
        )
    }

    fn quarantined(&self) -> Result<Vec<StoredEvent>, StorageError> {
        self.read_events(
            "SELECT device, seq, id, stats, sealed FROM quarantine ORDER BY device, seq, id",
        )
    }
}

/// The statements of a push, prepared once per push (not once per event).
struct Statements {
    by_id: postgres::Statement,
    by_seq: postgres::Statement,
    insert: postgres::Statement,
    slot: postgres::Statement,
    quarantine: postgres::Statement,
}

impl Statements {
    fn prepare(tx: &mut postgres::Transaction<'_>) -> Result<Statements, StorageError> {
        let mut p = |sql: &str| tx.prepare(sql).map_err(storage("push"));
        Ok(Statements {
            by_id: p("SELECT device, seq, stats, sealed FROM events WHERE id = $1")?,
            by_seq: p("SELECT 1 FROM events WHERE device = $1 AND seq = $2")?,
            insert: p(
                "INSERT INTO events (device, seq, id, stats, sealed, received_ms) VALUES ($1, $2, $3, $4, $5, $6)",
            )?,
            slot: p(
                "SELECT COUNT(*), COALESCE(BOOL_OR(id = $3 AND digest = $4), FALSE) FROM quarantine WHERE device = $1 AND seq = $2",
            )?,
            quarantine: p(
                "INSERT INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )?,
        })
    }
}

/// The schema version table for the one migration runner, inside the connection's
/// migration transaction (which holds the lock).
pub(crate) struct Schema<'a, 'c>(pub(crate) &'a mut postgres::Transaction<'c>);

impl sanad_migrate::Schema for Schema<'_, '_> {
    type Error = StorageError;
    fn version(&mut self) -> Result<u32, StorageError> {
        Ok(self
            .0
            .query_opt("SELECT version FROM schema_version", &[])
            .map_err(storage("migrate"))?
            .map_or(0, |r| r.get::<_, i32>(0)) as u32)
    }
    fn apply(&mut self, sql: &str, version: u32) -> Result<(), StorageError> {
        self.0.batch_execute(sql).map_err(storage("migrate"))?;
        self.0
            .execute("DELETE FROM schema_version", &[])
            .map_err(storage("migrate"))?;
        self.0
            .execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[&(version as i32)],
            )
            .map_err(storage("migrate"))?;
        Ok(())
    }
}

/// Upgrade to `target` with the PostgreSQL migrations (the caller commits).
pub(crate) fn migrate(tx: &mut postgres::Transaction<'_>, target: u32) -> Result<(), StorageError> {
    sanad_migrate::migrate(&mut Schema(tx), PG_MIGRATIONS, target).map_err(|e| match e {
        sanad_migrate::MigrateError::TooNew(v) => StorageError::TooNew(v),
        sanad_migrate::MigrateError::Backend(e) => e,
    })
}

/// One open push transaction with its prepared statements.
struct PgPush<'a, 'c> {
    tx: &'a mut postgres::Transaction<'c>,
    st: Statements,
}

impl PushTx for PgPush<'_, '_> {
    fn device_use(&mut self, device: &[u8; 16]) -> Result<(i64, u64, u64), StorageError> {
        let r = self
            .tx
            .query_one(
                "SELECT acked, stored_bytes, stored_rows FROM devices WHERE id = $1 FOR UPDATE",
                &[&device.as_slice()],
            )
            .map_err(storage("read acknowledgement"))?;
        Ok((
            r.get(0),
            r.get::<_, i64>(1) as u64,
            r.get::<_, i64>(2) as u64,
        ))
    }
    fn event_by_id(&mut self, id: &[u8; 16]) -> Result<Option<StoredRow>, StorageError> {
        Ok(self
            .tx
            .query_opt(&self.st.by_id, &[&id.as_slice()])
            .map_err(storage("push"))?
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))))
    }
    fn seq_taken(&mut self, device: &[u8; 16], seq: i64) -> Result<bool, StorageError> {
        Ok(self
            .tx
            .query_opt(&self.st.by_seq, &[&device.as_slice(), &seq])
            .map_err(storage("push"))?
            .is_some())
    }
    fn insert_event(
        &mut self,
        device: &[u8; 16],
        e: &Incoming<'_>,
        now: i64,
    ) -> Result<(), StorageError> {
        self.tx
            .execute(
                &self.st.insert,
                &[
                    &device.as_slice(),
                    &(e.seq as i64),
                    &e.id.as_slice(),
                    &e.stats,
                    &e.sealed,
                    &now,
                ],
            )
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
        let r = self
            .tx
            .query_one(
                &self.st.slot,
                &[&device.as_slice(), &seq, &id.as_slice(), &digest.as_slice()],
            )
            .map_err(storage("quarantine"))?;
        Ok((r.get(0), r.get(1)))
    }
    fn insert_quarantine(
        &mut self,
        device: &[u8; 16],
        e: &Incoming<'_>,
        digest: &[u8; 32],
        reason: &str,
        now: i64,
    ) -> Result<(), StorageError> {
        self.tx
            .execute(
                &self.st.quarantine,
                &[
                    &device.as_slice(),
                    &(e.seq as i64),
                    &e.id.as_slice(),
                    &digest.as_slice(),
                    &e.stats,
                    &e.sealed,
                    &reason,
                    &now,
                ],
            )
            .map_err(storage("quarantine"))?;
        Ok(())
    }
    fn filled_after(&mut self, device: &[u8; 16], acked: i64) -> Result<Vec<i64>, StorageError> {
        Ok(self
            .tx
            .query(
                "SELECT seq FROM events WHERE device = $1 AND seq > $2 \
                 UNION SELECT seq FROM quarantine WHERE device = $1 AND seq > $2 ORDER BY seq",
                &[&device.as_slice(), &acked],
            )
            .map_err(storage("acknowledge"))?
            .iter()
            .map(|r| r.get::<_, i64>(0))
            .collect())
    }
    fn finish(
        &mut self,
        device: &[u8; 16],
        acked: i64,
        now: i64,
        used: (u64, u64),
    ) -> Result<(), StorageError> {
        self.tx
            .execute(
                "UPDATE devices SET acked = $1, last_seen_ms = $2, stored_bytes = $3, stored_rows = $4 WHERE id = $5",
                &[&acked, &now, &(used.0 as i64), &(used.1 as i64), &device.as_slice()],
            )
            .map_err(storage("acknowledge"))?;
        Ok(())
    }
}

impl RedeemTx for postgres::Transaction<'_> {
    fn enrollment(
        &mut self,
        h: &[u8; 32],
    ) -> Result<Option<(String, i64, Option<Vec<u8>>)>, StorageError> {
        Ok(self
            .query_opt(
                "SELECT worker, expires_ms, used_by FROM enrollments WHERE code_hash = $1 FOR UPDATE",
                &[&h.as_slice()],
            )
            .map_err(storage("read enrollment"))?
            .map(|r| (r.get(0), r.get(1), r.get(2))))
    }
    fn device_key(&mut self, id: &[u8]) -> Result<Option<(Vec<u8>, bool)>, StorageError> {
        Ok(self
            .query_opt(
                "SELECT device_key, revoked FROM devices WHERE id = $1",
                &[&id],
            )
            .map_err(storage("read enrollment"))?
            .map(|r| (r.get(0), r.get(1))))
    }
    fn renew_token(&mut self, id: &[u8], token: &[u8; 32], now: i64) -> Result<(), StorageError> {
        self.execute(
            "UPDATE devices SET token_hash = $1, last_seen_ms = $2 WHERE id = $3",
            &[&token.as_slice(), &now, &id],
        )
        .map_err(storage("renew token"))?;
        Ok(())
    }
    fn use_code(&mut self, h: &[u8; 32], device: &[u8; 16]) -> Result<(), StorageError> {
        self.execute(
            "UPDATE enrollments SET used_by = $1 WHERE code_hash = $2",
            &[&device.as_slice(), &h.as_slice()],
        )
        .map_err(storage("use enrollment"))?;
        Ok(())
    }
    fn add_device(
        &mut self,
        device: &[u8; 16],
        worker: &str,
        key: &[u8; 32],
        token: &[u8; 32],
        now: i64,
    ) -> Result<(), StorageError> {
        self.execute(
            "INSERT INTO devices (id, worker, device_key, token_hash, enrolled_ms, last_seen_ms) VALUES ($1, $2, $3, $4, $5, $5)",
            &[&device.as_slice(), &worker, &key.as_slice(), &token.as_slice(), &now],
        )
        .map_err(storage("add device"))?;
        Ok(())
    }
}
