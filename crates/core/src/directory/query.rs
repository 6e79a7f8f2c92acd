//! Directory search, the pure part: what to index for a service and what a query means.
//!
//! Both sides go through [`crate::text`], so "Santé", "sante" and "SANTÉ" meet, as do
//! "الصحة", "صحة" and "والصحة". City names in a query (any usual spelling, any of the
//! three languages) become a city filter; the remaining words are matched as prefixes,
//! with one typo allowed in words of five letters or more (the store expands those from
//! its vocabulary).

use super::view::ServiceView;
use crate::outcome::RefCategory;
use crate::text::{token_variants, tokens};

/// Cities and their usual spellings (canonical key first).
pub const CITIES: &[(&str, &[&str])] = &[
    ("oujda", &["oujda", "ujda", "wajda", "oudja", "وجدة"]),
    ("berkane", &["berkane", "berkan", "بركان"]),
    ("nador", &["nador", "الناظور", "ناظور"]),
    ("fes", &["fes", "fès", "fez", "fas", "فاس"]),
    (
        "tanger",
        &["tanger", "tangier", "tangiers", "tanja", "طنجة"],
    ),
    ("rabat", &["rabat", "الرباط", "رباط"]),
    (
        "casablanca",
        &["casablanca", "casa", "الدار البيضاء", "البيضاء"],
    ),
    ("taourirt", &["taourirt", "تاوريرت"]),
    ("figuig", &["figuig", "فجيج"]),
    ("melilla", &["melilla", "mellila", "مليلية"]),
];

/// Words that find each referral category, in English, French and Arabic (besides the
/// service's own texts).
pub const CATEGORY_WORDS: &[(RefCategory, &str)] = &[
    (
        RefCategory::Emergency,
        "emergency urgence urgences secours police ambulance طوارئ استعجال إسعاف نجدة",
    ),
    (
        RefCategory::Medical,
        "medical health doctor clinic hospital care médical santé médecin clinique hôpital soins طبي صحة طبيب مستشفى علاج رعاية",
    ),
    (
        RefCategory::Psychosocial,
        "psychosocial psychological support counselling listening trauma psychosocial psychologique écoute soutien نفسي دعم إنصات استماع",
    ),
    (
        RefCategory::Shelter,
        "shelter housing accommodation hébergement abri logement refuge إيواء مأوى سكن",
    ),
    (
        RefCategory::LegalAid,
        "legal lawyer law rights juridique avocat droit droits قانوني محامي حقوق قانون",
    ),
    (
        RefCategory::Asylum,
        "asylum refugee refugees asile réfugié réfugiés لجوء لاجئ لاجئين",
    ),
    (
        RefCategory::ChildProtection,
        "child children minor minors protection enfant enfants mineur mineurs طفل أطفال قاصر قاصرين حماية",
    ),
    (
        RefCategory::Avrr,
        "return voluntary reintegration home retour volontaire réintégration عودة طوعية إدماج",
    ),
    (
        RefCategory::BasicNeeds,
        "food clothes blankets distribution kits nourriture vêtements couvertures distribution غذاء طعام ملابس أغطية توزيع",
    ),
    (
        RefCategory::TipHotline,
        "trafficking hotline report line traite signalement ligne اتجار تبليغ خط",
    ),
    (
        RefCategory::LawEnforcement,
        "police gendarmerie prosecutor complaint procureur plainte شرطة درك نيابة شكاية",
    ),
    (
        RefCategory::Consular,
        "consulate embassy consular consulat ambassade consulaire قنصلية سفارة قنصلي",
    ),
    (
        RefCategory::EducationTraining,
        "education school training vocational éducation école formation تعليم مدرسة تكوين",
    ),
];

/// Normalized spellings of the gazetteer (computed once).
fn gazetteer() -> &'static [(String, &'static str)] {
    use std::sync::OnceLock;
    static G: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    G.get_or_init(|| {
        let mut v = Vec::new();
        for (key, names) in CITIES {
            for n in *names {
                let norm = crate::text::normalize(n);
                for variant in token_variants(&norm) {
                    v.push((variant, *key));
                }
            }
        }
        v
    })
}

/// The canonical key of a city name, if it is one.
pub fn city_key(word: &str) -> Option<&'static str> {
    let w = crate::text::normalize(word);
    let w = w.trim();
    gazetteer().iter().find(|(n, _)| n == w).map(|(_, k)| *k)
}

/// Each category's search words, normalized (computed once).
pub fn category_words_normalized() -> &'static [(RefCategory, Vec<String>)] {
    use std::sync::OnceLock;
    static W: OnceLock<Vec<(RefCategory, Vec<String>)>> = OnceLock::new();
    W.get_or_init(|| {
        CATEGORY_WORDS
            .iter()
            .map(|(c, w)| (*c, tokens(w)))
            .collect()
    })
}

/// Categories a query names (a query word of 3+ letters that starts a category word).
pub fn named_categories(p: &ParsedQuery) -> Vec<RefCategory> {
    category_words_normalized()
        .iter()
        .filter(|(_, words)| {
            p.terms.iter().any(|variants| {
                variants.iter().any(|v| {
                    v.chars().count() >= 3 && words.iter().any(|w| w.starts_with(v.as_str()))
                })
            })
        })
        .map(|(c, _)| *c)
        .collect()
}

/// Normalized index text of a service, per field: (name, categories, description).
/// Each word is followed by its clitic-free variants so both forms match.
pub fn index_text(v: &ServiceView) -> [String; 3] {
    let expand = |texts: Vec<&str>| -> String {
        let mut out = Vec::new();
        for t in texts {
            for w in tokens(t) {
                out.extend(token_variants(&w));
            }
        }
        out.join(" ")
    };
    let names: Vec<&str> = v.name.all().chain(v.organization.all()).collect();
    let cats: Vec<&str> = v
        .categories
        .iter()
        .filter_map(|c| CATEGORY_WORDS.iter().find(|(k, _)| k == c).map(|(_, w)| *w))
        .collect();
    let desc: Vec<&str> = v.description.all().collect();
    [expand(names), expand(cats), expand(desc)]
}

/// Canonical city keys of a service (from its addresses and location names).
pub fn service_cities(v: &ServiceView) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = v.cities.iter().filter_map(|c| city_key(c)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// What a query asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedQuery {
    /// Words to match (normalized), each with its clitic-free variants.
    pub terms: Vec<Vec<String>>,
    /// Cities named in the query (canonical keys).
    pub cities: Vec<&'static str>,
}

/// Function words dropped from a query that has other words (they would prefix-match
/// almost every service).
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "for", "and", "or", "with", "at", "le", "la", "les", "un",
    "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "pour", "avec", "a", "في", "من",
    "على", "الى", "إلى", "او", "مع", "و",
];

/// Split a query into words to match and city names.
pub fn parse_query(q: &str) -> ParsedQuery {
    let p = parse_query_words(q);
    let content: Vec<Vec<String>> = p
        .terms
        .iter()
        .filter(|v| !STOP_WORDS.contains(&v[0].as_str()))
        .cloned()
        .collect();
    if content.is_empty() {
        p
    } else {
        ParsedQuery {
            terms: content,
            ..p
        }
    }
}

fn parse_query_words(q: &str) -> ParsedQuery {
    let mut p = ParsedQuery::default();
    let words = tokens(q);
    let mut i = 0;
    while i < words.len() {
        // Two-word city names first (الدار البيضاء).
        if i + 1 < words.len()
            && let Some(k) = city_key(&format!("{} {}", words[i], words[i + 1]))
        {
            p.cities.push(k);
            i += 2;
            continue;
        }
        match city_key(&words[i]) {
            Some(k) => p.cities.push(k),
            None => p.terms.push(token_variants(&words[i])),
        }
        i += 1;
    }
    p.cities.sort_unstable();
    p.cities.dedup();
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_in_any_spelling() {
        for (w, k) in [
            ("Oujda", "oujda"),
            ("وجدة", "oujda"),
            ("Fès", "fes"),
            ("FEZ", "fes"),
            ("فاس", "fes"),
            ("الناظور", "nador"),
            ("Tangier", "tanger"),
            ("طنجة", "tanger"),
        ] {
            assert_eq!(city_key(w), Some(k), "{w}");
        }
        assert_eq!(city_key("shelter"), None);
    }

    #[test]
    fn queries_split_into_terms_and_cities() {
        let p = parse_query("shelter Oujda");
        assert_eq!(p.cities, ["oujda"]);
        assert_eq!(p.terms, [vec!["shelter".to_string()]]);
        let p = parse_query("مأوى في الدار البيضاء");
        assert_eq!(p.cities, ["casablanca"]);
        assert_eq!(
            p.terms,
            [vec!["ماوي".to_string()]],
            "the stop word في is dropped"
        );
        assert_eq!(
            parse_query("de").terms.len(),
            1,
            "a stop word alone is still searched"
        );
        let p = parse_query("الصحة");
        assert_eq!(p.terms, [vec!["الصحه".to_string(), "صحه".to_string()]]);
    }
}
