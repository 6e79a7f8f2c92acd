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
