//! Sanad's one search engine, shared by the referral directory (a document per service) and
//! the indicator lookup (a document per input code): postings over texts normalized by
//! [`crate::text`], ranked with the same BM25 as SQLite FTS5's `bm25()` (k1 1.2, b 0.75,
//! column weights, one IDF per phrase), so FTS5 serves as the test oracle for matching and
//! ranking (`crates/store/tests/directory_oracle.rs`). What differs between the two users
//! is configuration: the columns and their weights, and the words of a query.
//!
//! A query is a list of groups (one per query word), each a list of [`Phrase`]s (the
//! word's forms: as typed, without Arabic clitics, its stem, typo corrections). A document
//! matches a group when it matches one of its phrases. [`TextIndex::matches`] keeps the
//! documents matching every group; [`relax`] says what to show when none does: the groups
//! that match nothing are dropped, and if the rest still match no document together, the
//! documents matching most groups come first (OR, ranked by BM25).

use crate::text::{normalize, stems, token_variants, tokens, within_one_edit};
use std::collections::HashMap;

const K1: f64 = 1.2;
const B: f64 = 0.75;
/// At most this many query groups are scored (a group per word; the rest are ignored).
pub const MAX_GROUPS: usize = 64;

/// One phrase of a query: an indexed word prefix, or an exact word (a stem or a typo
/// correction).
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

    /// Whether an indexed word matches this phrase.
    pub fn matches(&self, word: &str) -> bool {
        match self {
            Phrase::Prefix(p) => word.starts_with(p.as_str()),
            Phrase::Exact(w) => word == w,
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

/// A document that matched at least one group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Document number (build order).
    pub doc: u32,
    /// FTS5-style rank: minus the BM25 score (lower is better).
    pub rank: f64,
    /// Bit `g` set when the document matches group `g`.
    pub groups: u64,
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
    /// Index documents given as their normalized column texts (words separated by
    /// anything not alphanumeric), column `i` weighing `weights[i]` (FTS5's `bm25()`
    /// arguments). Columns beyond the weights weigh 1.
    pub fn build<'a, D: AsRef<[&'a str]>>(
        weights: &[f64],
        docs: impl IntoIterator<Item = D>,
    ) -> TextIndex {
        let mut map: HashMap<&'a str, Vec<Posting>> = HashMap::new();
        let mut doc_len = Vec::new();
        for (doc, cols) in docs.into_iter().enumerate() {
            let doc = doc as u32;
            let mut len = 0u32;
            for (col, text) in cols.as_ref().iter().enumerate() {
                let w = weights.get(col).copied().unwrap_or(1.0) as f32;
                for word in text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                {
                    len += 1;
                    let list = map.entry(word).or_default();
                    match list.last_mut() {
                        Some(p) if p.doc == doc => p.freq += w,
                        _ => list.push(Posting { doc, freq: w }),
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

    fn range(&self, phrase: &Phrase) -> std::ops::Range<usize> {
        match phrase {
            Phrase::Prefix(p) => self.prefix_range(p),
            Phrase::Exact(w) => match self.terms.binary_search(w) {
                Ok(i) => i..i + 1,
                Err(_) => 0..0,
            },
        }
    }

    /// Whether some indexed word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        !self.prefix_range(prefix).is_empty()
    }

    /// Whether some indexed word matches the phrase.
    pub fn has(&self, phrase: &Phrase) -> bool {
        !self.range(phrase).is_empty()
    }

    /// The phrases for query words given as their forms to match as prefixes: each form as
    /// a prefix; a form of five letters or more that starts no indexed word gets the indexed
    /// words within one edit of it instead (one typo).
    pub fn expand(&self, terms: &[Vec<String>]) -> Vec<Vec<Phrase>> {
        terms
            .iter()
            .map(|variants| {
                let mut alts: Vec<Phrase> =
                    variants.iter().map(|v| Phrase::Prefix(v.clone())).collect();
                self.add_typos(variants, &mut alts);
                alts
            })
            .collect()
    }

    /// Add, for forms that start no indexed word (and only if none of them does), the
    /// indexed words within one edit (forms of `min_chars` letters or more).
    pub fn add_typos(&self, forms: &[String], alts: &mut Vec<Phrase>) {
        self.add_typos_from(forms, 5, alts);
    }

    fn add_typos_from(&self, forms: &[String], min_chars: usize, alts: &mut Vec<Phrase>) {
        if forms.iter().any(|v| self.has_prefix(v)) {
            return;
        }
        for v in forms.iter().filter(|v| v.chars().count() >= min_chars) {
            let n = v.chars().count() as u32;
            for (t, &tn) in self.terms.iter().zip(&self.term_chars) {
                let p = Phrase::Exact(t.clone());
                if tn.abs_diff(n) <= 1
                    && !t.starts_with(v.as_str())
                    && within_one_edit(t, v)
                    && !alts.contains(&p)
                {
                    alts.push(p);
                }
            }
        }
    }

    /// Every document matching at least one group, with its rank (over the phrases it
    /// matches) and the groups it matches, in document order. Groups beyond
    /// [`MAX_GROUPS`] are ignored.
    pub fn scores(&self, groups: &[Vec<Phrase>]) -> Vec<Scored> {
        let n = self.len();
        if n == 0 || groups.is_empty() {
            return Vec::new();
        }
        let mut score = vec![0f64; n];
        let mut mask = vec![0u64; n];
        let mut freq = vec![0f64; n];
        let mut touched: Vec<u32> = Vec::new();
        for (g, group) in groups.iter().take(MAX_GROUPS).enumerate() {
            for phrase in group {
                touched.clear();
                for list in &self.postings[self.range(phrase)] {
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
                    mask[d] |= 1 << g;
                }
            }
        }
        (0..n)
            .filter(|&d| mask[d] != 0)
            .map(|d| Scored {
                doc: d as u32,
                rank: -score[d],
                groups: mask[d],
            })
            .collect()
    }

    /// Documents matching every group (at least one phrase of each), with their FTS5-style
    /// rank (minus the BM25 score: lower is better), in document order.
    pub fn matches(&self, groups: &[Vec<Phrase>]) -> Vec<(u32, f64)> {
        let all = all_groups(groups.len());
        self.scores(groups)
            .into_iter()
            .filter(|s| s.groups == all)
            .map(|s| (s.doc, s.rank))
            .collect()
    }
}

/// The mask of the first `n` groups (at most [`MAX_GROUPS`]).
pub fn all_groups(n: usize) -> u64 {
    match n.min(MAX_GROUPS) {
        MAX_GROUPS => u64::MAX,
        k => (1u64 << k) - 1,
    }
}

/// What a relaxed search kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Relaxed {
    /// The documents, with their rank, in document order (AND over the groups kept), or
    /// ranked by groups matched then rank (OR) when `any` is set.
    pub docs: Vec<Scored>,
    /// The groups the results are for (all of them unless the search was relaxed).
    pub kept: u64,
    /// No document matched every kept group together: documents match some of them.
    pub any: bool,
}

impl Relaxed {
    /// Whether the results are for fewer words than the query had, or for some of them.
    pub fn relaxed(&self, n_groups: usize) -> bool {
        self.any || self.kept != all_groups(n_groups)
    }
}

/// Never empty when something matches. From the scored documents that pass the caller's
/// filter: those matching every group if any do; otherwise those matching every group that
/// matches some document (the others are dropped); otherwise every document matching some
/// group, most groups first, then by rank.
pub fn relax(scored: Vec<Scored>, n_groups: usize) -> Relaxed {
    let all = all_groups(n_groups);
    if scored.iter().any(|s| s.groups == all) {
        return Relaxed {
            docs: scored.into_iter().filter(|s| s.groups == all).collect(),
            kept: all,
            any: false,
        };
    }
    let kept = scored.iter().fold(0u64, |m, s| m | s.groups);
    if scored.iter().any(|s| s.groups == kept) {
        return Relaxed {
            docs: scored.into_iter().filter(|s| s.groups == kept).collect(),
            kept,
            any: false,
        };
    }
    let mut docs = scored;
    docs.sort_by(|a, b| {
        b.groups
            .count_ones()
            .cmp(&a.groups.count_ones())
            .then(a.rank.total_cmp(&b.rank))
            .then(a.doc.cmp(&b.doc))
    });
    Relaxed {
        docs,
        kept,
        any: true,
    }
}

/// The words a document is indexed under for a text: each word, its forms without Arabic
/// clitics and its stems ([`crate::text::stems`]), space-separated.
pub fn index_forms(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in tokens(text) {
        let mut forms = token_variants(&w);
        for s in stems(&w) {
            if !forms.contains(&s) {
                forms.push(s);
            }
        }
        out.extend(forms);
    }
    out.join(" ")
}

/// The groups of a query: per word, its forms as typed and without clitics as prefixes,
/// its stems as exact words, and (when none of those is indexed) the indexed words within
/// one typo. Words in `stop` are dropped when other words remain.
pub fn query_groups(
    index: &TextIndex,
    query: &str,
    stop: &[&str],
) -> (Vec<String>, Vec<Vec<Phrase>>) {
    let all = tokens(query);
    let content: Vec<String> = all
        .iter()
        .filter(|w| !stop.contains(&w.as_str()))
        .cloned()
        .collect();
    let words = if content.is_empty() { all } else { content };
    let groups = words
        .iter()
        .map(|w| {
            let forms = token_variants(w);
            let stems = stems(w);
            let mut alts: Vec<Phrase> = forms.iter().map(|f| Phrase::Prefix(f.clone())).collect();
            for s in &stems {
                if !forms.contains(s) {
                    alts.push(Phrase::Exact(s.clone()));
                }
            }
            // One typo: in the word as typed (5+ letters), else in its stem, else (a word
            // that would find nothing at all) in a shorter word or stem (3+ letters).
            let mut both = forms.clone();
            both.extend(stems.iter().filter(|s| !forms.contains(s)).cloned());
            for (tier, min) in [(&forms, 5), (&both, 5), (&both, 3)] {
                if alts.iter().any(|p| index.has(p)) {
                    break;
                }
                index.add_typos_from(tier, min, &mut alts);
            }
            alts
        })
        .collect();
    (words, groups)
}

/// The word a worker typed for a normalized query word (`hébergement` for `hebergement`),
/// or the normalized word if none is found.
pub fn typed_word(query: &str, normalized: &str) -> String {
    query
        .split(|c: char| !is_word_char(c))
        .find(|w| !w.is_empty() && tokens(w).iter().any(|t| t == normalized))
        .unwrap_or(normalized)
        .to_owned()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}'
}

/// A text cut into runs, each marked when it is a word that matches one of the phrases
/// (the matching terms a screen highlights). Joining the runs gives the text back.
pub fn highlight(text: &str, groups: &[Vec<Phrase>]) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |s: &str, hit: bool| match out.last_mut() {
        Some((prev, h)) if *h == hit => prev.push_str(s),
        _ => out.push((s.to_owned(), hit)),
    };
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let w = i < text.len() && is_word_char(c);
        if w != in_word {
            let run = &text[start..i];
            let hit = in_word && word_matches(run, groups);
            if !run.is_empty() {
                push(run, hit);
            }
            start = i;
            in_word = w;
        }
    }
    if start < text.len() {
        push(&text[start..], false);
    }
    out
}

fn word_matches(word: &str, groups: &[Vec<Phrase>]) -> bool {
    let norm = normalize(word);
    tokens(&norm).iter().any(|t| {
        let forms = index_forms(t);
        forms
            .split(' ')
            .any(|f| groups.iter().flatten().any(|p| p.matches(f)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> TextIndex {
        TextIndex::build(
            &[10.0, 4.0, 1.0],
            [
                ["sante clinique", "medical", "soins"],
                ["abri", "shelter", "hebergement nuit"],
            ],
        )
    }

    #[test]
    fn prefix_ranges_and_typos() {
        let t = index();
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

    fn groups(words: &[&str]) -> Vec<Vec<Phrase>> {
        words
            .iter()
            .map(|w| vec![Phrase::Prefix((*w).to_owned())])
            .collect()
    }

    #[test]
    fn relaxing_drops_words_that_match_nothing_then_ors() {
        let t = index();
        let g = groups(&["abri", "nuit"]);
        let r = relax(t.scores(&g), g.len());
        assert_eq!((r.docs.len(), r.kept, r.any), (1, 0b11, false));
        assert!(!r.relaxed(2));
        // An unknown word is dropped; the rest still match together.
        let g = groups(&["abri", "zzz", "nuit"]);
        let r = relax(t.scores(&g), g.len());
        assert_eq!(r.docs.iter().map(|s| s.doc).collect::<Vec<_>>(), [1]);
        assert_eq!((r.kept, r.any), (0b101, false));
        assert!(r.relaxed(3));
        // Words that never meet in one document: OR, most groups first.
        let g = groups(&["abri", "sante", "nuit"]);
        let r = relax(t.scores(&g), g.len());
        assert!(r.any);
        assert_eq!(r.docs.iter().map(|s| s.doc).collect::<Vec<_>>(), [1, 0]);
        // Nothing at all: empty.
        let g = groups(&["zzz"]);
        assert!(relax(t.scores(&g), 1).docs.is_empty());
    }
}
