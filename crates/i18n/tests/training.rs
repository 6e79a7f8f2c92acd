//! The training texts: every Fluent id the training crate hands to the UI exists in every
//! language, and so do the reasons its quiz shows (the engine's own ids); a training pack
//! is checked like any signed content.

use sanad_core::Engine;
use sanad_i18n::{Lang, Localizer};
use sanad_training::practice::Element;
use sanad_training::{Library, QuizChoice, QuizItem, Setting, StudyType, Topic};

#[test]
fn every_message_id_exists_in_every_language() {
    let l10n = Localizer::new().expect("locales");
    let mut ids: Vec<String> = Vec::new();
    ids.extend(StudyType::ALL.iter().map(|t| t.message_id().to_owned()));
    ids.extend(Setting::ALL.iter().map(|s| s.message_id().to_owned()));
    ids.extend(Element::ALL.iter().map(|e| e.message_id().to_owned()));
    ids.extend(QuizChoice::ALL.iter().map(|c| c.message_id().to_owned()));
    ids.extend(Topic::ALL.iter().map(|t| t.message_id().to_owned()));
    let engine = Engine::embedded().expect("rules");
    for s in Library::embedded(&engine).expect("library").studies() {
        let item = QuizItem::of(&engine, s).expect("item");
        ids.extend(item.reasons.into_iter().map(|r| r.message));
    }
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for id in &ids {
            if !l10n.has(lang, id) {
                missing.push(format!("{}: {id}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn a_training_pack_is_checked_as_signed_content() {
    use sanad_i18n::validate_content;
    let engine = Engine::embedded().expect("rules");
    let lib = Library::embedded(&engine).expect("library");
    assert!(lib.studies().len() >= 24);
    let good = include_str!("../../training/content/smuggling.toml");
    assert_eq!(validate_content("training", good), Ok(()));
    // A pack whose key no longer gives the stated classification is refused, naming it.
    let bad = good.replacen(
        "classification = \"smuggling_only\"",
        "classification = \"trafficking_indicators\"",
        1,
    );
    let err = validate_content("training", &bad).expect_err("refused");
    assert!(err.contains("smuggling-oujda-1"), "{err}");
}
