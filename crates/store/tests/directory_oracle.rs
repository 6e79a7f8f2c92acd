//! The in-memory search index against SQLite FTS5 itself: for every query, the services
//! the index matches and their ranks must be exactly those FTS5 gives for the same
//! expression over the same stored texts (`bm25(service_text, 10, 4, 1)`), on the sample
//! directory and on 2,000 generated trilingual services.

use rusqlite::Connection;
use sanad_core::directory::parse_json;
use sanad_store::directory::Directory;
use sanad_test_support::directory::{LABELLED, generate_directory, generate_queries};
use sanad_test_support::env::TempDir;
use std::path::Path;

const SAMPLE: &str = include_str!("../../../assets/sample-directory.json");

fn fts5(db: &Path, expr: &str) -> Vec<(i64, f64)> {
    let conn = Connection::open(db).expect("open read side");
    let mut stmt = conn
        .prepare(
            "SELECT rowid, bm25(service_text, 10.0, 4.0, 1.0) FROM service_text \
             WHERE service_text MATCH ?1 ORDER BY rowid",
        )
        .expect("prepare");
    stmt.query_map([expr], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn check(json: &str, queries: &[String]) -> usize {
    let dir = TempDir::new("oracle");
    let db = dir.path().join("d.db");
    let mut d = Directory::open(&db).expect("open");
    d.replace_all(&parse_json("oracle.json", json).expect("valid"), None)
        .expect("import");
    // The index loaded back from the file must agree too, not only the one built on import.
    let reopened = Directory::open(&db).expect("reopen");
    let mut compared = 0;
    for q in queries {
        let expr = d.fts5_expression(q);
        if expr.is_empty() {
            continue;
        }
        let want = fts5(&db, &expr);
        for got in [d.text_matches(q), reopened.text_matches(q)] {
            assert_eq!(
                got.iter().map(|m| m.0).collect::<Vec<_>>(),
                want.iter().map(|m| m.0).collect::<Vec<_>>(),
                "matched services for {q:?} ({expr})"
            );
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g.1 - w.1).abs() <= 1e-9 * w.1.abs().max(1.0),
                    "rank of service {} for {q:?}: index {} vs FTS5 {}",
                    g.0,
                    g.1,
                    w.1
                );
            }
        }
        compared += usize::from(!want.is_empty());
    }
    compared
}

#[test]
fn index_matches_and_ranks_exactly_like_fts5_on_the_sample() {
    let mut queries: Vec<String> = LABELLED.iter().map(|l| l.q.to_owned()).collect();
    queries.extend(generate_queries(300, 7));
    let compared = check(SAMPLE, &queries);
    assert!(compared >= 100, "only {compared} queries matched anything");
}

#[test]
fn index_matches_and_ranks_exactly_like_fts5_on_generated_services() {
    let json = generate_directory(2_000, 11);
    let compared = check(&json, &generate_queries(400, 13));
    assert!(compared >= 200, "only {compared} queries matched anything");
}
