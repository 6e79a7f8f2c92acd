//! Studies from a pack (signed content, or a file): every study is checked and a bad pack
//! adds nothing, with an error naming the study.

use sanad_core::Engine;
use sanad_training::Library;

const PACK: &str = r#"
[[study]]
id = "pack-oujda-1"
types = ["smuggling_only"]
setting = "oujda_border"
gender = "male"
classification = "smuggling_only"
[study.key]
"consent.informed_given" = "yes"
"som.paid_or_benefit_for_crossing" = "yes"
[study.en]
title = "t"
says = "He paid to cross."
observes = "He is tired."
source = "Invented."
[study.fr]
title = "t"
says = "Il a payé pour passer."
observes = "Il est fatigué."
source = "Inventé."
[study.ar]
title = "t"
says = "دفع ليعبر."
observes = "هو متعب."
source = "مختلَقة."
"#;

fn engine() -> Engine {
    Engine::embedded().expect("rules")
}

#[test]
fn a_good_pack_adds_its_studies() {
    let mut lib = Library::embedded(&engine()).expect("embedded");
    let before = lib.studies().len();
    assert_eq!(lib.add_pack("pack", PACK, &engine()), Ok(1));
    assert_eq!(lib.studies().len(), before + 1);
    assert!(lib.get("pack-oujda-1").is_some());
}

#[test]
fn a_key_that_does_not_give_the_stated_classification_is_refused() {
    let mut lib = Library::default();
    let bad = PACK.replace(
        "classification = \"smuggling_only\"",
        "classification = \"trafficking_indicators\"",
    );
    let err = lib.add_pack("pack", &bad, &engine()).expect_err("refused");
    assert_eq!(err.study, "pack-oujda-1");
    assert!(err.problem.contains("smuggling_only"), "{err}");
    assert!(lib.studies().is_empty());
}

#[test]
fn a_missing_language_an_unknown_code_or_a_repeated_id_is_refused() {
    let e = engine();
    let no_ar = PACK.replace("says = \"دفع ليعبر.\"", "says = \" \"");
    let err = Library::default()
        .add_pack("p", &no_ar, &e)
        .expect_err("empty ar");
    assert!(err.problem.contains("ar.says"), "{err}");
    let bad_code = PACK.replace("som.paid_or_benefit_for_crossing", "som.paid");
    let err = Library::default()
        .add_pack("p", &bad_code, &e)
        .expect_err("bad code");
    assert!(err.problem.contains("som.paid"), "{err}");
    let mut lib = Library::default();
    lib.add_pack("p", PACK, &e).expect("first");
    let err = lib.add_pack("p2", PACK, &e).expect_err("twice");
    assert!(err.problem.contains("twice"), "{err}");
    assert_eq!(lib.studies().len(), 1);
    let err = Library::default()
        .add_pack("p3", "not toml [", &e)
        .expect_err("syntax");
    assert_eq!(err.study, "p3");
}

#[test]
fn a_published_pack_adds_new_studies_and_replaces_those_with_the_same_id() {
    let e = engine();
    let mut lib = Library::embedded(&e).expect("embedded");
    let before = lib.studies().len();
    let first = lib.studies()[0].id.clone();
    let pack = format!(
        "{PACK}{}",
        PACK.replace("pack-oujda-1", &first)
            .replace("title = \"t\"", "title = \"corrected\"")
    );
    assert_eq!(lib.update_with_pack("training", &pack, &e), Ok(2));
    assert_eq!(lib.studies().len(), before + 1, "one new, one replaced");
    assert_eq!(lib.studies()[0].id, first, "replaced in place");
    assert_eq!(lib.studies()[0].story("en").title, "corrected");
    assert!(lib.get("pack-oujda-1").is_some());
    // A bad pack changes nothing.
    let copy = lib.clone();
    let bad = pack.replace("som.paid_or_benefit_for_crossing", "som.paid");
    assert!(lib.update_with_pack("training", &bad, &e).is_err());
    assert_eq!(lib, copy);
}
