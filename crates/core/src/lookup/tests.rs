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

fn codes(hits: &[LookupHit]) -> Vec<&'static str> {
    hits.iter().map(|h| h.code).collect()
}

#[test]
fn finds_by_word_in_any_language_with_texts_in_the_requested_one() {
    let idx = index();
    let hits = idx.search("dette", "en", 10);
    let top: Vec<_> = codes(&hits).into_iter().take(3).collect();
    assert!(top.contains(&"som.debt_owed_to_smuggler"), "{top:?}");
    assert!(
        top.contains(&"ilo.coercion_at_destination.debt_bondage"),
        "{top:?}"
    );
    let debt = hits
        .iter()
        .find(|h| h.code == "ilo.coercion_at_destination.debt_bondage")
        .expect("hit");
    assert_eq!(debt.label, "Debt bondage at work");
    assert_eq!(debt.dimension, Some(Dimension::CoercionAtDestination));
    assert_eq!(
        debt.strength.map(|s| s.adult_labour),
        Some(Some(Strength::Strong))
    );
}

#[test]
fn prefixes_typos_accents_and_stop_words() {
    let idx = index();
    assert_eq!(
        idx.search("dette envers le passe", "fr", 5)[0].code,
        "som.debt_owed_to_smuggler"
    );
    assert_eq!(
        idx.search("smuglger debt", "fr", 5)[0].code,
        "som.debt_owed_to_smuggler"
    );
    assert_eq!(
        idx.search("SERVITUDE", "fr", 5)[0].code,
        "ilo.coercion_at_destination.debt_bondage"
    );
    assert!(idx.search("zzzzqqq", "en", 5).is_empty());
    assert!(idx.search("", "en", 5).is_empty());
}

#[test]
fn curated_terms_and_stems_find_what_the_texts_do_not_say() {
    let idx = index();
    // Neither word is in the texts above: the search terms file has them.
    for (q, code) in [
        (
            "passeport confisqué",
            "ilo.coercion_at_destination.confiscation_of_documents",
        ),
        ("beaten", "ilo.coercion_at_destination.violence_on_victim"),
        ("ديونه", "ilo.coercion_at_destination.debt_bondage"),
        ("الدعارة", "profile.exploitation.sexual"),
        ("l7rrag", "som.paid_or_benefit_for_crossing"),
    ] {
        let top: Vec<_> = codes(&idx.search(q, "fr", 3));
        assert!(top.contains(&code), "{q}: {top:?}");
    }
}

#[test]
fn relaxes_when_no_code_has_every_word_and_says_for_which() {
    let idx = index();
    let l = idx.lookup("dette zzzzqqq", "fr", 5);
    assert!(
        !l.hits.is_empty(),
        "an unknown word does not empty the list"
    );
    assert_eq!(l.showing_for, Some(vec!["dette".to_owned()]));
    assert!(!l.any);
    let l = idx.lookup("dette", "fr", 5);
    assert_eq!(l.showing_for, None);
    let l = idx.lookup("prostitution rançon", "fr", 5);
    assert!(l.any, "no code has both: either one");
    let found = codes(&l.hits);
    assert!(found.contains(&"profile.exploitation.sexual"), "{found:?}");
    assert!(
        found.contains(&"som.held_or_ransomed_in_transit"),
        "{found:?}"
    );
}

#[test]
fn highlights_the_matching_words_of_a_text() {
    let idx = index();
    let l = idx.lookup("dettes passeur", "fr", 5);
    let runs = l.highlight("Dette envers le passeur, l'argent.");
    let marked: Vec<&str> = runs
        .iter()
        .filter(|(_, hit)| *hit)
        .map(|(s, _)| s.as_str())
        .collect();
    assert_eq!(marked, ["Dette", "passeur"]);
    let joined: String = runs.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(joined, "Dette envers le passeur, l'argent.");
    let l = idx.lookup("جواز", "ar", 5);
    let runs = l.highlight("أخذوا جوازَه منه");
    assert!(runs.iter().any(|(s, hit)| *hit && s == "جوازَه"), "{runs:?}");
}

#[test]
fn every_code_has_search_terms_in_all_three_languages() {
    let terms = parse_search_terms(SEARCH_TERMS_TOML).expect("the embedded file is valid");
    assert_eq!(terms.len(), crate::INPUT_CODE_COUNT);
    let missing = SEARCH_TERMS_TOML.replace(
        "[terms.\"needs.consular_help\"]",
        "[terms.\"needs.consular_hel\"]",
    );
    let err = parse_search_terms(&missing).expect_err("a misspelt code");
    assert!(err.contains("needs.consular_hel"), "{err}");
    let empty = SEARCH_TERMS_TOML.replacen("ar = \"القنصلية", "ar = \" \"\nx = \"", 1);
    assert!(parse_search_terms(&empty).is_err());
    let no_ar = r#"[terms."needs.consular_help"]
en = "consulate"
fr = "consulat"
ar = ""
"#;
    let err = parse_search_terms(no_ar).expect_err("empty Arabic");
    assert!(err.contains("no ar terms"), "{err}");
}
