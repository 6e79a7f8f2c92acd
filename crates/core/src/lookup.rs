//! Indicator lookup: find input codes by the words a worker types, in any of the three
//! languages, on the same engine as the directory search ([`crate::search`]).
//!
//! Each code is one document over all three languages (codes are language-independent;
//! results come back in the language asked for), with four columns: the labels, the
//! curated search terms of `data/search-terms.toml` (everyday words, synonyms, legal
//! terms, Moroccan and Mashreqi words, transliterations), the questions and the help
//! texts. Texts come from the caller (the app renders them from Fluent), so this module
//! stays pure. Query words match as typed (prefixes), without Arabic clitics, by stem and
//! with one typo; when no code matches every word the search relaxes (see
//! [`crate::search::relax`]) and [`Lookup::showing_for`] says for which words.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::codes::{CodeId, Family, all_code_ids, code_id};
use crate::indicators::{Catalogue, Dimension, Strength};
use crate::search::{Phrase, TextIndex, highlight, index_forms, query_groups, relax, typed_word};

/// The texts of one code in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTexts {
    /// Short label.
    pub label: String,
    /// The question the worker can read out.
    pub question: String,
    /// What the sign means and how to ask safely.
    pub help: String,
}

/// Strengths of an ILO indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Strengths {
    /// Adults / labour list.
    pub adult_labour: Option<Strength>,
    /// Children / labour list.
    pub child_labour: Option<Strength>,
}

/// One lookup result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LookupHit {
    /// The input code.
    pub code: &'static str,
    /// Its family.
    pub family: Family,
    /// ILO dimension, for indicators.
    pub dimension: Option<Dimension>,
    /// ILO strengths, for indicators.
    pub strength: Option<Strengths>,
    /// Label in the requested language.
    pub label: String,
    /// Question in the requested language.
    pub question: String,
    /// Help text in the requested language.
    pub help: String,
    /// Relevance in 0..=1 (1: the best hit of this search).
    pub score: f32,
}

/// The answer to a lookup: hits, best first, and what they are for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lookup {
    /// Best first.
    pub hits: Vec<LookupHit>,
    /// Set when no code matched every word: the words (as typed) the results are for.
    pub showing_for: Option<Vec<String>>,
    /// With `showing_for`: the results match some of those words, not all.
    pub any: bool,
    groups: Vec<Vec<Phrase>>,
}

impl Lookup {
    /// A text cut into runs, marked where a word matches the query (for highlighting).
    pub fn highlight(&self, text: &str) -> Vec<(String, bool)> {
        highlight(text, &self.groups)
    }
}

/// Column weights: labels, search terms, questions, help texts.
const WEIGHTS: [f64; 4] = [6.0, 5.0, 2.0, 1.0];

/// Function words dropped from a query that has other words.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were", "be",
    "been", "by", "with", "my", "his", "her", "their", "our", "me", "him", "them", "he", "she",
    "they", "we", "i", "you", "it", "has", "have", "had", "not", "no", "did", "do", "does", "at",
    "from", "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux",
    "par", "pour", "sur", "avec", "est", "sont", "a", "ete", "il", "elle", "ils", "elles", "on",
    "je", "j", "tu", "nous", "vous", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
    "leur", "leurs", "lui", "me", "se", "ne", "pas", "que", "qui", "ce", "cette", "dans", "y",
    "can", "cant", "cannot", "could", "couldn", "don", "doesn", "didn", "won", "t", "s", "في",
    "من", "على", "عن", "الى", "او", "و", "مع", "هو", "هي", "هم", "انا", "انت", "ما", "لا", "لم",
    "لي", "له", "لها", "كان", "كانت", "قد", "ان", "انه", "هذا", "هذه", "ديال", "dyal", "f", "fi",
];

/// The curated search terms of each input code, in English, French and Arabic.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeTerms {
    /// English words and phrases, comma-separated.
    pub en: String,
    /// French words and phrases, comma-separated.
    pub fr: String,
    /// Arabic (standard, Moroccan, Mashreqi) words and phrases, comma-separated.
    pub ar: String,
    /// Why these words (sources, field usage).
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    terms: BTreeMap<String, CodeTerms>,
}

/// The embedded search-terms file (`crates/core/data/search-terms.toml`).
pub const SEARCH_TERMS_TOML: &str = include_str!("../data/search-terms.toml");

/// Parse and check a search-terms file: every input code has non-empty terms in all three
/// languages, and no other code is named. The error names the code and what is wrong.
pub fn parse_search_terms(toml_text: &str) -> Result<Vec<(CodeId, CodeTerms)>, String> {
    let file: TermsFile = toml::from_str(toml_text).map_err(|e| format!("search terms: {e}"))?;
    let mut out = Vec::new();
    for (code, terms) in file.terms {
        let id = code_id(&code).ok_or_else(|| format!("search terms: unknown code '{code}'"))?;
        for (lang, t) in [("en", &terms.en), ("fr", &terms.fr), ("ar", &terms.ar)] {
            if t.trim().is_empty() {
                return Err(format!("search terms: '{code}' has no {lang} terms"));
            }
        }
        out.push((id, terms));
    }
    if let Some(missing) = all_code_ids().find(|c| !out.iter().any(|(id, _)| id == c)) {
        return Err(format!("search terms: '{missing}' has no entry"));
    }
    Ok(out)
}

/// A searchable index over the input codes' texts and search terms.
pub struct IndicatorIndex {
    text: TextIndex,
    codes: Vec<CodeId>,
    /// Per document: (lang, texts) in the order given.
    texts: Vec<Vec<(String, CodeTexts)>>,
}

impl IndicatorIndex {
    /// Build from a text source, `texts(code, lang)` for each language in `langs`, and the
    /// embedded search terms.
    pub fn build(
        langs: &[&str],
        texts: impl FnMut(&str, &str) -> Option<CodeTexts>,
    ) -> IndicatorIndex {
        let terms = parse_search_terms(SEARCH_TERMS_TOML).unwrap_or_default();
        IndicatorIndex::build_with_terms(langs, texts, &terms)
    }

    /// Build with the given search terms instead of the embedded ones.
    pub fn build_with_terms(
        langs: &[&str],
        mut texts: impl FnMut(&str, &str) -> Option<CodeTexts>,
        terms: &[(CodeId, CodeTerms)],
    ) -> IndicatorIndex {
        let mut codes = Vec::new();
        let mut all_texts = Vec::new();
        let mut columns: Vec<[String; 4]> = Vec::new();
        for code in all_code_ids() {
            let t: Vec<(String, CodeTexts)> = langs
                .iter()
                .filter_map(|l| texts(code.as_str(), l).map(|t| ((*l).to_owned(), t)))
                .collect();
            let join = |f: fn(&CodeTexts) -> &str| {
                let all: Vec<&str> = t.iter().map(|(_, x)| f(x)).collect();
                index_forms(&all.join(" "))
            };
            let curated = terms
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, x)| index_forms(&format!("{} {} {}", x.en, x.fr, x.ar)))
                .unwrap_or_default();
            columns.push([
                join(|x| &x.label),
                curated,
                join(|x| &x.question),
                join(|x| &x.help),
            ]);
            codes.push(code);
            all_texts.push(t);
        }
        let text = TextIndex::build(
            &WEIGHTS,
            columns
                .iter()
                .map(|c| [c[0].as_str(), c[1].as_str(), c[2].as_str(), c[3].as_str()]),
        );
        IndicatorIndex {
            text,
            codes,
            texts: all_texts,
        }
    }

    /// Number of distinct indexed words (forms, stems, terms of the three languages).
    pub fn term_count(&self) -> usize {
        self.text.term_count()
    }

    /// Search; results in `lang` (falling back to the first language with texts), best
    /// first, at most `limit`.
    pub fn search(&self, query: &str, lang: &str, limit: usize) -> Vec<LookupHit> {
        self.lookup(query, lang, limit).hits
    }

    /// Search, saying what the results are for (see [`Lookup`]).
    pub fn lookup(&self, query: &str, lang: &str, limit: usize) -> Lookup {
        let (words, groups) = query_groups(&self.text, query, STOP_WORDS);
        if groups.is_empty() {
            return Lookup::default();
        }
        let r = relax(self.text.scores(&groups), groups.len());
        let mut docs = r.docs.clone();
        if !r.any {
            docs.sort_by(|a, b| a.rank.total_cmp(&b.rank).then(a.doc.cmp(&b.doc)));
        }
        let best = docs.first().map_or(0.0, |d| d.rank);
        let cat = Catalogue::embedded();
        let hits = docs
            .iter()
            .take(limit)
            .filter_map(|d| {
                let i = d.doc as usize;
                let (_, t) = self.texts[i]
                    .iter()
                    .find(|(l, _)| l == lang)
                    .or(self.texts[i].first())?;
                let code = self.codes[i].as_str();
                let ind = cat.get(code);
                let rel = if best < 0.0 { d.rank / best } else { 1.0 };
                Some(LookupHit {
                    code,
                    family: Family::of(code)?,
                    dimension: ind.map(|i| i.dimension),
                    strength: ind.map(|i| Strengths {
                        adult_labour: i.adult_labour,
                        child_labour: i.child_labour,
                    }),
                    label: t.label.clone(),
                    question: t.question.clone(),
                    help: t.help.clone(),
                    score: ((rel * 1000.0).round() / 1000.0) as f32,
                })
            })
            .collect();
        let relaxed = r.relaxed(groups.len()) && !r.docs.is_empty();
        let showing_for = relaxed.then(|| {
            words
                .iter()
                .enumerate()
                .filter(|(g, _)| *g < 64 && r.kept & (1 << g) != 0)
                .map(|(_, w)| typed_word(query, w))
                .collect()
        });
        let kept: Vec<Vec<Phrase>> = groups
            .into_iter()
            .enumerate()
            .filter(|(g, _)| *g < 64 && r.kept & (1 << g) != 0)
            .map(|(_, g)| g)
            .collect();
        Lookup {
            hits,
            showing_for,
            any: r.any,
            groups: kept,
        }
    }
}

#[cfg(test)]
mod tests;
