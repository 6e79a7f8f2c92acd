//! The labelled query set (`sanad_test_support::directory::LABELLED`): queries a worker would
//! type, in Arabic, French and English (with and without accents, Arabic letter variants,
//! the article, typos, prefixes, city names and filters), each with the services that
//! should come back. Mean recall@5 must stay ≥ 0.95.

use sanad_core::RefCategory;
use sanad_core::directory::parse_json;
use sanad_store::directory::{Directory, DirectoryQuery};
use sanad_test_support::directory::{LABELLED, recall_at_5};
use sanad_test_support::env::TempDir;

const SAMPLE: &str = include_str!("../../../assets/sample-directory.json");

#[test]
fn labelled_queries_reach_recall_at_5_of_at_least_0_95() {
    let dir = TempDir::new("recall");
    let mut d = Directory::open(&dir.path().join("d.db")).expect("open");
    let services = parse_json("sample", SAMPLE).expect("sample");
    d.replace_all(&services, None).expect("import");
    let id_of = |prefix: &str| -> String {
        let found: Vec<&str> = services
            .iter()
            .filter(|s| s.view.name.base.starts_with(prefix))
            .map(|s| s.view.id.as_str())
            .collect();
        assert_eq!(found.len(), 1, "label {prefix} names one service");
        found[0].to_owned()
    };
    assert!(LABELLED.len() >= 60);
    let mut total = 0.0;
    let mut misses = Vec::new();
    for l in LABELLED {
        let q = DirectoryQuery {
            text: l.q.into(),
            category: l.category.map(|c| RefCategory::parse(c).expect("category")),
            city: l.city.map(Into::into),
            serves: l.serves.map(Into::into),
            language: l.language.map(Into::into),
            limit: 5,
            ..DirectoryQuery::default()
        };
        let top: Vec<String> = d
            .search(&q)
            .expect("search")
            .into_iter()
            .map(|h| h.id)
            .collect();
        let rel: Vec<String> = l.relevant.iter().map(|p| id_of(p)).collect();
        let r = recall_at_5(&top, &rel);
        if r < 1.0 {
            misses.push(format!("{:?}: {r:.2}", l.q));
        }
        total += r;
    }
    let mean = total / LABELLED.len() as f64;
    eprintln!(
        "recall@5 over {} labelled queries: {mean:.3}; misses: {misses:?}",
        LABELLED.len()
    );
    assert!(
        mean >= 0.95,
        "recall@5 {mean:.3} < 0.95; misses: {misses:?}"
    );
}
