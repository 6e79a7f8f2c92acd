//! One data key per case (migration 0003): a case's events and state are sealed under its
//! own random AES-256 key, kept in `case_keys` only wrapped by the store key and bound to
//! the case id. Erasing the case deletes that row (`erase.rs`): whatever copy of its
//! records remains anywhere then opens under no key that exists.
//!
//! A case without a row in `case_keys` was written before migration 0003: its records
//! are under the store key, and [`Open::upgrade_case_keys`] seals them again under a new
//! key of their own at unlock, one case per transaction (so a case is always wholly under
//! one key, and an interrupted upgrade resumes at the next unlock).

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use sanad_core::{CaseError, Id};
use sanad_crypto::envelope::{CaseSealer, SealError, Session};
use sanad_crypto::secret::Key32;
use zeroize::Zeroize;

use crate::crypto::{ENVELOPE_V1, ENVELOPE_V2, event_row, random};
use crate::vault::Open;

pub(crate) const CASE_KEYS: &str = "case_keys";

/// An event row of a case being sealed again: id, device, sequence, time, envelope.
type LegacyRow = (Vec<u8>, Vec<u8>, i64, i64, Vec<u8>);

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> CaseError {
    move |_| CaseError::Storage(op)
}

/// The key a case's records are sealed under: its own, or (a case from before migration
/// 0003, until the upgrade at unlock) the store key.
pub(crate) enum Sealer<'a> {
    /// The store key (legacy).
    Store(&'a Session),
    /// The case's own key.
    Case(Box<CaseSealer>),
}

impl Sealer<'_> {
    pub(crate) fn seal_version(&self, version: u8, table: &str, row: &[u8], p: &[u8]) -> Vec<u8> {
        match self {
            Sealer::Store(s) => s.seal_version(version, table, row, p),
            Sealer::Case(c) => c.seal_version(version, table, row, p),
        }
    }

    pub(crate) fn open_owned(
        &self,
        table: &str,
        row: &[u8],
        sealed: Vec<u8>,
    ) -> Result<Vec<u8>, SealError> {
        match self {
            Sealer::Store(s) => s.open_owned(table, row, sealed),
            Sealer::Case(c) => c.open_owned(table, row, sealed),
        }
    }
}

fn damaged(case: Id) -> CaseError {
    CaseError::Damaged {
        table: CASE_KEYS,
        record: case.to_string(),
    }
}

/// The sealer of `case`: its own key when it has one, else the store key.
pub(crate) fn sealer_for<'a>(
    conn: &Connection,
    session: &'a Session,
    case: Id,
) -> Result<Sealer<'a>, CaseError> {
    let wrapped: Option<Vec<u8>> = conn
        .query_row(
            "SELECT wrapped FROM case_keys WHERE case_id = ?1",
            params![case.0.to_vec()],
            |r| r.get(0),
        )
        .optional()
        .map_err(storage("read case key"))?;
    let Some(wrapped) = wrapped else {
        return Ok(Sealer::Store(session));
    };
    let mut plain = session
        .open_owned(CASE_KEYS, &case.0, wrapped)
        .map_err(|_| damaged(case))?;
    let key = <[u8; 32]>::try_from(plain.as_slice()).map(Key32);
    plain.zeroize();
    let key = key.map_err(|_| damaged(case))?;
    Ok(Sealer::Case(Box::new(CaseSealer::new(&key))))
}

/// Make a new key for `case`, store it wrapped, and return its sealer.
pub(crate) fn new_case_key(
    conn: &Connection,
    session: &Session,
    case: Id,
) -> Result<Sealer<'static>, CaseError> {
    let key = Key32(random());
    let wrapped = session.seal(CASE_KEYS, &case.0, &key.0);
    conn.execute(
        "INSERT INTO case_keys (case_id, wrapped) VALUES (?1, ?2)",
        params![case.0.to_vec(), wrapped],
    )
    .map_err(storage("write case key"))?;
    Ok(Sealer::Case(Box::new(CaseSealer::new(&key))))
}

impl Open {
    /// Seal every case still under the store key again under a key of its own (done at
    /// unlock, one transaction per case). A case whose records do not open is left as it
    /// is (reported when read). Returns how many cases were moved to their own key.
    pub(crate) fn upgrade_case_keys(&mut self) -> Result<usize, CaseError> {
        let legacy: Vec<Vec<u8>> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_keys)")
                .map_err(storage("list cases"))?;
            let rows = stmt
                .query_map([], |r| r.get(0))
                .map_err(storage("list cases"))?;
            rows.filter_map(Result::ok).collect()
        };
        let mut done = 0;
        for id in legacy {
            let Ok(id) = <[u8; 16]>::try_from(id).map(Id) else {
                continue;
            };
            if self.reseal_case(id).is_ok() {
                done += 1;
            }
        }
        Ok(done)
    }

    fn reseal_case(&mut self, case: Id) -> Result<(), CaseError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin"))?;
        let old = Sealer::Store(&self.session);
        let state: Vec<u8> = tx
            .query_row(
                "SELECT sealed FROM cases WHERE id = ?1",
                params![case.0.to_vec()],
                |r| r.get(0),
            )
            .map_err(storage("read case"))?;
        let mut state = old
            .open_owned(crate::cases::CASES, &case.0, state)
            .map_err(|_| damaged(case))?;
        let rows: Vec<LegacyRow> = {
            let mut stmt = tx
                .prepare("SELECT id, device_id, seq, at_ms, sealed FROM events WHERE case_id = ?1")
                .map_err(storage("read events"))?;
            let rows = stmt
                .query_map(params![case.0.to_vec()], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })
                .map_err(storage("read events"))?;
            rows.collect::<Result<_, _>>()
                .map_err(storage("read events"))?
        };
        let new = new_case_key(&tx, &self.session, case)?;
        let sealed_state = new.seal_version(ENVELOPE_V1, crate::cases::CASES, &case.0, &state);
        state.zeroize();
        tx.execute(
            "UPDATE cases SET sealed = ?2 WHERE id = ?1",
            params![case.0.to_vec(), sealed_state],
        )
        .map_err(storage("write case"))?;
        for (id, device, seq, at_ms, sealed) in rows {
            let (Ok(eid), Ok(dev)) = (<[u8; 16]>::try_from(id), <[u8; 16]>::try_from(device))
            else {
                return Err(damaged(case));
            };
            let row = event_row(&Id(eid), &case, &Id(dev), seq as u64, at_ms);
            let mut plain = old
                .open_owned("events", &row, sealed)
                .map_err(|_| damaged(case))?;
            let again = new.seal_version(ENVELOPE_V2, "events", &row, &plain);
            plain.zeroize();
            tx.execute(
                "UPDATE events SET sealed = ?2 WHERE id = ?1",
                params![eid.to_vec(), again],
            )
            .map_err(storage("write event"))?;
        }
        tx.commit().map_err(storage("commit"))
    }
}
