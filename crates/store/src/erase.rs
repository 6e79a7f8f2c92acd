//! Erasing one case for good (Law 09-08, the right to erasure): its wrapped key, events,
//! state and unsent outbox records go in one transaction, then the database is scrubbed
//! the way a wipe leaves it (`secure_delete` zeroes the freed pages, the WAL is
//! checkpointed and truncated, the file is vacuumed). Only a tombstone stays: the case id,
//! when, and this device's sequence numbers and event ids, which the server needs to
//! delete its sealed copies and to keep the sequence without a gap. No content, no
//! reference, no alias.

use rusqlite::{OptionalExtension, TransactionBehavior, params};
use sanad_core::{CaseError, CaseId, Id};

use crate::vault::Vault;

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> CaseError {
    move |_| CaseError::Storage(op)
}

/// An erased case, as the server must be told: this device's events of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    /// The erased case.
    pub case: CaseId,
    /// When it was erased (ms since the epoch).
    pub erased_ms: i64,
    /// This device's events of the case: (sequence number, event id).
    pub events: Vec<(u64, Id)>,
}

fn encode(events: &[(u64, Id)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(events.len() * 24);
    for (seq, id) in events {
        out.extend_from_slice(&seq.to_be_bytes());
        out.extend_from_slice(&id.0);
    }
    out
}

fn decode(bytes: &[u8]) -> Vec<(u64, Id)> {
    bytes
        .chunks_exact(24)
        .filter_map(|c| {
            let seq = u64::from_be_bytes(c[..8].try_into().ok()?);
            let id = <[u8; 16]>::try_from(&c[8..]).ok()?;
            Some((seq, Id(id)))
        })
        .collect()
}

impl Vault {
    /// Erase `case` from this device: see the module docs. Its records can no longer be
    /// opened by anyone (their key is gone); the other cases are untouched. Returns what
    /// the server must be told ([`Vault::pending_erasures`] keeps it until then).
    pub fn erase_case(&mut self, case: CaseId) -> Result<Erasure, CaseError> {
        let now = self.clock.now_ms();
        let o = self.unlocked()?;
        let device = o.device_id;
        let tx = o
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin"))?;
        let known: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM cases WHERE id = ?1",
                params![case.0.to_vec()],
                |r| r.get(0),
            )
            .optional()
            .map_err(storage("read case"))?;
        if known.is_none() {
            return Err(CaseError::NotFound(case));
        }
        let events: Vec<(u64, Id)> = {
            let mut stmt = tx
                .prepare(
                    "SELECT seq, id FROM events WHERE case_id = ?1 AND device_id = ?2 ORDER BY seq",
                )
                .map_err(storage("read events"))?;
            let rows = stmt
                .query_map(params![case.0.to_vec(), device.0.to_vec()], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
                })
                .map_err(storage("read events"))?;
            rows.filter_map(Result::ok)
                .filter_map(|(s, id)| Some((s as u64, Id(<[u8; 16]>::try_from(id).ok()?))))
                .collect()
        };
        for (seq, _) in &events {
            tx.execute("DELETE FROM outbox WHERE seq = ?1", params![*seq as i64])
                .map_err(storage("delete outbox record"))?;
        }
        for sql in [
            "DELETE FROM case_keys WHERE case_id = ?1",
            "DELETE FROM events WHERE case_id = ?1",
            "DELETE FROM cases WHERE id = ?1",
        ] {
            tx.execute(sql, params![case.0.to_vec()])
                .map_err(storage("erase case"))?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO erasures (case_id, erased_ms, events, notified_ms) VALUES (?1, ?2, ?3, NULL)",
            params![case.0.to_vec(), now, encode(&events)],
        )
        .map_err(storage("record erasure"))?;
        tx.commit().map_err(storage("commit"))?;
        scrub(&o.conn)?;
        log::info!("case erased ({} events)", events.len());
        Ok(Erasure {
            case,
            erased_ms: now,
            events,
        })
    }

    /// Erasures the server has not confirmed yet, oldest first.
    pub fn pending_erasures(&self) -> Result<Vec<Erasure>, CaseError> {
        let o = self.unlocked_ref()?;
        let mut stmt = o
            .conn
            .prepare_cached("SELECT case_id, erased_ms, events FROM erasures WHERE notified_ms IS NULL ORDER BY erased_ms")
            .map_err(storage("read erasures"))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })
            .map_err(storage("read erasures"))?;
        Ok(rows
            .filter_map(Result::ok)
            .filter_map(|(id, erased_ms, ev)| {
                Some(Erasure {
                    case: Id(<[u8; 16]>::try_from(id).ok()?),
                    erased_ms,
                    events: decode(&ev),
                })
            })
            .collect())
    }

    /// The server confirmed it deleted its copies of `case`.
    pub fn erasure_notified(&mut self, case: CaseId) -> Result<(), CaseError> {
        let now = self.clock.now_ms();
        let o = self.unlocked()?;
        o.conn
            .execute(
                "UPDATE erasures SET notified_ms = ?2 WHERE case_id = ?1",
                params![case.0.to_vec(), now],
            )
            .map_err(storage("record erasure"))?;
        Ok(())
    }

    /// The sequence numbers of erased events (an outbox refill must skip them).
    pub fn erased_seqs(&self) -> Result<Vec<u64>, CaseError> {
        Ok(self
            .pending_erasures()?
            .into_iter()
            .flat_map(|e| e.events.into_iter().map(|(s, _)| s))
            .collect())
    }

    /// The wrapped key of a case (test hook: the erasure attack looks for copies of it).
    #[cfg(feature = "test-hooks")]
    pub fn wrapped_case_key_for_tests(&self, case: CaseId) -> Option<Vec<u8>> {
        let o = self.open.as_ref()?;
        o.conn
            .query_row(
                "SELECT wrapped FROM case_keys WHERE case_id = ?1",
                params![case.0.to_vec()],
                |r| r.get(0),
            )
            .ok()
    }
}

#[cfg(feature = "test-hooks")]
impl Vault {
    /// The raw key of a case (test hook: the erasure attack searches the files for it).
    pub fn case_key_for_tests(&self, case: CaseId) -> Option<[u8; 32]> {
        let o = self.open.as_ref()?;
        let wrapped = self.wrapped_case_key_for_tests(case)?;
        let plain = o
            .session
            .open_owned(crate::case_keys::CASE_KEYS, &case.0, wrapped)
            .ok()?;
        <[u8; 32]>::try_from(plain.as_slice()).ok()
    }
}

/// Leave no copy of deleted pages in the files: the WAL is folded into the database and
/// truncated, the database rebuilt (freed pages are zeroed by `secure_delete` as well).
fn scrub(conn: &rusqlite::Connection) -> Result<(), CaseError> {
    conn.execute_batch(
        "PRAGMA wal_checkpoint(TRUNCATE);
         VACUUM;
         PRAGMA wal_checkpoint(TRUNCATE);",
    )
    .map_err(storage("scrub after erasure"))
}
