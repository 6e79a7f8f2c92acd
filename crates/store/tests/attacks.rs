//! Attacks on the device store (issue 12, items 4, 10 and 11), each done for real on the
//! files: a damaged key file against the wipe, telling a duress set-up from the files and
//! from the work an unlock does, and editing the clear columns of the database.

mod common;

use rusqlite::{Connection, params};
use sanad_core::{CaseError, CaseRepository, EventKind};
use sanad_store::{InitOptions, Secret, StoreError, Vault};
use sanad_test_support::env::{ManualClock, TempDir, all_files, contains};

fn note(v: &mut Vault, reference: &str, text: &str) -> sanad_core::CaseId {
    let c = v.open_case(reference, "invented").expect("case").case_id;
    v.append(c, EventKind::NoteAdded { text: text.into() })
        .expect("note");
    c
}

#[test]
fn a_damaged_key_file_does_not_stop_a_wipe_and_quarantined_copies_are_shredded() {
    let (dir, clock, mut v) = common::new_store("attack-damaged-wipe");
    note(&mut v, "DMG-1", "QUARANTINE-MARKER invented note");
    let wrap = v.wrap_key_for_tests().expect("wrap");
    drop(v);
    // A flipped byte in the key file: opening moves everything aside into damaged-*/.
    let key = dir.path().join("keyring.json");
    let mut bytes = std::fs::read(&key).expect("key file");
    let n = bytes.len() / 2;
    bytes[n] ^= 0x20;
    std::fs::write(&key, bytes).expect("damage");
    let e = Vault::open(dir.path(), clock.shared()).expect_err("damaged");
    assert!(matches!(e, StoreError::KeyMaterialDamaged { .. }), "{e}");
    let before = all_files(dir.path());
    assert!(
        before
            .iter()
            .any(|(p, _)| p.to_string_lossy().contains("damaged-"))
    );
    assert!(before.iter().any(|(_, b)| contains(b, &wrap)));
    // A second damaged store inside the same folder (an earlier quarantine) too.
    Vault::wipe_dir(dir.path()).expect("the wipe parses nothing");
    let after = all_files(dir.path());
    assert!(
        after.is_empty(),
        "left behind: {:?}",
        after.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .collect();
    assert!(leftovers.is_empty(), "folders left: {leftovers:?}");
}

#[test]
fn the_files_do_not_tell_whether_a_duress_passphrase_is_set() {
    let shape = |duress: Option<&str>| -> serde_json::Value {
        let dir = TempDir::new("attack-duress-shape");
        let opts = InitOptions {
            duress: duress.map(|d| Secret::new(d.into())),
            ..InitOptions::insecure_fast_for_tests()
        };
        Vault::init(
            dir.path(),
            &common::pass(),
            opts,
            ManualClock::at(1).shared(),
        )
        .expect("init");
        let text = std::fs::read_to_string(dir.path().join("keyring.json")).expect("key file");
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        // Replace every string by its length: what an observer can compare.
        fn lengths(v: &serde_json::Value) -> serde_json::Value {
            match v {
                serde_json::Value::String(s) => serde_json::Value::from(s.len()),
                serde_json::Value::Object(m) => m
                    .iter()
                    .map(|(k, v)| (k.clone(), lengths(v)))
                    .collect::<serde_json::Map<_, _>>()
                    .into(),
                other => other.clone(),
            }
        }
        let mut l = lengths(&v);
        l["sha256"] = 0.into();
        l["body"]["device_id"] = 0.into();
        l
    };
    let without = shape(None);
    assert!(
        without["body"]["duress"].is_number(),
        "a slot is always there"
    );
    assert_eq!(without, shape(Some("a duress passphrase")));
}

fn raw(dir: &std::path::Path) -> Connection {
    Connection::open(dir.join("cases.db")).expect("raw db")
}

#[test]
fn a_note_moved_to_another_case_by_editing_case_id_fails_instead_of_showing() {
    let (dir, clock, mut v) = common::new_store("attack-move");
    let a = note(&mut v, "MOVE-A", "a note written in case A");
    let b = note(&mut v, "MOVE-B", "case B's own note");
    let moved = v.events(a).expect("events")[1].id;
    drop(v);
    raw(dir.path())
        .execute(
            "UPDATE events SET case_id = ?1 WHERE id = ?2",
            params![b.0.to_vec(), moved.0.to_vec()],
        )
        .expect("move");
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    v.unlock(&common::pass()).expect("unlock");
    assert_eq!(
        v.events(b),
        Err(CaseError::Damaged {
            table: "events",
            record: moved.to_string()
        }),
        "never shown in B's timeline"
    );
    // Sequence and time are bound the same way.
    drop(v);
    let db = raw(dir.path());
    db.execute(
        "UPDATE events SET case_id = ?1, seq = seq + 100 WHERE id = ?2",
        params![a.0.to_vec(), moved.0.to_vec()],
    )
    .expect("edit");
    drop(db);
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    v.unlock(&common::pass()).expect("unlock");
    assert!(v.events(a).is_err(), "an edited sequence number fails too");
}

#[test]
fn one_row_of_the_wrong_type_does_not_hide_the_other_cases() {
    let (dir, clock, mut v) = common::new_store("attack-type");
    let cases: Vec<_> = (0..3)
        .map(|i| note(&mut v, &format!("TYPE-{i}"), "invented"))
        .collect();
    drop(v);
    // The type byte of one record flipped: a blob column now holds an integer.
    raw(dir.path())
        .execute(
            "UPDATE cases SET sealed = 12345 WHERE id = ?1",
            params![cases[1].0.to_vec()],
        )
        .expect("flip type");
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    v.unlock(&common::pass()).expect("unlock");
    let list = v.list().expect("the list still reads");
    assert_eq!(list.len(), 3);
    assert_eq!(list.iter().filter(|r| r.is_ok()).count(), 2);
    assert!(matches!(
        list.iter().find(|r| r.is_err()),
        Some(Err(CaseError::Damaged { table: "cases", .. }))
    ));
}

#[cfg(unix)]
#[test]
fn store_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, _c, mut v) = common::new_store("attack-modes");
    note(&mut v, "MODE-1", "invented");
    for (p, _) in all_files(dir.path()) {
        let mode = std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode & 0o077, 0, "{p:?} is {mode:o}");
    }
    let mode = std::fs::metadata(dir.path())
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o700);
}
