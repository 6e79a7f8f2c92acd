//! Practice comparison, quiz, facilitator comparison and the knowledge test.

use proptest::prelude::*;
use sanad_core::{Answer, Answers, Classification, Engine, code_id, input_codes};
use sanad_training::practice::Element;
use sanad_training::{
    GroupAnswer, KnowledgeTest, Library, PracticeReport, QuizChoice, QuizItem, Topic, TopicScores,
    compare_groups,
};

fn engine() -> Engine {
    Engine::embedded().expect("rules")
}

fn lib() -> Library {
    Library::embedded(&engine()).expect("library")
}

fn key(id: &str) -> Answers {
    lib().get(id).expect(id).key_answers().expect("key")
}

#[test]
fn answering_like_the_key_gives_no_difference() {
    let k = key("labour-fes-1");
    let r = PracticeReport::compare(&engine(), "labour-fes-1", &k, &k);
    assert!(r.diffs.is_empty());
    assert!(r.same_result());
    assert!(r.elements.iter().all(|e| e.worker == e.key));
}

#[test]
fn a_missed_yes_is_reported_with_what_it_changed() {
    let e = engine();
    let k = key("labour-fes-1");
    let mut w = k.clone();
    let docs = code_id("ilo.coercion_at_destination.confiscation_of_documents").expect("code");
    w.set(docs, Answer::No);
    let r = PracticeReport::compare(&e, "labour-fes-1", &w, &k);
    assert_eq!(r.diffs.len(), 1, "{:?}", r.diffs);
    let d = &r.diffs[0];
    assert_eq!(
        d.code,
        "ilo.coercion_at_destination.confiscation_of_documents"
    );
    assert_eq!((d.worker, d.key), (Some(Answer::No), Some(Answer::Yes)));
    // Without the passport kept, the destination falls: the outcome drops from "met".
    assert!(d.changes_result);
    assert_eq!(d.corrected_outcome, r.key.outcome);
    assert_ne!(r.worker.outcome, r.key.outcome);
}

#[test]
fn a_no_where_the_key_is_silent_is_no_difference() {
    let k = key("smuggling-oujda-1");
    let mut w = k.clone();
    w.set(
        code_id("ilo.coercion_at_destination.debt_bondage").expect("c"),
        Answer::No,
    );
    let r = PracticeReport::compare(&engine(), "smuggling-oujda-1", &w, &k);
    assert!(r.diffs.is_empty(), "{:?}", r.diffs);
}

#[test]
fn the_smuggling_elements_follow_the_answers() {
    let e = engine();
    let k = key("smuggling-oujda-1");
    let r = PracticeReport::compare(&e, "s", &k, &k);
    let el = |x: Element| r.elements.iter().find(|s| s.element == x).expect("el").key;
    assert!(el(Element::Crossing) && el(Element::Benefit) && el(Element::Consent));
    assert!(!el(Element::Purpose));
    let k2 = key("smuggling-abuse-libya-1");
    let r2 = PracticeReport::compare(&e, "s", &k2, &k2);
    let consent = r2
        .elements
        .iter()
        .find(|s| s.element == Element::Consent)
        .expect("c");
    assert!(
        !consent.key,
        "held for ransom: the consent to the journey no longer holds"
    );
}

#[test]
fn the_quiz_maps_classifications_and_scores_per_topic() {
    let e = engine();
    let lib = lib();
    let items: Vec<QuizItem> = lib
        .studies()
        .iter()
        .map(|s| QuizItem::of(&e, s).expect("item"))
        .collect();
    let item = |id: &str| items.iter().find(|i| i.study == id).expect(id).clone();
    assert_eq!(item("labour-fes-1").expected, QuizChoice::Trafficking);
    assert_eq!(item("smuggling-nador-1").expected, QuizChoice::Smuggling);
    assert_eq!(item("sexual-nador-1").expected, QuizChoice::Both);
    assert_eq!(item("vulnerable-fes-1").expected, QuizChoice::Neither);
    assert!(
        item("labour-fes-1")
            .reasons
            .iter()
            .any(|r| r.message == "screening-reason-class-tip")
    );
    assert_eq!(item("child-fes-1").topics, vec![Topic::Children]);
    let outcomes = vec![
        item("labour-fes-1").answer(QuizChoice::Trafficking),
        item("child-fes-1").answer(QuizChoice::Neither),
        item("child-nador-1").answer(QuizChoice::Both),
        item("labour-libya-1").answer(QuizChoice::Trafficking),
    ];
    let s = TopicScores::score(&items, &outcomes);
    assert_eq!((s.correct, s.total), (2, 4));
    let children = s.topics[&Topic::Children];
    assert_eq!((children.correct, children.total), (1, 2));
    let turned = s.topics[&Topic::SmugglingTurnedTrafficking];
    assert_eq!((turned.correct, turned.total), (0, 1));
    assert_eq!(
        s.to_revise(),
        vec![Topic::SmugglingTurnedTrafficking, Topic::Children]
    );
}

#[test]
fn every_quiz_choice_and_classification_round_trips() {
    for c in QuizChoice::ALL {
        assert_eq!(QuizChoice::parse(c.as_str()), Some(c));
    }
    assert_eq!(QuizChoice::of(Classification::NotAssessed), None);
}

#[test]
fn the_facilitator_sees_each_group_against_the_key() {
    let e = engine();
    let lib = lib();
    let set: Vec<QuizItem> = ["labour-fes-1", "smuggling-nador-1"]
        .iter()
        .map(|id| QuizItem::of(&e, lib.get(id).expect(id)).expect("item"))
        .collect();
    let a = |g: &str, s: &str, c| GroupAnswer {
        group: g.into(),
        study: s.into(),
        choice: c,
    };
    let answers = vec![
        a("A", "labour-fes-1", QuizChoice::Trafficking),
        a("B", "labour-fes-1", QuizChoice::Smuggling),
        a("A", "smuggling-nador-1", QuizChoice::Smuggling),
        a("B", "smuggling-nador-1", QuizChoice::Smuggling),
    ];
    let c = compare_groups(&set, &answers).expect("compare");
    assert_eq!(c.per_group["A"], (2, 2));
    assert_eq!(c.per_group["B"], (1, 2));
    assert_eq!(c.studies[0].spread[&QuizChoice::Smuggling], 1);
    let bad = vec![a("A", "nope", QuizChoice::Both)];
    assert!(
        compare_groups(&set, &bad)
            .expect_err("unknown")
            .contains("nope")
    );
}

#[test]
fn the_knowledge_test_shows_improvement_per_code_and_refuses_names() {
    let e = engine();
    let lib = lib();
    let items: Vec<QuizItem> = ["labour-fes-1", "smuggling-nador-1", "vulnerable-fes-1"]
        .iter()
        .map(|id| QuizItem::of(&e, lib.get(id).expect(id)).expect("item"))
        .collect();
    let mut t = KnowledgeTest::new(items);
    use QuizChoice::*;
    assert_eq!(
        t.record("p07", false, &[Smuggling, Smuggling, Trafficking]),
        Ok(1)
    );
    assert_eq!(
        t.record("P07", true, &[Trafficking, Smuggling, Neither]),
        Ok(3)
    );
    assert_eq!(t.record("P08", false, &[Both, Both, Both]), Ok(0));
    assert!(t.record("Fatima", true, &[Both, Both, Both]).is_err());
    assert!(t.record("P09", true, &[Both]).is_err());
    let imp = t.improvements();
    assert_eq!(imp.len(), 2);
    assert_eq!((imp[0].code.as_str(), imp[0].delta()), ("P07", Some(2)));
    assert_eq!((imp[1].code.as_str(), imp[1].delta()), ("P08", None));
}

fn answer_strategy() -> impl Strategy<Value = Vec<(usize, u8)>> {
    prop::collection::vec((0..input_codes().len(), 0u8..4), 0..40)
}

fn answers_of(v: &[(usize, u8)]) -> Answers {
    let mut a = Answers::new();
    for (i, x) in v {
        let code = code_id(input_codes()[*i]).expect("code");
        a.set(code, Answer::ALL[usize::from(*x)]);
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn the_same_answers_give_the_same_score(v in answer_strategy(), picks in prop::collection::vec(0u8..4, 26)) {
        let e = engine();
        let lib = lib();
        let s = &lib.studies()[v.len() % lib.studies().len()];
        let k = s.key_answers().expect("key");
        let w = answers_of(&v);
        let r1 = PracticeReport::compare(&e, &s.id, &w, &k);
        let r2 = PracticeReport::compare(&e, &s.id, &answers_of(&v), &k);
        prop_assert_eq!(&r1, &r2);
        // Every difference is a code where exactly one side is yes.
        for d in &r1.diffs {
            prop_assert!((d.worker == Some(Answer::Yes)) != (d.key == Some(Answer::Yes)));
        }
        let items: Vec<QuizItem> = lib.studies().iter().map(|s| QuizItem::of(&e, s).expect("item")).collect();
        let outcomes: Vec<_> = items.iter().zip(&picks).map(|(i, p)| i.answer(QuizChoice::ALL[usize::from(*p)])).collect();
        let a = TopicScores::score(&items, &outcomes);
        let b = TopicScores::score(&items, &outcomes);
        prop_assert_eq!(&a, &b);
        let mut reversed = outcomes.clone();
        reversed.reverse();
        prop_assert_eq!(&a, &TopicScores::score(&items, &reversed));
    }
}
