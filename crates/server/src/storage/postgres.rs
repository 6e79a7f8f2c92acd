//! The PostgreSQL backend (`sanad-server serve --db postgres://…`): the same behaviour as
//! the SQLite one, held to it by the shared conformance suite.

use postgres::{Client, NoTls};
use std::sync::Mutex;

use sanad_store::relay::{
    OverQuota, Quota, SAME_ID_OTHER_CONTENT, SEQUENCE_TAKEN, content_digest, contiguous, cost,
    over_quota,
};

use super::{
    DeviceRecord, FeedItem, Incoming, Pushed, Redeem, Storage, StorageError, StoredEvent,
    TokenHolder,
};

const MIGRATIONS: &[&str] = &[
    include_str!("../../pg-migrations/0001_relay.sql"),
    include_str!("../../pg-migrations/0002_feed.sql"),
    include_str!("../../pg-migrations/0003_quota.sql"),
];

fn storage(op: &'static str) -> impl FnOnce(postgres::Error) -> StorageError {
    move |_| StorageError::Storage(op)
}

/// PostgreSQL storage over one connection (requests are serialized, as with SQLite).
pub struct PgStorage {
    client: Mutex<Conn>,
}

/// The connection. The synchronous client owns a small runtime of its own, which must not
/// be dropped on an async worker: it is dropped on a plain thread instead.
struct Conn(Option<Client>);

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
    /// Connect and migrate (`schema_version` table; each migration in a transaction).
    pub fn connect(url: &str) -> Result<PgStorage, StorageError> {
        let mut client = Client::connect(url, NoTls).map_err(storage("connect to PostgreSQL"))?;
        client
            .batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            .map_err(storage("migrate"))?;
        let mut tx = client.transaction().map_err(storage("migrate"))?;
        tx.batch_execute("LOCK TABLE schema_version IN EXCLUSIVE MODE")
            .map_err(storage("migrate"))?;
        let v: i32 = tx
            .query_opt("SELECT version FROM schema_version", &[])
            .map_err(storage("migrate"))?
            .map_or(0, |r| r.get(0));
        if v as usize > MIGRATIONS.len() {
            return Err(StorageError::TooNew(v as u32));
        }
        for m in &MIGRATIONS[v as usize..] {
            tx.batch_execute(m).map_err(storage("migrate"))?;
        }
        tx.execute("DELETE FROM schema_version", &[])
            .map_err(storage("migrate"))?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES ($1)",
            &[&(MIGRATIONS.len() as i32)],
        )
        .map_err(storage("migrate"))?;
        tx.commit().map_err(storage("migrate"))?;
        Ok(PgStorage {
            client: Mutex::new(Conn(Some(client))),
        })
    }

    fn client(&self) -> std::sync::MutexGuard<'_, Conn> {
        self.client.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Remove every row (tests run the conformance suite on a shared database).
    pub fn clear_for_tests(&self) -> Result<(), StorageError> {
        self.client()
            .batch_execute("TRUNCATE enrollments, devices, events, quarantine, feed")
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
        let row = tx
            .query_opt(
                "SELECT worker, expires_ms, used_by FROM enrollments WHERE code_hash = $1 FOR UPDATE",
                &[&h.as_slice()],
            )
            .map_err(storage("read enrollment"))?;
        let Some(row) = row else {
            return Ok(Redeem::Unknown);
        };
        let (worker, expires, used): (String, i64, Option<Vec<u8>>) =
            (row.get(0), row.get(1), row.get(2));
        if now >= expires {
            return Ok(Redeem::Expired);
        }
        if let Some(used) = used {
            let same = tx
                .query_opt(
                    "SELECT device_key, revoked FROM devices WHERE id = $1",
                    &[&used.as_slice()],
                )
                .map_err(storage("read enrollment"))?
                .is_some_and(|r| r.get::<_, &[u8]>(0) == key.as_slice() && !r.get::<_, bool>(1));
            if same {
                tx.execute(
                    "UPDATE devices SET token_hash = $1, last_seen_ms = $2 WHERE id = $3",
                    &[&token.as_slice(), &now, &used.as_slice()],
                )
                .map_err(storage("renew token"))?;
                tx.commit().map_err(storage("commit enrollment"))?;
                return Ok(Redeem::Enrolled(arr16(&used)));
            }
            return Ok(Redeem::Used);
        }
        tx.execute(
            "UPDATE enrollments SET used_by = $1 WHERE code_hash = $2",
            &[&device.as_slice(), &h.as_slice()],
        )
        .map_err(storage("use enrollment"))?;
        tx.execute(
            "INSERT INTO devices (id, worker, device_key, token_hash, enrolled_ms, last_seen_ms) VALUES ($1, $2, $3, $4, $5, $5)",
            &[&device.as_slice(), &worker, &key.as_slice(), &token.as_slice(), &now],
        )
        .map_err(storage("add device"))?;
        tx.commit().map_err(storage("commit enrollment"))?;
        Ok(Redeem::Enrolled(*device))
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
        let row = tx
            .query_one(
                "SELECT acked, stored_bytes, stored_rows FROM devices WHERE id = $1 FOR UPDATE",
                &[&device.as_slice()],
            )
            .map_err(storage("read acknowledgement"))?;
        let acked0: i64 = row.get(0);
        let mut used = (row.get::<_, i64>(1) as u64, row.get::<_, i64>(2) as u64);
        let mut pushed = Pushed::default();
        let st = Statements::prepare(&mut tx)?;
        for e in events {
            match pg_store_one(&mut tx, &st, device, e, now, quota, used)? {
                PgStored::Repeat => {}
                PgStored::Added => used = (used.0 + cost(e), used.1 + 1),
                PgStored::Conflict { added } => {
                    if added {
                        used = (used.0 + cost(e), used.1 + 1);
                    }
                    pushed.conflicts.push(e.id);
                }
                PgStored::OverQuota(q) => {
                    pushed.over_quota = Some(q);
                    break;
                }
            }
        }
        let filled = tx
            .query(
                "SELECT seq FROM events WHERE device = $1 AND seq > $2 \
                 UNION SELECT seq FROM quarantine WHERE device = $1 AND seq > $2 ORDER BY seq",
                &[&device.as_slice(), &acked0],
            )
            .map_err(storage("acknowledge"))?;
        let acked = contiguous(acked0, filled.iter().map(|r| r.get::<_, i64>(0)));
        tx.execute(
            "UPDATE devices SET acked = $1, last_seen_ms = $2, stored_bytes = $3, stored_rows = $4 WHERE id = $5",
            &[&acked, &now, &(used.0 as i64), &(used.1 as i64), &device.as_slice()],
        )
        .map_err(storage("acknowledge"))?;
        tx.commit().map_err(storage("commit push"))?;
        pushed.acked = acked as u64;
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
        self.read_events("SELECT device, seq, id, stats, sealed FROM events ORDER BY device, seq")
    }

    fn quarantined(&self) -> Result<Vec<StoredEvent>, StorageError> {
        self.read_events(
            "SELECT device, seq, id, stats, sealed FROM quarantine ORDER BY device, seq, id",
        )
    }
}

/// What storing one incoming record did (as in the SQLite backend).
enum PgStored {
    Repeat,
    Added,
    Conflict { added: bool },
    OverQuota(OverQuota),
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

/// Store one record (the SQLite backend's `store_one`, in PostgreSQL).
fn pg_store_one(
    tx: &mut postgres::Transaction<'_>,
    st: &Statements,
    device: &[u8; 16],
    e: &Incoming<'_>,
    now: i64,
    quota: &Quota,
    used: (u64, u64),
) -> Result<PgStored, StorageError> {
    let seq = e.seq as i64;
    let existing = tx
        .query_opt(&st.by_id, &[&e.id.as_slice()])
        .map_err(storage("push"))?;
    let reason = match existing {
        Some(r) => {
            let same = r.get::<_, &[u8]>(0) == device.as_slice()
                && r.get::<_, i64>(1) == seq
                && r.get::<_, Option<&str>>(2) == e.stats
                && r.get::<_, &[u8]>(3) == e.sealed;
            if same {
                return Ok(PgStored::Repeat);
            }
            SAME_ID_OTHER_CONTENT
        }
        None => {
            let taken = tx
                .query_opt(&st.by_seq, &[&device.as_slice(), &seq])
                .map_err(storage("push"))?
                .is_some();
            if !taken {
                if let Some(q) = over_quota(quota, used, cost(e)) {
                    return Ok(PgStored::OverQuota(q));
                }
                tx.execute(
                    &st.insert,
                    &[
                        &device.as_slice(),
                        &seq,
                        &e.id.as_slice(),
                        &e.stats,
                        &e.sealed,
                        &now,
                    ],
                )
                .map_err(storage("store event"))?;
                return Ok(PgStored::Added);
            }
            SEQUENCE_TAKEN
        }
    };
    let digest = content_digest(e.stats, e.sealed);
    let r = tx
        .query_one(
            &st.slot,
            &[
                &device.as_slice(),
                &seq,
                &e.id.as_slice(),
                &digest.as_slice(),
            ],
        )
        .map_err(storage("quarantine"))?;
    let (in_slot, known): (i64, bool) = (r.get(0), r.get(1));
    if known || in_slot >= i64::from(quota.quarantine_per_seq) {
        return Ok(PgStored::Conflict { added: false });
    }
    if let Some(q) = over_quota(quota, used, cost(e)) {
        return Ok(PgStored::OverQuota(q));
    }
    tx.execute(
        &st.quarantine,
        &[
            &device.as_slice(),
            &seq,
            &e.id.as_slice(),
            &digest.as_slice(),
            &e.stats,
            &e.sealed,
            &reason,
            &now,
        ],
    )
    .map_err(storage("quarantine"))?;
    Ok(PgStored::Conflict { added: true })
}
