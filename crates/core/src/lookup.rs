//! Indicator lookup: find input codes by words in any of the three languages.
//!
//! Texts come from the caller (the app renders them from Fluent), so this module stays
//! pure. Matching uses [`crate::text`]: case-, accent- and diacritic-insensitive, Arabic
//! letter variants and clitics, prefixes as the worker types, and one typo in words of five
//! letters or more. Every query word must match (stop words aside); a match in a short
//! label counts more than one in the question, which counts more than one in the help.

use serde::Serialize;

use crate::codes::{CodeId, Family, all_code_ids};
use crate::indicators::{Catalogue, Dimension, Strength};
use crate::text::{token_variants, tokens, within_one_edit};

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
    /// Relevance in 0..=1.
    pub score: f32,
}

const FIELD_WEIGHTS: [f32; 3] = [3.0, 2.0, 1.0];
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "by", "with", "le", "la",
    "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "par", "pour", "sur",
    "avec", "est", "في", "من", "على", "عن", "الى", "او", "و", "مع",
];

struct Entry {
    code: CodeId,
    /// (lang, texts) in the order given.
    texts: Vec<(String, CodeTexts)>,
    /// Normalized word forms with their field weight (the best one per form).
    words: Vec<(String, f32)>,
}

/// A searchable index over the input codes' texts.
pub struct IndicatorIndex {
    entries: Vec<Entry>,
}

impl IndicatorIndex {
    /// Build from a text source: `texts(code, lang)` for each language in `langs`.
    pub fn build(
        langs: &[&str],
        mut texts: impl FnMut(&str, &str) -> Option<CodeTexts>,
    ) -> IndicatorIndex {
        let mut entries = Vec::new();
        for code in all_code_ids() {
            let mut e = Entry {
                code,
                texts: Vec::new(),
                words: Vec::new(),
            };
            for lang in langs {
                let Some(t) = texts(code.as_str(), lang) else {
                    continue;
                };
                for (field, text) in [&t.label, &t.question, &t.help].into_iter().enumerate() {
                    for w in tokens(text) {
                        for v in token_variants(&w) {
                            add_word(&mut e.words, v, FIELD_WEIGHTS[field]);
                        }
                    }
                }
                e.texts.push(((*lang).to_owned(), t));
            }
            entries.push(e);
        }
        IndicatorIndex { entries }
    }

    /// Search; results in `lang` (falling back to the first language with texts), best
    /// first, at most `limit`.
    pub fn search(&self, query: &str, lang: &str, limit: usize) -> Vec<LookupHit> {
        let all: Vec<String> = tokens(query);
        let content: Vec<&String> = all
            .iter()
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .collect();
        let words: Vec<&String> = if content.is_empty() {
            all.iter().collect()
        } else {
            content
        };
        if words.is_empty() {
            return Vec::new();
        }
        let cat = Catalogue::embedded();
        let mut hits: Vec<(f32, &Entry)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let mut total = 0.0;
                for q in &words {
                    let best = best_match(&e.words, q);
                    if best == 0.0 {
                        return None;
                    }
                    total += best;
                }
                Some((total / (FIELD_WEIGHTS[0] * words.len() as f32), e))
            })
            .collect();
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.code.cmp(&b.1.code)));
        hits.into_iter()
            .take(limit)
            .filter_map(|(score, e)| {
                let (_, t) = e
                    .texts
                    .iter()
                    .find(|(l, _)| l == lang)
                    .or(e.texts.first())?;
                let code = e.code.as_str();
                let ind = cat.get(code);
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
                    score: (score * 1000.0).round() / 1000.0,
                })
            })
            .collect()
    }
}

fn add_word(words: &mut Vec<(String, f32)>, w: String, weight: f32) {
    match words.iter_mut().find(|(x, _)| *x == w) {
        Some((_, best)) => *best = best.max(weight),
        None => words.push((w, weight)),
    }
}

/// Best weighted match of one query word: exact 1.0, prefix 0.7, one typo 0.5.
fn best_match(words: &[(String, f32)], q: &str) -> f32 {
    let qvars = token_variants(q);
    let typo_ok = q.chars().count() >= 5;
    let mut best: f32 = 0.0;
    for (w, weight) in words {
        for qv in &qvars {
            let m = if w == qv {
                1.0
            } else if w.starts_with(qv.as_str()) {
                0.7
            } else if typo_ok && within_one_edit(w, qv) {
                0.5
            } else {
                0.0
            };
            best = best.max(m * weight);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> IndicatorIndex {
        IndicatorIndex::build(&["en", "fr"], |code, lang| {
            let (label, question) = match (code, lang) {
                ("ilo.coercion_at_destination.debt_bondage", "en") => (
                    "Debt bondage at work",
                    "Do you owe a debt you cannot repay?",
                ),
                ("ilo.coercion_at_destination.debt_bondage", "fr") => {
                    ("Servitude pour dettes au travail", "Devez-vous une dette ?")
                }
                ("som.debt_owed_to_smuggler", "en") => (
                    "Debt to the smuggler",
                    "Do you still owe money for the journey?",
                ),
                ("som.debt_owed_to_smuggler", "fr") => {
                    ("Dette envers le passeur", "Devez-vous encore de l'argent ?")
                }
                (_, "en") => ("Other sign", "Something else?"),
                _ => ("Autre signe", "Autre chose ?"),
            };
            Some(CodeTexts {
                label: label.into(),
                question: question.into(),
                help: String::new(),
            })
        })
    }

    #[test]
    fn finds_by_word_in_any_language_with_texts_in_the_requested_one() {
        let idx = index();
        let hits = idx.search("dette", "en", 10);
        let codes: Vec<_> = hits.iter().map(|h| h.code).collect();
        assert_eq!(
            codes,
            [
                "som.debt_owed_to_smuggler",
                "ilo.coercion_at_destination.debt_bondage"
            ]
        );
        assert_eq!(hits[0].label, "Debt to the smuggler");
        assert_eq!(hits[1].dimension, Some(Dimension::CoercionAtDestination));
        assert_eq!(
            hits[1].strength.unwrap().adult_labour,
            Some(Strength::Strong)
        );
    }

    #[test]
    fn prefixes_typos_accents_and_stop_words() {
        let idx = index();
        assert_eq!(
            idx.search("passe", "fr", 5)[0].code,
            "som.debt_owed_to_smuggler"
        );
        assert_eq!(
            idx.search("smuglger", "fr", 5)[0].code,
            "som.debt_owed_to_smuggler"
        );
        assert_eq!(
            idx.search("SERVITUDE", "fr", 5)[0].code,
            "ilo.coercion_at_destination.debt_bondage"
        );
        assert_eq!(idx.search("debt to the smuggler", "en", 5).len(), 1);
        assert!(idx.search("zzzz", "en", 5).is_empty());
        assert!(idx.search("", "en", 5).is_empty());
    }
}
