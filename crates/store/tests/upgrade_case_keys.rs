//! A store written before per-case keys (schema 2: every record under the store key)
//! opens with the current code without losing a case, and is upgraded on the way
//! (migration 0003, then each case sealed again under a key of its own at unlock). The
//! fixture was made by the store code of commit bec7f42 (see its README).

use rusqlite::Connection;
use sanad_core::{CaseRepository, EventKind};
use sanad_store::{Secret, SystemClock, Vault};
use sanad_test_support::env::TempDir;
use std::sync::Arc;

const PASS: &str = "an invented passphrase for the format-2 fixture";
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-format2");

fn count(dir: &std::path::Path, sql: &str) -> i64 {
    let db = Connection::open(dir.join("cases.db")).expect("db");
    db.query_row(sql, [], |r| r.get(0)).expect("count")
}

#[test]
fn a_store_without_case_keys_opens_upgraded_and_loses_nothing() {
    let dir = TempDir::new("upgrade-format2");
    for f in ["keyring.json", "state.json", "wrap.key", "cases.db"] {
        std::fs::copy(format!("{FIXTURE}/{f}"), dir.path().join(f)).expect("copy fixture");
    }
    assert_eq!(
        count(dir.path(), "PRAGMA user_version"),
        2,
        "the fixture is schema 2"
    );
    let mut v = Vault::open(dir.path(), Arc::new(SystemClock)).expect("open");
    v.unlock(&Secret::new(PASS.into())).expect("unlock");
    assert_eq!(count(dir.path(), "PRAGMA user_version"), 3, "migrated");
    assert_eq!(
        count(dir.path(), "SELECT COUNT(*) FROM case_keys"),
        3,
        "every case has a key of its own"
    );
    let list: Vec<_> = v
        .list()
        .expect("list")
        .into_iter()
        .map(|r| r.expect("case"))
        .collect();
    let mut refs: Vec<_> = list.iter().map(|s| s.reference.clone()).collect();
    refs.sort();
    assert_eq!(refs, ["UPG2-001", "UPG2-002", "UPG2-003"]);
    let notes: Vec<String> = list
        .iter()
        .flat_map(|s| v.events(s.id).expect("events"))
        .filter_map(|e| match e.kind {
            EventKind::NoteAdded { text } => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(notes.len(), 9, "{notes:?}");
    assert!(notes.iter().any(|n| n == "UPGRADE2-MARKER UPG2-002 note 1"));
    let c = v
        .find_by_reference("UPG2-003")
        .expect("find")
        .expect("case");
    assert!(
        v.case(c).expect("state").closed,
        "the closed case stays closed"
    );
    // Each case is now under its own key: erasing one leaves the others whole.
    let a = v
        .find_by_reference("UPG2-001")
        .expect("find")
        .expect("case");
    v.erase_case(a).expect("erase");
    v.lock();
    v.unlock(&Secret::new(PASS.into())).expect("unlock again");
    assert_eq!(v.list().expect("list").len(), 2);
    assert_eq!(v.events(c).expect("events").len(), 5);
}
