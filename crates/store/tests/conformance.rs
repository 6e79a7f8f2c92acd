//! The case-repository conformance suite against the SQLite store (the in-memory
//! implementation runs it in sanad-test-support).

mod common;

use sanad_test_support::cases::conformance;
use sanad_test_support::env::TempDir;

#[test]
fn the_sqlite_store_conforms() {
    let mut dirs: Vec<TempDir> = Vec::new();
    conformance(|| {
        let (dir, _clock, v) = common::new_store("conformance");
        dirs.push(dir);
        v
    });
}

#[test]
fn events_written_in_the_same_millisecond_come_back_in_the_order_written() {
    use sanad_core::case::{CaseRepository, EventKind};
    // The clock does not move: every event has the same time, and event ids (UUIDv7) are
    // random after the millisecond, so only the device's sequence keeps the order.
    struct Frozen;
    impl sanad_core::Clock for Frozen {
        fn now_ms(&self) -> i64 {
            1_790_000_000_000
        }
    }
    let dir = TempDir::new("same-ms");
    let mut v = sanad_store::Vault::init(
        dir.path(),
        &common::pass(),
        sanad_store::InitOptions::insecure_fast_for_tests(),
        std::sync::Arc::new(Frozen),
    )
    .expect("init");
    let opened = v.open_case("SAME-MS-1", "").expect("open");
    for i in 0..12 {
        v.append(
            opened.case_id,
            EventKind::NoteAdded {
                text: format!("note {i}"),
            },
        )
        .expect("note");
    }
    let texts: Vec<String> = v
        .events(opened.case_id)
        .expect("events")
        .into_iter()
        .filter_map(|e| match e.kind {
            EventKind::NoteAdded { text } => Some(text),
            _ => None,
        })
        .collect();
    let expected: Vec<String> = (0..12).map(|i| format!("note {i}")).collect();
    assert_eq!(texts, expected);
}
