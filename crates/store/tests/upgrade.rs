//! A store written by the landed version (key file format 1, version-1 event envelopes)
//! opens with the current code without losing a case, and is upgraded on the way: a
//! wrapping key, the counters in `state.json`, every event sealed again with its clear
//! columns bound. The fixture was made by the landed `sanad-cli` (see its README).

use rusqlite::Connection;
use sanad_core::{CaseRepository, EventKind};
use sanad_store::{Secret, StoreError, SystemClock, Vault};
use sanad_test_support::env::TempDir;
use std::sync::Arc;

const PASS: &str = "an invented passphrase for the upgrade fixture";
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-format1");

fn first_bytes(dir: &std::path::Path) -> Vec<u8> {
    let db = Connection::open(dir.join("cases.db")).expect("db");
    let mut st = db
        .prepare("SELECT substr(sealed, 1, 1) FROM events")
        .expect("sql");
    st.query_map([], |r| r.get::<_, Vec<u8>>(0))
        .expect("rows")
        .map(|r| r.expect("row")[0])
        .collect()
}

#[test]
fn a_store_of_the_landed_format_opens_upgraded_and_loses_nothing() {
    let dir = TempDir::new("upgrade-format1");
    for f in ["keyring.json", "cases.db"] {
        std::fs::copy(format!("{FIXTURE}/{f}"), dir.path().join(f)).expect("copy fixture");
    }
    assert!(
        first_bytes(dir.path()).iter().all(|b| *b == 1),
        "the fixture is format 1"
    );
    let mut v = Vault::open(dir.path(), Arc::new(SystemClock)).expect("open");
    let wrong = v.unlock(&Secret::new("not the passphrase at all".into()));
    assert!(
        matches!(wrong, Err(StoreError::WrongPassphrase { attempts_left: 9 })),
        "{wrong:?}"
    );
    v.unlock(&Secret::new(PASS.into())).expect("unlock");
    let list: Vec<_> = v
        .list()
        .expect("list")
        .into_iter()
        .map(|r| r.expect("case"))
        .collect();
    let mut refs: Vec<_> = list.iter().map(|s| s.reference.clone()).collect();
    refs.sort();
    assert_eq!(refs, ["UPG-001", "UPG-002"]);
    let notes: Vec<String> = list
        .iter()
        .flat_map(|s| v.events(s.id).expect("events"))
        .filter_map(|e| match e.kind {
            EventKind::NoteAdded { text } => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n == "UPGRADE-MARKER first invented note")
    );
    // Upgraded: a wrapping key, the state file, format 2, version-2 envelopes.
    assert!(dir.path().join("wrap.key").exists() && dir.path().join("state.json").exists());
    let key: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("keyring.json")).expect("key"))
            .expect("json");
    assert_eq!(key["body"]["format"], 2);
    assert!(key["body"]["duress"].is_string(), "a decoy duress slot");
    assert!(
        first_bytes(dir.path()).iter().all(|b| *b == 2),
        "events sealed again"
    );
    // The failed attempt before the upgrade was reset by the successful unlock, and the
    // upgraded store opens again (and only with the passphrase and its wrapping key).
    let c = list[0].id;
    v.append(
        c,
        EventKind::NoteAdded {
            text: "after the upgrade".into(),
        },
    )
    .expect("write");
    let n = v.events(c).expect("events").len();
    v.lock();
    v.unlock(&Secret::new(PASS.into())).expect("unlock again");
    assert_eq!(v.events(c).expect("events").len(), n);
    v.lock();
    std::fs::remove_file(dir.path().join("wrap.key")).expect("remove wrapping key");
    assert!(
        v.unlock(&Secret::new(PASS.into())).is_err(),
        "no wrapping key, no unlock"
    );
}
