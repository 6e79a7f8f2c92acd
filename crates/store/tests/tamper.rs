//! Tampering is detected and named, and never spreads: a flipped byte, two swapped rows, a
//! truncated key file.

mod common;

use rusqlite::{Connection, params};
use sanad_core::{CaseError, CaseId, CaseRepository, EventKind};
use sanad_store::{StoreError, Vault};
use sanad_test_support::env::ManualClock;

fn db(dir: &std::path::Path) -> Connection {
    Connection::open(dir.join("cases.db")).expect("raw db")
}

fn three_cases(v: &mut Vault) -> Vec<CaseId> {
    (0..3)
        .map(|i| {
            let c = v.open_case(&format!("T-{i}"), "").expect("open").case_id;
            v.append(
                c,
                EventKind::NoteAdded {
                    text: format!("note {i}"),
                },
            )
            .expect("note");
            c
        })
        .collect()
}

fn reopen(dir: &std::path::Path) -> Vault {
    let mut v = Vault::open(dir, ManualClock::at(1_790_000_100_000).shared()).expect("open");
    v.unlock(&common::pass()).expect("unlock");
    v
}

#[test]
fn a_flipped_byte_names_the_event_and_others_still_read() {
    let (dir, _c, mut v) = common::new_store("tamper-flip");
    let cases = three_cases(&mut v);
    let target = v.events(cases[1]).expect("events")[1].id;
    drop(v);
    let raw = db(dir.path());
    let mut sealed: Vec<u8> = raw
        .query_row(
            "SELECT sealed FROM events WHERE id = ?1",
            params![target.0.to_vec()],
            |r| r.get(0),
        )
        .expect("row");
    sealed[20] ^= 0x01;
    raw.execute(
        "UPDATE events SET sealed = ?1 WHERE id = ?2",
        params![sealed, target.0.to_vec()],
    )
    .expect("flip");
    drop(raw);

    let v = reopen(dir.path());
    assert_eq!(
        v.events(cases[1]),
        Err(CaseError::Damaged {
            table: "events",
            record: target.to_string()
        })
    );
    for c in [cases[0], cases[2]] {
        assert_eq!(v.events(c).expect("other cases read").len(), 2);
    }
    assert!(
        v.list().expect("list").iter().all(Result::is_ok),
        "case states are separate records"
    );
}

#[test]
fn swapped_rows_fail_authentication_and_are_named() {
    let (dir, _c, mut v) = common::new_store("tamper-swap");
    let cases = three_cases(&mut v);
    let e0 = v.events(cases[0]).expect("events")[1].id;
    let e2 = v.events(cases[2]).expect("events")[1].id;
    drop(v);
    let raw = db(dir.path());
    let get = |table: &str, id: &[u8]| -> Vec<u8> {
        raw.query_row(
            &format!("SELECT sealed FROM {table} WHERE id = ?1"),
            params![id],
            |r| r.get(0),
        )
        .expect("row")
    };
    let (s0, s2) = (get("cases", &cases[0].0), get("cases", &cases[2].0));
    raw.execute(
        "UPDATE cases SET sealed = ?1 WHERE id = ?2",
        params![s2, cases[0].0.to_vec()],
    )
    .expect("swap");
    raw.execute(
        "UPDATE cases SET sealed = ?1 WHERE id = ?2",
        params![s0, cases[2].0.to_vec()],
    )
    .expect("swap");
    let (x0, x2) = (get("events", &e0.0), get("events", &e2.0));
    raw.execute(
        "UPDATE events SET sealed = ?1 WHERE id = ?2",
        params![x2, e0.0.to_vec()],
    )
    .expect("swap");
    raw.execute(
        "UPDATE events SET sealed = ?1 WHERE id = ?2",
        params![x0, e2.0.to_vec()],
    )
    .expect("swap");
    drop(raw);

    let v = reopen(dir.path());
    let list = v.list().expect("list");
    let damaged: Vec<String> = list
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(ToString::to_string)
        .collect();
    assert_eq!(damaged.len(), 2, "{list:?}");
    for c in [cases[0], cases[2]] {
        assert!(
            damaged.iter().any(|d| d.contains(&format!("cases/{c}"))),
            "{damaged:?}"
        );
    }
    assert!(
        list.iter().filter(|r| r.is_ok()).count() == 1,
        "the untouched case still lists"
    );
    assert_eq!(
        v.events(cases[0]),
        Err(CaseError::Damaged {
            table: "events",
            record: e0.to_string()
        })
    );
    assert_eq!(v.events(cases[1]).expect("untouched").len(), 2);
}

#[test]
fn a_truncated_key_file_moves_the_store_aside_and_says_so() {
    let (dir, _c, mut v) = common::new_store("tamper-key");
    three_cases(&mut v);
    drop(v);
    let key = dir.path().join("keyring.json");
    let bytes = std::fs::read(&key).expect("key file");
    std::fs::write(&key, &bytes[..bytes.len() / 2]).expect("truncate");
    let db_before = std::fs::read(dir.path().join("cases.db")).expect("db");

    let err =
        Vault::open(dir.path(), ManualClock::at(1_790_000_200_000).shared()).expect_err("damaged");
    let StoreError::KeyMaterialDamaged { moved_to } = err.clone() else {
        panic!("{err:?}")
    };
    assert!(err.to_string().contains("damaged"));
    assert!(
        moved_to.starts_with(dir.path())
            && moved_to
                .file_name()
                .expect("name")
                .to_string_lossy()
                .starts_with("damaged-")
    );
    assert_eq!(
        std::fs::read(moved_to.join("cases.db")).expect("kept, not deleted"),
        db_before
    );
    assert!(moved_to.join("keyring.json").exists());
    // The directory is free for a new store; the damaged files stay where they were moved.
    let mut fresh = Vault::open(dir.path(), ManualClock::at(0).shared()).expect("open");
    assert_eq!(
        fresh.status().expect("status"),
        sanad_store::Status::Uninitialized
    );
}
