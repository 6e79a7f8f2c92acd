//! The case-study content: counts by type, setting and language; every key gives its
//! study's stated classification; texts follow the writing rules.

use sanad_core::Engine;
use sanad_training::{Library, Setting, StudyType};

fn library() -> Library {
    let engine = Engine::embedded().expect("rules");
    Library::embedded(&engine).unwrap_or_else(|e| panic!("{e}"))
}

/// Minimum studies per type and per setting (issue 18).
const MIN_PER_TYPE: usize = 2;
const MIN_PER_SETTING: usize = 3;
const MIN_TOTAL: usize = 24;

#[test]
fn there_are_enough_studies_of_every_type_and_setting() {
    let lib = library();
    assert!(
        lib.studies().len() >= MIN_TOTAL,
        "{} studies",
        lib.studies().len()
    );
    for t in StudyType::ALL {
        let n = lib.count_type(t);
        assert!(n >= MIN_PER_TYPE, "{t:?}: {n} studies, want {MIN_PER_TYPE}");
    }
    for s in Setting::ALL {
        let n = lib.count_setting(s);
        assert!(
            n >= MIN_PER_SETTING,
            "{s:?}: {n} studies, want {MIN_PER_SETTING}"
        );
    }
    // Printed for the report (cargo test -- --nocapture).
    for t in StudyType::ALL {
        println!("{t:?}: {}", lib.count_type(t));
    }
}

#[test]
fn every_key_gives_the_stated_classification() {
    let engine = Engine::embedded().expect("rules");
    let lib = library();
    let mut wrong = Vec::new();
    for s in lib.studies() {
        let got = engine
            .evaluate(&s.key_answers().expect("key"))
            .classification;
        if got != s.classification {
            wrong.push(format!(
                "{}: key gives {got}, states {}",
                s.id, s.classification
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_study_is_told_in_all_three_languages() {
    let lib = library();
    let arabic = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    for s in lib.studies() {
        for field in [
            (&s.en.says, &s.fr.says, &s.ar.says),
            (&s.en.observes, &s.fr.observes, &s.ar.observes),
            (&s.en.title, &s.fr.title, &s.ar.title),
        ] {
            let (en, fr, ar) = field;
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{}", s.id);
            assert_ne!(en, fr, "{}: the French text is the English one", s.id);
            assert!(
                arabic(ar) && !arabic(en) && !arabic(fr),
                "{}: wrong script",
                s.id
            );
        }
    }
}

#[test]
fn no_text_calls_the_person_a_victim() {
    let lib = library();
    for s in lib.studies() {
        for st in [&s.en, &s.fr, &s.ar] {
            let all =
                format!("{} {} {} {}", st.title, st.says, st.observes, st.source).to_lowercase();
            for word in ["victim", "victime", "ضحية", "ضحايا"] {
                assert!(!all.contains(word), "{}: uses '{word}'", s.id);
            }
        }
    }
}

#[test]
fn every_child_study_is_a_child_for_the_engine_and_the_others_are_not() {
    let engine = Engine::embedded().expect("rules");
    for s in library().studies() {
        let child = engine.evaluate(&s.key_answers().expect("key")).child;
        assert_eq!(child, s.is_child(), "{}", s.id);
    }
}
