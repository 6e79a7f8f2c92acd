//! The case repository over the unlocked store: sealed events and states, blind-indexed
//! references and drafts. Every append is one IMMEDIATE transaction: the event, the new
//! folded state and the device sequence commit together or not at all.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use sanad_core::{CaseError, CaseId, CaseRepository, CaseState, CaseSummary, Event, EventKind, Id};

use crate::case_keys::{Sealer, new_case_key, sealer_for};
use crate::crypto::{ENVELOPE_V1, ENVELOPE_V2, blind_index, event_row, uuid_v7};
use crate::error::StoreError;
use crate::vault::{Open, Vault};

const EVENTS: &str = "events";
pub(crate) const CASES: &str = "cases";
const DRAFTS: &str = "drafts";

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> CaseError {
    move |_| CaseError::Storage(op)
}

fn id_of(bytes: Vec<u8>) -> Option<Id> {
    <[u8; 16]>::try_from(bytes).ok().map(Id)
}

pub(crate) fn init_meta(conn: &Connection, device: Id) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?1)",
        params![device.0.to_vec()],
    )
    .map_err(storage("write device id"))?;
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('next_seq', 1)",
        [],
    )
    .map_err(storage("write sequence"))?;
    Ok(())
}

pub(crate) fn device_id(conn: &Connection) -> Result<Id, StoreError> {
    let v: Vec<u8> = conn
        .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
            r.get(0)
        })
        .map_err(storage("read device id"))?;
    Ok(id_of(v).ok_or(CaseError::Damaged {
        table: "meta",
        record: "device_id".into(),
    })?)
}

/// Normalised form of a reference for the blind index: trimmed, lower case.
fn norm_ref(r: &str) -> String {
    r.trim().to_lowercase()
}

/// Open a sealed case state; failure names the record.
fn open_state(sealer: &Sealer<'_>, id: Id, sealed: Vec<u8>) -> Result<CaseState, CaseError> {
    let damaged = || CaseError::Damaged {
        table: CASES,
        record: id.to_string(),
    };
    let plain = sealer
        .open_owned(CASES, &id.0, sealed)
        .map_err(|_| damaged())?;
    serde_json::from_slice(&plain).map_err(|_| damaged())
}

/// The case's state before a new event and the key its records are sealed under: empty
/// and a new key for a new case (whose reference must be free), else the sealed state of
/// an existing one.
fn current_state<'a>(
    tx: &rusqlite::Transaction<'_>,
    session: &'a crate::crypto::Session,
    case: CaseId,
    ref_idx: Option<&[u8]>,
) -> Result<(CaseState, Sealer<'a>), CaseError> {
    Ok(match ref_idx {
        Some(idx) => {
            let taken: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM cases WHERE ref_index = ?1",
                    params![idx],
                    |r| r.get(0),
                )
                .optional()
                .map_err(storage("look up reference"))?;
            if taken.is_some() {
                return Err(CaseError::DuplicateReference);
            }
            (CaseState::default(), new_case_key(tx, session, case)?)
        }
        None => {
            let sealed: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT sealed FROM cases WHERE id = ?1",
                    params![case.0.to_vec()],
                    |r| r.get(0),
                )
                .optional()
                .map_err(storage("read case"))?;
            // A free function: the transaction holds `self.conn`, the session is apart.
            let sealed = sealed.ok_or(CaseError::NotFound(case))?;
            let sealer = sealer_for(tx, session, case)?;
            (open_state(&sealer, case, sealed)?, sealer)
        }
    })
}

impl Open {
    fn ref_index(&self, reference: &str) -> Vec<u8> {
        blind_index(&self.session.cases_index, &norm_ref(reference))
    }

    fn open_state(&self, id: Id, sealed: Vec<u8>) -> Result<CaseState, CaseError> {
        open_state(&sealer_for(&self.conn, &self.session, id)?, id, sealed)
    }

    fn open_event(&self, sealer: &Sealer<'_>, row: EventRow) -> Result<Event, CaseError> {
        let (id, case_id, device_id, seq, at_ms, sealed) = row;
        let bad = |record: String| CaseError::Damaged {
            table: EVENTS,
            record,
        };
        let id = id_of(id).ok_or_else(|| bad("?".into()))?;
        let damaged = || bad(id.to_string());
        let case_id = id_of(case_id).ok_or_else(damaged)?;
        let device_id = id_of(device_id).ok_or_else(damaged)?;
        let seq = u64::try_from(seq).map_err(|_| damaged())?;
        let plain = if sealed.first() == Some(&ENVELOPE_V2) {
            let key = event_row(&id, &case_id, &device_id, seq, at_ms);
            sealer.open_owned(EVENTS, &key, sealed)
        } else {
            sealer.open_owned(EVENTS, &id.0, sealed)
        }
        .map_err(|_| damaged())?;
        let kind: EventKind = serde_json::from_slice(&plain).map_err(|_| damaged())?;
        Ok(Event {
            id,
            case_id,
            device_id,
            seq,
            at_ms,
            kind,
        })
    }

    /// Seal again, in version-2 envelopes, the events an earlier version sealed with only
    /// their id bound (done once, at unlock; a damaged row is left as it is and reported
    /// when read). Returns how many were upgraded.
    pub(crate) fn upgrade_event_envelopes(&mut self) -> Result<usize, CaseError> {
        let legacy: Vec<EventRow> = {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT id, case_id, device_id, seq, at_ms, sealed FROM events WHERE substr(sealed, 1, 1) = x'01'",
                )
                .map_err(storage("read events"))?;
            let rows = stmt
                .query_map([], event_columns)
                .map_err(storage("read events"))?;
            rows.filter_map(Result::ok).collect()
        };
        if legacy.is_empty() {
            return Ok(0);
        }
        // Version-1 envelopes predate the per-case keys (migration 0003): the store key.
        let store = Sealer::Store(&self.session);
        let mut resealed = Vec::with_capacity(legacy.len());
        for row in legacy {
            let Ok(e) = self.open_event(&store, row) else {
                continue;
            };
            let json = serde_json::to_vec(&e.kind)
                .map_err(|_| CaseError::Invalid("event cannot be encoded"))?;
            let key = event_row(&e.id, &e.case_id, &e.device_id, e.seq, e.at_ms);
            resealed.push((
                e.id,
                self.session.seal_version(ENVELOPE_V2, EVENTS, &key, &json),
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin"))?;
        for (id, sealed) in &resealed {
            tx.execute(
                "UPDATE events SET sealed = ?2 WHERE id = ?1",
                params![id.0.to_vec(), sealed],
            )
            .map_err(storage("upgrade event"))?;
        }
        tx.commit().map_err(storage("commit"))?;
        Ok(resealed.len())
    }

    /// Validate against the state, then write event + state + sequence atomically.
    fn write_event(
        &mut self,
        case: CaseId,
        kind: EventKind,
        now: i64,
        new_case: Option<&str>,
    ) -> Result<Event, CaseError> {
        let ref_idx = new_case.map(|r| self.ref_index(r));
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("begin"))?;
        let (mut state, sealer) = current_state(&tx, &self.session, case, ref_idx.as_deref())?;
        let seq: i64 = tx
            .query_row("SELECT value FROM meta WHERE key = 'next_seq'", [], |r| {
                r.get(0)
            })
            .map_err(storage("read sequence"))?;
        let event = Event {
            id: uuid_v7(now),
            case_id: case,
            device_id: self.device_id,
            seq: seq as u64,
            at_ms: now,
            kind,
        };
        state.apply(&event)?;
        let kind_json = serde_json::to_vec(&event.kind)
            .map_err(|_| CaseError::Invalid("event cannot be encoded"))?;
        let state_json = serde_json::to_vec(&state)
            .map_err(|_| CaseError::Invalid("state cannot be encoded"))?;
        let row_key = event_row(&event.id, &case, &self.device_id, event.seq, now);
        let sealed_event = sealer.seal_version(ENVELOPE_V2, EVENTS, &row_key, &kind_json);
        tx.execute(
            "INSERT INTO events (id, case_id, device_id, seq, at_ms, sealed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![event.id.0.to_vec(), case.0.to_vec(), self.device_id.0.to_vec(), seq, now, sealed_event],
        )
        .map_err(storage("write event"))?;
        let sealed_state = sealer.seal_version(ENVELOPE_V1, CASES, &case.0, &state_json);
        match ref_idx {
            Some(idx) => tx.execute(
                "INSERT INTO cases (id, ref_index, sealed, updated_ms) VALUES (?1, ?2, ?3, ?4)",
                params![case.0.to_vec(), idx, sealed_state, now],
            ),
            None => tx.execute(
                "UPDATE cases SET sealed = ?2, updated_ms = ?3 WHERE id = ?1",
                params![case.0.to_vec(), sealed_state, now],
            ),
        }
        .map_err(storage("write case"))?;
        tx.execute(
            "UPDATE meta SET value = ?1 WHERE key = 'next_seq'",
            params![seq + 1],
        )
        .map_err(storage("write sequence"))?;
        tx.commit().map_err(storage("commit"))?;
        Ok(event)
    }

    fn read_events(&self, sql: &str, args: impl rusqlite::Params) -> Result<Vec<Event>, CaseError> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(storage("read events"))?;
        let rows = stmt
            .query_map(args, event_columns)
            .map_err(storage("read events"))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(storage("read events"))?;
        // One unwrapped key per case read, not per event.
        let mut sealers: std::collections::HashMap<Vec<u8>, Sealer<'_>> = Default::default();
        rows.into_iter()
            .map(|row| {
                let case = row.1.clone();
                if !sealers.contains_key(&case) {
                    let id = id_of(case.clone()).unwrap_or(Id([0; 16]));
                    sealers.insert(case.clone(), sealer_for(&self.conn, &self.session, id)?);
                }
                match sealers.get(&case) {
                    Some(s) => self.open_event(s, row),
                    None => Err(CaseError::Storage("read events")),
                }
            })
            .collect()
    }
}

/// An event row as stored: id, case, device, sequence, time, envelope.
type EventRow = (Vec<u8>, Vec<u8>, Vec<u8>, i64, i64, Vec<u8>);

/// Read an event row; a column of the wrong type (a damaged row) reads as empty or zero,
/// so the row fails to open and is reported, and the rows around it still read.
fn event_columns(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    Ok((
        blob(r, 0),
        blob(r, 1),
        blob(r, 2),
        r.get(3).unwrap_or(-1),
        r.get(4).unwrap_or(0),
        blob(r, 5),
    ))
}

fn blob(r: &rusqlite::Row<'_>, i: usize) -> Vec<u8> {
    r.get(i).unwrap_or_default()
}

fn locked(e: StoreError) -> CaseError {
    match e {
        StoreError::Case(c) => c,
        _ => CaseError::Locked,
    }
}

impl Vault {
    pub(crate) fn unlocked(&mut self) -> Result<&mut Open, CaseError> {
        self.touch().map_err(locked)
    }

    pub(crate) fn unlocked_ref(&self) -> Result<&Open, CaseError> {
        self.open.as_ref().ok_or(CaseError::Locked)
    }
}

impl CaseRepository for Vault {
    fn open_case(&mut self, reference: &str, alias: &str) -> Result<Event, CaseError> {
        if reference.trim().is_empty() {
            return Err(CaseError::Invalid("a case needs a reference"));
        }
        let now = self.clock.now_ms();
        let case = uuid_v7(now);
        let kind = EventKind::Opened {
            reference: reference.trim().to_owned(),
            alias: alias.to_owned(),
        };
        let o = self.unlocked()?;
        o.write_event(case, kind, now, Some(reference))
    }

    fn append(&mut self, case: CaseId, kind: EventKind) -> Result<Event, CaseError> {
        if matches!(kind, EventKind::Opened { .. }) {
            return Err(CaseError::Invalid("use open_case to open a case"));
        }
        let now = self.clock.now_ms();
        let o = self.unlocked()?;
        o.write_event(case, kind, now, None)
    }

    fn events(&self, case: CaseId) -> Result<Vec<Event>, CaseError> {
        let o = self.unlocked_ref()?;
        let events = o.read_events(
            "SELECT id, case_id, device_id, seq, at_ms, sealed FROM events WHERE case_id = ?1 ORDER BY at_ms, device_id, seq, id",
            params![case.0.to_vec()],
        )?;
        if events.is_empty() {
            return Err(CaseError::NotFound(case));
        }
        Ok(events)
    }

    fn case(&self, case: CaseId) -> Result<CaseState, CaseError> {
        let o = self.unlocked_ref()?;
        let sealed: Option<Vec<u8>> = o
            .conn
            .query_row(
                "SELECT sealed FROM cases WHERE id = ?1",
                params![case.0.to_vec()],
                |r| r.get(0),
            )
            .optional()
            .map_err(storage("read case"))?;
        o.open_state(case, sealed.ok_or(CaseError::NotFound(case))?)
    }

    fn find_by_reference(&self, reference: &str) -> Result<Option<CaseId>, CaseError> {
        let o = self.unlocked_ref()?;
        let id: Option<Vec<u8>> = o
            .conn
            .query_row(
                "SELECT id FROM cases WHERE ref_index = ?1",
                params![o.ref_index(reference)],
                |r| r.get(0),
            )
            .optional()
            .map_err(storage("look up reference"))?;
        Ok(id.and_then(id_of))
    }

    fn list(&self) -> Result<Vec<Result<CaseSummary, CaseError>>, CaseError> {
        let o = self.unlocked_ref()?;
        let mut stmt = o
            .conn
            .prepare_cached("SELECT id, sealed FROM cases ORDER BY updated_ms DESC, id DESC")
            .map_err(storage("list cases"))?;
        // Column types are not trusted: one damaged row is reported as damaged, not an
        // error that hides every other case.
        let rows: Vec<(Vec<u8>, Vec<u8>)> = stmt
            .query_map([], |r| Ok((blob(r, 0), blob(r, 1))))
            .map_err(storage("list cases"))?
            .collect::<Result<_, _>>()
            .map_err(storage("list cases"))?;
        Ok(rows
            .into_iter()
            .map(|(id, sealed)| {
                let id = id_of(id).ok_or(CaseError::Damaged {
                    table: CASES,
                    record: "?".into(),
                })?;
                o.open_state(id, sealed).map(|s| s.summary(id))
            })
            .collect())
    }

    fn events_after(&self, after: u64) -> Result<Vec<Event>, CaseError> {
        let o = self.unlocked_ref()?;
        o.read_events(
            "SELECT id, case_id, device_id, seq, at_ms, sealed FROM events WHERE device_id = ?1 AND seq > ?2 ORDER BY seq",
            params![o.device_id.0.to_vec(), after as i64],
        )
    }

    fn save_draft(&mut self, slot: &str, data: &[u8]) -> Result<(), CaseError> {
        let now = self.clock.now_ms();
        let o = self.unlocked()?;
        let key = blind_index(&o.session.drafts_index, slot);
        let sealed = o.session.seal(DRAFTS, &key, data);
        o.conn
            .execute("INSERT INTO drafts (slot, sealed, updated_ms) VALUES (?1, ?2, ?3) ON CONFLICT (slot) DO UPDATE SET sealed = ?2, updated_ms = ?3", params![key, sealed, now])
            .map_err(storage("write draft"))?;
        Ok(())
    }

    fn load_draft(&self, slot: &str) -> Result<Option<Vec<u8>>, CaseError> {
        let o = self.unlocked_ref()?;
        let key = blind_index(&o.session.drafts_index, slot);
        let sealed: Option<Vec<u8>> = o
            .conn
            .query_row(
                "SELECT sealed FROM drafts WHERE slot = ?1",
                params![key],
                |r| r.get(0),
            )
            .optional()
            .map_err(storage("read draft"))?;
        sealed
            .map(|s| {
                o.session
                    .open(DRAFTS, &key, &s)
                    .map_err(|_| CaseError::Damaged {
                        table: DRAFTS,
                        record: "draft".into(),
                    })
            })
            .transpose()
    }

    fn delete_draft(&mut self, slot: &str) -> Result<(), CaseError> {
        let o = self.unlocked()?;
        let key = blind_index(&o.session.drafts_index, slot);
        o.conn
            .execute("DELETE FROM drafts WHERE slot = ?1", params![key])
            .map_err(storage("delete draft"))?;
        Ok(())
    }
}
