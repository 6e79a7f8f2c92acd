//! Directory search on 10,000 generated trilingual services, 1,000 mixed queries: latency of
//! Sanad's search against plain SQLite FTS5 (`unicode61 remove_diacritics 2`) over the same
//! texts in the same run, recall@5 of both on the labelled set, and import time.
//!
//! `cargo bench -p sanad-store --bench directory_search`

use rusqlite::{Connection, params};
use sanad_core::RefCategory;
use sanad_core::directory::{Service, parse_json};
use sanad_store::directory::{Directory, DirectoryQuery};
use sanad_test_support::directory::{LABELLED, generate_directory, generate_queries, recall_at_5};
use std::time::{Duration, Instant};

fn tmp(label: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("sanad-bench-dir-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).expect("dir");
    p
}

/// Plain FTS5 over the raw texts (all languages), the baseline.
struct Raw {
    conn: Connection,
}

impl Raw {
    fn new(services: &[Service]) -> Raw {
        let conn = Connection::open_in_memory().expect("db");
        conn.execute_batch("CREATE VIRTUAL TABLE raw USING fts5(id UNINDEXED, name, description, tokenize = 'unicode61 remove_diacritics 2');").expect("fts");
        let tx = conn.unchecked_transaction().expect("tx");
        for s in services {
            let v = &s.view;
            let name: Vec<&str> = v.name.all().chain(v.organization.all()).collect();
            let desc: Vec<&str> = v.description.all().collect();
            tx.execute(
                "INSERT INTO raw (id, name, description) VALUES (?1, ?2, ?3)",
                params![v.id, name.join(" "), desc.join(" ")],
            )
            .expect("insert");
        }
        tx.commit().expect("commit");
        Raw { conn }
    }
    fn search(&self, q: &str) -> Vec<String> {
        let terms: Vec<String> = q
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{w}\"*"))
            .collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id FROM raw WHERE raw MATCH ?1 ORDER BY bm25(raw, 10.0, 1.0) LIMIT 5",
            )
            .expect("stmt");
        stmt.query_map([terms.join(" AND ")], |r| r.get(0))
            .expect("q")
            .collect::<Result<_, _>>()
            .unwrap_or_default()
    }
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    // Import.
    let json = generate_directory(10_000, 0x5eed);
    let dir = tmp("big");
    let t = Instant::now();
    let services = parse_json("generated.json", &json).expect("valid");
    let mut d = Directory::open(&dir.join("d.db")).expect("open");
    d.replace_all(&services, None).expect("import");
    let import = t.elapsed();
    drop(d);
    // Opening loads the in-memory index from the tables.
    let t = Instant::now();
    let d = Directory::open(&dir.join("d.db")).expect("reopen");
    let open = t.elapsed();
    let t = Instant::now();
    let raw = Raw::new(&services);
    let raw_import = t.elapsed();

    // Latency over 1,000 mixed queries, interleaved.
    let queries = generate_queries(1000, 0xface);
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    let (mut ours_found, mut base_found) = (0, 0);
    let (mut ours_both, mut base_both) = (Vec::new(), Vec::new());
    for q in &queries {
        let t = Instant::now();
        let h = d
            .search(&DirectoryQuery {
                text: q.clone(),
                limit: 5,
                ..DirectoryQuery::default()
            })
            .expect("search");
        let to = t.elapsed();
        ours.push(to);
        ours_found += usize::from(!h.is_empty());
        let t = Instant::now();
        let hb = raw.search(q);
        let tb = t.elapsed();
        base.push(tb);
        base_found += usize::from(!hb.is_empty());
        if !h.is_empty() && !hb.is_empty() {
            ours_both.push(to);
            base_both.push(tb);
        }
    }

    // Recall@5 on the labelled set (sample directory).
    let sample = parse_json(
        "sample",
        include_str!("../../../assets/sample-directory.json"),
    )
    .expect("sample");
    let sdir = tmp("sample");
    let mut sd = Directory::open(&sdir.join("d.db")).expect("open");
    sd.replace_all(&sample, None).expect("import");
    let sraw = Raw::new(&sample);
    let id_of = |prefix: &str| {
        sample
            .iter()
            .find(|s| s.view.name.base.starts_with(prefix))
            .map(|s| s.view.id.clone())
            .expect("label")
    };
    let (mut r_ours, mut r_raw, mut r_raw_text) = (0.0, 0.0, 0.0);
    let mut text_only = 0;
    for l in LABELLED {
        let rel: Vec<String> = l.relevant.iter().map(|p| id_of(p)).collect();
        let q = DirectoryQuery {
            text: l.q.into(),
            category: l.category.and_then(RefCategory::parse),
            city: l.city.map(Into::into),
            serves: l.serves.map(Into::into),
            language: l.language.map(Into::into),
            limit: 5,
            ..DirectoryQuery::default()
        };
        r_ours += recall_at_5(
            &sd.search(&q)
                .expect("s")
                .into_iter()
                .map(|h| h.id)
                .collect::<Vec<_>>(),
            &rel,
        );
        let rr = recall_at_5(&sraw.search(l.q), &rel);
        r_raw += rr;
        if l.category.is_none() && l.city.is_none() && l.serves.is_none() && l.language.is_none() {
            r_raw_text += rr;
            text_only += 1;
        }
    }
    let n = LABELLED.len() as f64;

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (p50o, p99o, p50b, p99b) = (
        pct(&mut ours, 0.5),
        pct(&mut ours, 0.99),
        pct(&mut base, 0.5),
        pct(&mut base, 0.99),
    );
    println!("| measure | Sanad search | plain FTS5 | ratio |");
    println!("|---|---|---|---|");
    println!(
        "| p50 latency, 1,000 queries on 10,000 services | {:.3} ms | {:.3} ms | {:.2}× |",
        ms(p50o),
        ms(p50b),
        ms(p50o) / ms(p50b)
    );
    println!(
        "| p99 latency | {:.3} ms | {:.3} ms | {:.2}× |",
        ms(p99o),
        ms(p99b),
        ms(p99o) / ms(p99b)
    );
    let nb = ours_both.len();
    let (b50o, b50b, b99o, b99b) = (
        pct(&mut ours_both, 0.5),
        pct(&mut base_both, 0.5),
        pct(&mut ours_both, 0.99),
        pct(&mut base_both, 0.99),
    );
    println!(
        "| p50, the {nb} queries both answer | {:.3} ms | {:.3} ms | {:.2}× |",
        ms(b50o),
        ms(b50b),
        ms(b50o) / ms(b50b)
    );
    println!(
        "| p99, the {nb} queries both answer | {:.3} ms | {:.3} ms | {:.2}× |",
        ms(b99o),
        ms(b99b),
        ms(b99o) / ms(b99b)
    );
    println!("| queries with at least one result | {ours_found} / 1000 | {base_found} / 1000 | |");
    println!(
        "| recall@5, labelled set ({} queries) | {:.3} | {:.3} | |",
        LABELLED.len(),
        r_ours / n,
        r_raw / n
    );
    println!(
        "| recall@5, text-only labelled queries ({text_only}) | | {:.3} | |",
        r_raw_text / text_only as f64
    );
    println!(
        "| import 10,000 services (validate + index) | {:.0} ms | {:.0} ms (index only) | |",
        ms(import),
        ms(raw_import)
    );
    println!(
        "| open the 10,000-service directory (load the index) | {:.0} ms | | |",
        ms(open)
    );
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(sdir);
}
