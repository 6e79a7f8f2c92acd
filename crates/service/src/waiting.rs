//! What is waiting to be sent, as the worker thinks of it: cases with changes not yet
//! sent, and notes among them (not raw events).

use sanad_core::CaseRepository;
use sanad_core::case::EventKind;
use sanad_store::Vault;
use std::collections::BTreeSet;

use crate::Waiting;

/// Count the events the server has not acknowledged.
pub(crate) fn count(v: &Vault) -> Waiting {
    let acked = v
        .setting(sanad_sync::ACKED_SETTING)
        .ok()
        .flatten()
        .and_then(|b| String::from_utf8(b).ok()?.parse::<u64>().ok())
        .unwrap_or(0);
    let events = v.events_after(acked).unwrap_or_default();
    let cases: BTreeSet<_> = events.iter().map(|e| e.case_id).collect();
    let notes = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::NoteAdded { .. }))
        .count();
    Waiting {
        cases: cases.len() as u64,
        notes: notes as u64,
    }
}
