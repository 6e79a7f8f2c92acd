//! The in-memory search index of the directory: postings over the normalized texts of
//! [`super::query::index_text`], ranked with the same BM25 as SQLite FTS5's `bm25()` (k1 1.2,
//! b 0.75, column weights, one IDF per phrase), so FTS5 serves as the test oracle for
//! matching and ranking.
//!
//! Why not ask FTS5 at query time: on 10,000 services a short prefix of a common word
//! ("sant…") matches thousands of rows and FTS5 spent up to 5 ms ranking them. Here a
//! query is a few passes over dense arrays (well under a millisecond), and the store keeps
//! the durable copy and the FTS5 table it is loaded from.

use super::query::{index_text, named_categories, parse_query, service_cities};
use super::view::ServiceView;
use crate::outcome::RefCategory;
use crate::text::within_one_edit;
use std::collections::HashMap;

/// Column weights: name, categories, description.
pub const WEIGHTS: [f64; 3] = [10.0, 4.0, 1.0];
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// One phrase of a query: an indexed word prefix, or an exact word (a typo correction).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phrase {
    /// Every indexed word that starts with this.
    Prefix(String),
    /// Exactly this indexed word.
    Exact(String),
}

impl Phrase {
    /// The FTS5 query syntax for this phrase.
    pub fn to_fts5(&self) -> String {
        match self {
            Phrase::Prefix(p) => format!("\"{}\"*", p.replace('"', "")),
            Phrase::Exact(w) => format!("\"{}\"", w.replace('"', "")),
        }
    }
}

/// A whole query in FTS5 syntax: groups joined by AND, phrases in a group by OR.
pub fn fts5_expr(groups: &[Vec<Phrase>]) -> String {
    groups
        .iter()
        .map(|g| {
            let alts: Vec<String> = g.iter().map(Phrase::to_fts5).collect();
            format!("({})", alts.join(" OR "))
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    /// Weighted frequency of the word in the document (Σ column weight × occurrences).
    freq: f32,
}

/// Postings over normalized column texts; documents are numbered from 0 in build order.
#[derive(Debug, Default)]
pub struct TextIndex {
    terms: Vec<String>,
    term_chars: Vec<u32>,
    postings: Vec<Vec<Posting>>,
    doc_len: Vec<u32>,
    avgdl: f64,
}

impl TextIndex {
    /// Index documents given as their three normalized column texts.
    pub fn build<'a>(docs: impl IntoIterator<Item = [&'a str; 3]>) -> TextIndex {
        let mut map: HashMap<&'a str, Vec<Posting>> = HashMap::new();
        let mut doc_len = Vec::new();
        for (doc, cols) in docs.into_iter().enumerate() {
            let doc = doc as u32;
            let mut len = 0u32;
            for (col, text) in cols.iter().enumerate() {
                for w in text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                {
                    len += 1;
                    let list = map.entry(w).or_default();
                    match list.last_mut() {
                        Some(p) if p.doc == doc => p.freq += WEIGHTS[col] as f32,
                        _ => list.push(Posting {
                            doc,
                            freq: WEIGHTS[col] as f32,
                        }),
                    }
                }
            }
            doc_len.push(len);
        }
        let mut entries: Vec<(&str, Vec<Posting>)> = map.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let total: u64 = doc_len.iter().map(|&l| u64::from(l)).sum();
        let avgdl = if doc_len.is_empty() {
            1.0
        } else {
            total as f64 / doc_len.len() as f64
        };
        let terms: Vec<String> = entries.iter().map(|(t, _)| (*t).to_owned()).collect();
        TextIndex {
            term_chars: terms.iter().map(|t| t.chars().count() as u32).collect(),
            terms,
            postings: entries.into_iter().map(|(_, p)| p).collect(),
            doc_len,
            avgdl,
        }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.doc_len.len()
    }

    /// Whether there are no documents.
    pub fn is_empty(&self) -> bool {
        self.doc_len.is_empty()
    }

    /// Number of distinct indexed words.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// The range of indexed words that start with `prefix`.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let lo = self.terms.partition_point(|t| t.as_str() < prefix);
        let hi = lo + self.terms[lo..].partition_point(|t| t.starts_with(prefix));
        lo..hi
    }

    /// Whether some indexed word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        !self.prefix_range(prefix).is_empty()
    }

    /// The phrases for parsed query terms: each word (and its clitic-free variants) as a
    /// prefix; a word of five letters or more that starts no indexed word gets the indexed
    /// words within one edit of it instead (one typo).
    pub fn expand(&self, terms: &[Vec<String>]) -> Vec<Vec<Phrase>> {
        terms
            .iter()
            .map(|variants| {
                let mut alts: Vec<Phrase> =
                    variants.iter().map(|v| Phrase::Prefix(v.clone())).collect();
                let found = variants.iter().any(|v| self.has_prefix(v));
                for v in variants.iter().filter(|v| !found && v.chars().count() >= 5) {
                    let n = v.chars().count() as u32;
                    for (t, &tn) in self.terms.iter().zip(&self.term_chars) {
                        if tn.abs_diff(n) <= 1
                            && !t.starts_with(v.as_str())
                            && within_one_edit(t, v)
                        {
                            alts.push(Phrase::Exact(t.clone()));
                        }
                    }
                }
                alts
            })
            .collect()
    }

    /// Documents matching every group (at least one phrase of each), with their FTS5-style
    /// rank (minus the BM25 score: lower is better), in document order.
    pub fn matches(&self, groups: &[Vec<Phrase>]) -> Vec<(u32, f64)> {
        let n = self.len();
        if n == 0 || groups.is_empty() {
            return Vec::new();
        }
        let mut score = vec![0f64; n];
        let mut groups_hit = vec![0u16; n];
        let mut last_group = vec![u16::MAX; n];
        let mut freq = vec![0f64; n];
        let mut touched: Vec<u32> = Vec::new();
        for (g, group) in groups.iter().enumerate() {
            let g = g as u16;
            for phrase in group {
                let range = match phrase {
                    Phrase::Prefix(p) => self.prefix_range(p),
                    Phrase::Exact(w) => match self.terms.binary_search(w) {
                        Ok(i) => i..i + 1,
                        Err(_) => 0..0,
                    },
                };
                touched.clear();
                for list in &self.postings[range] {
                    for p in list {
                        let f = &mut freq[p.doc as usize];
                        if *f == 0.0 {
                            touched.push(p.doc);
                        }
                        *f += f64::from(p.freq);
                    }
                }
                let hits = touched.len() as f64;
                let mut idf = ((n as f64 - hits + 0.5) / (hits + 0.5)).ln();
                if idf <= 0.0 {
                    idf = 1e-6;
                }
                for &d in &touched {
                    let d = d as usize;
                    let f = std::mem::take(&mut freq[d]);
                    let len = f64::from(self.doc_len[d]);
                    score[d] +=
                        idf * (f * (K1 + 1.0)) / (f + K1 * (1.0 - B + B * len / self.avgdl));
                    if last_group[d] != g {
                        last_group[d] = g;
                        groups_hit[d] += 1;
                    }
                }
            }
        }
        let want = groups.len() as u16;
        (0..n)
            .filter(|&d| groups_hit[d] == want)
            .map(|d| (d as u32, -score[d]))
            .collect()
    }
}

/// What the index keeps of a service besides its text.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexedService {
    /// Service id.
    pub id: String,
    /// Name in the base language.
    pub name: String,
    /// Normalized (name, categories, description) texts.
    pub text: [String; 3],
    /// Referral categories.
    pub categories: Vec<RefCategory>,
    /// Canonical city keys.
    pub cities: Vec<String>,
    /// Languages spoken (lower case).
    pub languages: Vec<String>,
    /// Who is served.
    pub serves: Vec<String>,
    /// Coordinates of physical locations.
    pub coordinates: Vec<(f64, f64)>,
    /// Sample data (see [`ServiceView::sample`]).
    pub sample: bool,
}

impl IndexedService {
    /// What to index of a service.
    pub fn from_view(v: &ServiceView) -> IndexedService {
        IndexedService {
            id: v.id.clone(),
            name: v.name.base.clone(),
            text: index_text(v),
            categories: v.categories.clone(),
            cities: service_cities(v).into_iter().map(str::to_owned).collect(),
            languages: v.languages.iter().map(|l| l.to_lowercase()).collect(),
            serves: v.serves.clone(),
            coordinates: v.coordinates.clone(),
            sample: v.sample,
        }
    }
}

/// A directory search.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Words, in any language (empty: list by the filters).
    pub text: String,
    /// Only this referral category.
    pub category: Option<RefCategory>,
    /// Only services in this city (any spelling).
    pub city: Option<String>,
    /// Only services where this language is spoken (ISO 639).
    pub language: Option<String>,
    /// Only services for this group (`sanad-eligibility` code).
    pub serves: Option<String>,
    /// Only services open at this local time.
    pub open_at: Option<super::LocalTime>,
    /// Rank nearer services first.
    pub near: Option<(f64, f64)>,
    /// At most this many results (0: 20).
    pub limit: usize,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    /// Service id.
    pub id: String,
    /// Name (base language).
    pub name: String,
    /// Relevance in 0..=1 (1 = best match).
    pub score: f64,
}

/// Great-circle distance in kilometres.
pub fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

/// The searchable directory: text postings plus filters, names and positions.
#[derive(Debug, Default)]
pub struct DirectoryIndex {
    text: TextIndex,
    services: Vec<IndexedService>,
    /// Position of each service in name order (for listing without words).
    name_rank: Vec<u32>,
}

struct Candidate {
    doc: u32,
    named: bool,
    rank: f64,
    tie: u32,
}

impl DirectoryIndex {
    /// Build from services in import order (document `i` is the `i`-th service).
    pub fn new(services: Vec<IndexedService>) -> DirectoryIndex {
        let text = TextIndex::build(
            services
                .iter()
                .map(|s| [s.text[0].as_str(), s.text[1].as_str(), s.text[2].as_str()]),
        );
        let mut order: Vec<u32> = (0..services.len() as u32).collect();
        order.sort_by(|&a, &b| services[a as usize].name.cmp(&services[b as usize].name));
        let mut name_rank = vec![0u32; services.len()];
        for (r, d) in order.into_iter().enumerate() {
            name_rank[d as usize] = r as u32;
        }
        DirectoryIndex {
            text,
            services,
            name_rank,
        }
    }

    /// The text postings.
    pub fn text(&self) -> &TextIndex {
        &self.text
    }

    /// Number of services.
    pub fn len(&self) -> usize {
        self.services.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    /// How many services are sample data.
    pub fn sample_count(&self) -> usize {
        self.services.iter().filter(|s| s.sample).count()
    }

    /// The phrases a query's words stand for (see [`TextIndex::expand`]).
    pub fn phrases(&self, text: &str) -> Vec<Vec<Phrase>> {
        self.text.expand(&parse_query(text).terms)
    }

    /// Search, best first. `open` says whether document `i` is open at `q.open_at` (asked
    /// only when that filter is set, for candidates in rank order).
    pub fn search(&self, q: &DirectoryQuery, mut open: impl FnMut(usize) -> bool) -> Vec<Hit> {
        let limit = if q.limit == 0 { 20 } else { q.limit };
        let parsed = parse_query(&q.text);
        let cities: Vec<String> = match &q.city {
            Some(c) => vec![super::query::city_key(c).unwrap_or("").to_owned()],
            None => parsed.cities.iter().map(|c| (*c).to_owned()).collect(),
        };
        // Categories the query names ("santé", "مأوى", "asylum"): their services come first.
        let named: u32 = named_categories(&parsed).iter().fold(0, |m, c| m | c.bit());
        let language = q.language.as_ref().map(|l| l.to_lowercase());
        let keep = |s: &IndexedService| {
            (cities.is_empty() || s.cities.iter().any(|c| cities.contains(c)))
                && q.category.is_none_or(|c| s.categories.contains(&c))
                && language.as_ref().is_none_or(|l| s.languages.contains(l))
                && q.serves.as_ref().is_none_or(|e| s.serves.contains(e))
        };
        let with_text = !parsed.terms.is_empty();
        let matched: Vec<(u32, f64)> = if with_text {
            self.text.matches(&self.text.expand(&parsed.terms))
        } else {
            (0..self.len() as u32).map(|d| (d, 0.0)).collect()
        };
        let mut cands: Vec<Candidate> = matched
            .into_iter()
            .filter(|(d, _)| keep(&self.services[*d as usize]))
            .map(|(doc, rank)| {
                let s = &self.services[doc as usize];
                Candidate {
                    doc,
                    named: s.categories.iter().any(|c| named & c.bit() != 0),
                    rank,
                    tie: if with_text {
                        doc
                    } else {
                        self.name_rank[doc as usize]
                    },
                }
            })
            .collect();
        let order = |a: &Candidate, b: &Candidate| {
            b.named
                .cmp(&a.named)
                .then(a.rank.total_cmp(&b.rank))
                .then(a.tie.cmp(&b.tie))
                .then(a.doc.cmp(&b.doc))
        };
        let post = q.open_at.is_some() || q.near.is_some();
        if !post && cands.len() > limit {
            cands.select_nth_unstable_by(limit - 1, order);
            cands.truncate(limit);
        }
        cands.sort_unstable_by(order);
        let best = cands.iter().map(|c| c.rank).fold(0.0f64, f64::min);
        let mut hits: Vec<(Hit, f64)> = Vec::new();
        for c in &cands {
            if q.near.is_none() && hits.len() == limit {
                break;
            }
            if q.open_at.is_some() && !open(c.doc as usize) {
                continue;
            }
            let s = &self.services[c.doc as usize];
            let rel = if best < 0.0 { c.rank / best } else { 1.0 };
            // Two bands: services of a category the query names score 0.5–1, others 0–0.5.
            let score = match (named == 0, c.named) {
                (true, _) => rel,
                (false, true) => 0.5 + rel / 2.0,
                (false, false) => rel / 2.0,
            };
            let key = match q.near {
                Some(p) => {
                    let d = s
                        .coordinates
                        .iter()
                        .map(|c| km(p, *c))
                        .fold(f64::INFINITY, f64::min);
                    if d.is_finite() {
                        score / (1.0 + d / 10.0)
                    } else {
                        score / 100.0
                    }
                }
                None => score,
            };
            hits.push((
                Hit {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    score: (score * 1000.0).round() / 1000.0,
                },
                key,
            ));
        }
        if q.near.is_some() {
            hits.sort_by(|a, b| b.1.total_cmp(&a.1));
        }
        hits.into_iter().take(limit).map(|(h, _)| h).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_ranges_and_typos() {
        let t = TextIndex::build([
            ["sante clinique", "medical", "soins"],
            ["abri", "shelter", "hebergement nuit"],
        ]);
        assert!(t.has_prefix("san"));
        assert!(!t.has_prefix("zz"));
        let g = t.expand(&[vec!["clinqiue".to_owned()]]);
        assert_eq!(
            g,
            [vec![
                Phrase::Prefix("clinqiue".into()),
                Phrase::Exact("clinique".into())
            ]]
        );
        assert_eq!(fts5_expr(&g), "(\"clinqiue\"* OR \"clinique\")");
        let m = t.matches(&[vec![Phrase::Prefix("sant".into())]]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, 0);
        assert!(m[0].1 < 0.0);
        assert!(
            t.matches(&[
                vec![Phrase::Prefix("sant".into())],
                vec![Phrase::Prefix("abri".into())]
            ])
            .is_empty(),
            "every group must match"
        );
    }
}
