//! The in-memory search index of the directory: the shared engine of [`crate::search`]
//! over the normalized texts of [`super::query::index_text`] (columns name, categories,
//! description, weights [`WEIGHTS`]), ranked with the same BM25 as SQLite FTS5's `bm25()`,
//! so FTS5 serves as the test oracle for matching and ranking. When no service matches
//! every word, the search relaxes ([`crate::search::relax`]) and says for which words.
//!
//! Why not ask FTS5 at query time: on 10,000 services a short prefix of a common word
//! ("sant…") matches thousands of rows and FTS5 spent up to 5 ms ranking them. Here a
//! query is a few passes over dense arrays (well under a millisecond), and the store keeps
//! the durable copy and the FTS5 table it is loaded from.

use super::query::{ParsedQuery, index_text, named_categories, parse_query, service_cities};
use super::view::ServiceView;
use crate::outcome::RefCategory;
pub use crate::search::{Phrase, TextIndex, fts5_expr};
use crate::search::{relax, typed_word};

/// Column weights: name, categories, description.
pub const WEIGHTS: [f64; 3] = [10.0, 4.0, 1.0];

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
            &WEIGHTS,
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
    pub fn search(&self, q: &DirectoryQuery, open: impl FnMut(usize) -> bool) -> Vec<Hit> {
        self.search_relaxed(q, open).hits
    }

    /// Search, saying what the results are for: when no service (within the filters)
    /// matches every word, words that match none are dropped, then services matching some
    /// of the words are listed, most words first ([`crate::search::relax`]).
    pub fn search_relaxed(
        &self,
        q: &DirectoryQuery,
        mut open: impl FnMut(usize) -> bool,
    ) -> DirectoryResults {
        let limit = if q.limit == 0 { 20 } else { q.limit };
        let parsed = parse_query(&q.text);
        // Categories the query names ("santé", "مأوى", "asylum"): their services come first.
        let named: u32 = named_categories(&parsed).iter().fold(0, |m, c| m | c.bit());
        let (mut cands, showing_for) = self.candidates(q, &parsed, named);
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
            let hit = Hit {
                id: s.id.clone(),
                name: s.name.clone(),
                score: (score * 1000.0).round() / 1000.0,
            };
            hits.push((hit, key));
        }
        if q.near.is_some() {
            hits.sort_by(|a, b| b.1.total_cmp(&a.1));
        }
        DirectoryResults {
            hits: hits.into_iter().take(limit).map(|(h, _)| h).collect(),
            showing_for,
        }
    }

    /// The services that pass the filters and match the words (relaxed when none matches
    /// them all), and the words the relaxed results are for.
    fn candidates(
        &self,
        q: &DirectoryQuery,
        parsed: &ParsedQuery,
        named: u32,
    ) -> (Vec<Candidate>, Option<Vec<String>>) {
        let cities: Vec<String> = match &q.city {
            Some(c) => vec![super::query::city_key(c).unwrap_or("").to_owned()],
            None => parsed.cities.iter().map(|c| (*c).to_owned()).collect(),
        };
        let language = q.language.as_ref().map(|l| l.to_lowercase());
        let keep = |d: u32| {
            let s = &self.services[d as usize];
            (cities.is_empty() || s.cities.iter().any(|c| cities.contains(c)))
                && q.category.is_none_or(|c| s.categories.contains(&c))
                && language.as_ref().is_none_or(|l| s.languages.contains(l))
                && q.serves.as_ref().is_none_or(|e| s.serves.contains(e))
        };
        let cand = |doc: u32, rank: f64, tie: u32| Candidate {
            doc,
            named: self.services[doc as usize]
                .categories
                .iter()
                .any(|c| named & c.bit() != 0),
            rank,
            tie,
        };
        if parsed.terms.is_empty() {
            let all = (0..self.len() as u32).filter(|&d| keep(d));
            return (
                all.map(|d| cand(d, 0.0, self.name_rank[d as usize]))
                    .collect(),
                None,
            );
        }
        let groups = self.text.expand(&parsed.terms);
        let mut scored = self.text.scores(&groups);
        scored.retain(|s| keep(s.doc));
        let r = relax(scored, groups.len());
        let showing_for = (r.relaxed(groups.len()) && !r.docs.is_empty()).then(|| {
            parsed
                .terms
                .iter()
                .enumerate()
                .filter(|(g, _)| *g < 64 && r.kept & (1 << g) != 0)
                .map(|(_, t)| typed_word(&q.text, &t[0]))
                .collect()
        });
        let cands = r.docs.iter().map(|s| cand(s.doc, s.rank, s.doc)).collect();
        (cands, showing_for)
    }
}

/// A directory search's answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryResults {
    /// Best first.
    pub hits: Vec<Hit>,
    /// Set when no service matched every word: the words (as typed) the results are for.
    pub showing_for: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(id: &str, name: &str, desc: &str) -> IndexedService {
        IndexedService {
            id: id.into(),
            name: name.into(),
            text: [
                crate::search::index_forms(name),
                String::new(),
                crate::search::index_forms(desc),
            ],
            categories: Vec::new(),
            cities: vec!["berkane".into()],
            languages: Vec::new(),
            serves: Vec::new(),
            coordinates: Vec::new(),
            sample: false,
        }
    }

    #[test]
    fn an_unknown_word_does_not_empty_the_list() {
        let idx = DirectoryIndex::new(vec![
            service("a", "Centre d'hébergement", "abri pour la nuit"),
            service("b", "Clinique", "soins"),
        ]);
        let q = |text: &str| DirectoryQuery {
            text: text.into(),
            ..DirectoryQuery::default()
        };
        let r = idx.search_relaxed(&q("centre d'hébergement berkane"), |_| true);
        assert_eq!(r.hits.len(), 1);
        assert_eq!(r.showing_for, None, "every word matched");
        let r = idx.search_relaxed(&q("centre d'hébergement zzyzx berkane"), |_| true);
        assert_eq!(
            r.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
            ["a"]
        );
        assert_eq!(
            r.showing_for,
            Some(vec!["centre".to_owned(), "hébergement".to_owned()])
        );
        let r = idx.search_relaxed(&q("abri soins"), |_| true);
        assert_eq!(r.hits.len(), 2, "words that never meet: either one");
        assert!(r.showing_for.is_some());
        assert!(idx.search(&q("zzyzx"), |_| true).is_empty());
    }
}
