//! The indicator lookup against plain SQLite FTS5 over the same texts, in the same run, on
//! the labelled query set (`sanad_test_support::lookup`): recall@3 (a right code in the top
//! 3), MRR over the top 10, the share of queries with no result, and p50/p99 latency per
//! query. The baseline is what a first version would do: one FTS5 row per code with its
//! label, question and help in the three languages (`unicode61 remove_diacritics 2`), each
//! query word a prefix term, AND, then OR when AND finds nothing, ranked by `bm25()`.
//! It lives in sanad-store because rusqlite may only be used here.
//!
//! `cargo bench -p sanad-store --bench indicator_lookup`

use rusqlite::{Connection, params};
use sanad_core::lookup::IndicatorIndex;
use sanad_core::{INPUT_CODE_COUNT, input_codes};
use sanad_i18n::{Lang, Localizer};
use sanad_test_support::lookup::{LookupCase, all, in_top_3, reciprocal_rank};
use std::time::{Duration, Instant};

/// Rounds over the whole set for the latency figures (results are the same each round).
const ROUNDS: usize = 30;

struct Fts5 {
    conn: Connection,
}

impl Fts5 {
    fn new(l10n: &Localizer) -> Fts5 {
        let conn = Connection::open_in_memory().expect("db");
        conn.execute_batch(
            "CREATE VIRTUAL TABLE codes USING fts5(code UNINDEXED, label, question, help, \
             tokenize = 'unicode61 remove_diacritics 2');",
        )
        .expect("fts5");
        for code in input_codes() {
            let (mut label, mut question, mut help) = (Vec::new(), Vec::new(), Vec::new());
            for lang in [Lang::En, Lang::Fr, Lang::Ar] {
                let t = l10n.code_texts(lang, code).expect("texts");
                label.push(t.label);
                question.push(t.question);
                help.push(t.help);
            }
            conn.execute(
                "INSERT INTO codes VALUES (?1, ?2, ?3, ?4)",
                params![code, label.join(" "), question.join(" "), help.join(" ")],
            )
            .expect("insert");
        }
        Fts5 { conn }
    }

    fn run(&self, expr: &str) -> Vec<String> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT code FROM codes WHERE codes MATCH ?1 ORDER BY bm25(codes) LIMIT 10",
            )
            .expect("stmt");
        stmt.query_map([expr], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .unwrap_or_default()
    }

    /// Prefix terms, AND, then OR when AND finds nothing.
    fn search(&self, q: &str) -> Vec<String> {
        let terms: Vec<String> = q
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{w}\"*"))
            .collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let and = self.run(&terms.join(" AND "));
        if and.is_empty() && terms.len() > 1 {
            self.run(&terms.join(" OR "))
        } else {
            and
        }
    }
}

#[derive(Default)]
struct Tally {
    top3: usize,
    rr: f64,
    empty: usize,
    times: Vec<Duration>,
}

impl Tally {
    fn add(&mut self, c: &LookupCase, codes: &[&str]) {
        self.top3 += usize::from(in_top_3(codes, c.right));
        self.rr += reciprocal_rank(codes, c.right);
        self.empty += usize::from(codes.is_empty());
    }
    fn pct(&mut self, p: f64) -> f64 {
        self.times.sort();
        let i = ((self.times.len() as f64 - 1.0) * p).round() as usize;
        self.times[i].as_secs_f64() * 1e3
    }
}

fn row(name: &str, sanad: f64, fts: f64, ratio: bool) {
    let r = if ratio {
        format!("{:.2}×", sanad / fts)
    } else {
        String::new()
    };
    println!("| {name} | {sanad:.3} | {fts:.3} | {r} |");
}

fn main() {
    let l10n = Localizer::new().expect("locales");
    let t = Instant::now();
    let idx: IndicatorIndex = l10n.indicator_index();
    let build = t.elapsed();
    let fts = Fts5::new(&l10n);
    let set = all();
    let per_lang = |l: &str| set.iter().filter(|c| c.lang == l).count();
    let (mut ours, mut base) = (Tally::default(), Tally::default());
    for round in 0..ROUNDS {
        for c in &set {
            let t = Instant::now();
            let hits = idx.search(c.q, c.lang, 10);
            ours.times.push(t.elapsed());
            let t = Instant::now();
            let rows = fts.search(c.q);
            base.times.push(t.elapsed());
            if round == 0 {
                let codes: Vec<&str> = hits.iter().map(|h| h.code).collect();
                ours.add(c, &codes);
                let codes: Vec<&str> = rows.iter().map(String::as_str).collect();
                base.add(c, &codes);
            }
        }
    }
    let n = set.len() as f64;
    println!(
        "{} labelled queries (en {}, fr {}, ar {}), {INPUT_CODE_COUNT} codes; latency over {ROUNDS} rounds",
        set.len(),
        per_lang("en"),
        per_lang("fr"),
        per_lang("ar")
    );
    println!();
    println!("| measure | Sanad lookup | plain FTS5 | ratio |");
    println!("|---|---|---|---|");
    row(
        "recall@3",
        ours.top3 as f64 / n,
        base.top3 as f64 / n,
        false,
    );
    row("MRR (top 10)", ours.rr / n, base.rr / n, false);
    row(
        "share of queries with no result",
        ours.empty as f64 / n,
        base.empty as f64 / n,
        false,
    );
    let (o50, b50) = (ours.pct(0.5), base.pct(0.5));
    let (o99, b99) = (ours.pct(0.99), base.pct(0.99));
    row("p50 latency per query (ms)", o50, b50, true);
    row("p99 latency per query (ms)", o99, b99, true);
    println!(
        "| build the index (ms; {} indexed words) | {:.1} | | |",
        idx.term_count(),
        build.as_secs_f64() * 1e3
    );
}
