//! Erasure really erases (issue 17, part 2): three cases carry unique markers; one is
//! erased. Then no file of the store (database, WAL, shared memory, anything else in its
//! folder) holds that case's markers, its raw or wrapped key, or any of its sealed
//! records; its key opens no record left in the database; the other two cases still read
//! in full, and the erasure is kept (no content) for the server.

mod common;

use rusqlite::Connection;
use sanad_core::{CaseRepository, EventKind, Id};
use sanad_crypto::envelope::CaseSealer;
use sanad_crypto::secret::Key32;
use sanad_test_support::env::{all_files, contains, encodings};

const PREFIX: &str = "ERASEMARK";

/// An event row as stored: id, case, device, sequence, time, envelope.
type Row = (Vec<u8>, Vec<u8>, Vec<u8>, i64, i64, Vec<u8>);

fn marker(case: usize, what: &str) -> String {
    format!("{PREFIX}-{case}-{what}")
}

/// The sealed blobs of every stored row of `table` whose `column` is `id`.
fn sealed_rows(db: &std::path::Path, table: &str, column: &str, id: Id) -> Vec<Vec<u8>> {
    let conn = Connection::open(db).expect("db");
    let sql = format!("SELECT sealed FROM {table} WHERE {column} = ?1");
    let mut stmt = conn.prepare(&sql).expect("sql");
    stmt.query_map([id.0.to_vec()], |r| r.get(0))
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect()
}

fn hits(dir: &std::path::Path, needles: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, bytes) in all_files(dir) {
        for (what, n) in needles {
            if contains(&bytes, n) {
                out.push(format!("{} holds {what}", path.display()));
            }
        }
    }
    out
}

#[test]
fn an_erased_case_leaves_no_trace_and_the_others_still_read() {
    let (dir, _clock, mut v) = common::new_store("erasure");
    let mut cases = Vec::new();
    for c in 0..3 {
        let id = v
            .open_case(&marker(c, "ref"), &marker(c, "alias"))
            .expect("open")
            .case_id;
        for n in 0..20 {
            let text = format!("{} ملاحظة", marker(c, &format!("note{n}")));
            v.append(id, EventKind::NoteAdded { text }).expect("note");
        }
        cases.push(id);
    }
    let gone = cases[1];
    let db = dir.path().join("cases.db");
    let key = v.case_key_for_tests(gone).expect("the case has a key");
    let wrapped = v.wrapped_case_key_for_tests(gone).expect("wrapped key");
    let mut records = sealed_rows(&db, "events", "case_id", gone);
    records.extend(sealed_rows(&db, "cases", "id", gone));
    assert_eq!(records.len(), 22, "the case's records are there before");
    assert!(
        !hits(dir.path(), &[("the wrapped key".into(), wrapped.clone())]).is_empty(),
        "the search finds the wrapped key before the erasure"
    );

    let erasure = v.erase_case(gone).expect("erase");
    assert_eq!(erasure.events.len(), 21, "every event of this device");
    assert_eq!(
        v.case(gone).err(),
        Some(sanad_core::CaseError::NotFound(gone))
    );
    assert!(
        v.find_by_reference(&marker(1, "ref"))
            .expect("find")
            .is_none()
    );
    // Still in use: the files are searched while the store is open, then after closing.
    for round in ["open", "closed"] {
        let mut needles: Vec<(String, Vec<u8>)> = vec![
            ("the raw key".into(), key.to_vec()),
            ("the wrapped key".into(), wrapped.clone()),
        ];
        for (i, r) in records.iter().enumerate() {
            // The tail of each envelope (ciphertext and tag): random, so any hit is a copy.
            needles.push((format!("record {i}"), r[r.len() - 32..].to_vec()));
        }
        for m in [marker(1, "ref"), marker(1, "alias"), marker(1, "note7")] {
            for e in encodings(&m) {
                needles.push((m.clone(), e));
            }
        }
        assert_eq!(hits(dir.path(), &needles), Vec::<String>::new(), "{round}");
        if round == "open" {
            // The other cases read in full.
            for c in [0, 2] {
                let events = v.events(cases[c]).expect("events");
                assert_eq!(events.len(), 21);
                assert!(events.iter().any(|e| matches!(&e.kind,
                    EventKind::NoteAdded { text } if text.contains(&marker(c, "note19")))));
                assert_eq!(v.case(cases[c]).expect("state").reference, marker(c, "ref"));
            }
            assert_eq!(
                v.pending_erasures().expect("pending"),
                vec![erasure.clone()]
            );
            v.lock();
        }
    }
    // The erased case's key opens nothing left in the database.
    let sealer = CaseSealer::new(&Key32(key));
    let conn = Connection::open(&db).expect("db");
    let mut stmt = conn
        .prepare("SELECT id, case_id, device_id, seq, at_ms, sealed FROM events")
        .expect("sql");
    let rows: Vec<Row> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect();
    assert_eq!(rows.len(), 42, "the other two cases' events remain");
    for (id, case, device, seq, at_ms, sealed) in rows {
        let mut row = Vec::new();
        row.extend_from_slice(&id);
        row.extend_from_slice(&case);
        row.extend_from_slice(&device);
        row.extend_from_slice(&(seq as u64).to_be_bytes());
        row.extend_from_slice(&at_ms.to_be_bytes());
        assert!(sealer.open_owned("events", &row, sealed).is_err());
    }
    let erased_left: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM case_keys WHERE case_id = ?1",
            [gone.0.to_vec()],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(erased_left, 0);
}

#[test]
fn erasing_an_unknown_case_changes_nothing() {
    let (_dir, _clock, mut v) = common::new_store("erasure-unknown");
    let id = v.open_case("ERASE-KEEP", "").expect("open").case_id;
    let unknown = Id([7; 16]);
    assert_eq!(
        v.erase_case(unknown),
        Err(sanad_core::CaseError::NotFound(unknown))
    );
    assert_eq!(v.events(id).expect("events").len(), 1);
    assert!(v.pending_erasures().expect("pending").is_empty());
}

#[test]
fn each_case_has_its_own_key() {
    let (_dir, _clock, mut v) = common::new_store("erasure-keys");
    let a = v.open_case("ERASE-A", "").expect("a").case_id;
    let b = v.open_case("ERASE-B", "").expect("b").case_id;
    let (ka, kb) = (v.case_key_for_tests(a), v.case_key_for_tests(b));
    assert!(ka.is_some() && kb.is_some());
    assert_ne!(ka, kb);
    let store = v.export_keys_for_tests().expect("keys").0;
    assert_ne!(ka, Some(store), "not the store key");
}
