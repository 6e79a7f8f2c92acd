//! Property tests of the screening engine (proptest). Regressions found by proptest are
//! kept in `proptest-regressions/` and replayed first.

use proptest::prelude::*;
use sanad_core::{Answer, CodeId, Engine, Family, RefCategory, code_id, input_codes};
use sanad_test_support::{arb_answers, arb_screened_answers, id, screened};

fn engine() -> Engine {
    Engine::embedded().expect("embedded rules load")
}

/// Codes whose `yes` can change who is a child (and so the weights) or pass/fail a gate.
fn changes_profile_or_gate(code: &str) -> bool {
    matches!(Family::of(code), Some(Family::Safety | Family::Consent))
        || code.starts_with("profile.age")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// SCREENING-SPEC §4: the early decision equals the decision with every code answered.
    #[test]
    fn adaptive_decision_equals_full_decision(a in arb_answers()) {
        let e = engine();
        let full = e.decide(&a);
        let (asked_answers, result) = e.run_adaptive(|c| a.get(c).unwrap_or(Answer::Unknown));
        prop_assert_eq!(result.decision(), full);
        prop_assert_eq!(result.asked, Some(asked_answers.answered_count()));
        // SCREENING-SPEC §4.1: an early stop shows the flags the full checklist shows.
        let full_result = e.evaluate(&a);
        if !full_result.is_gate() {
            prop_assert_eq!(&result.flags, &full_result.flags);
        }
    }

    /// At every step before the stop, the engine proposes a code not yet answered, and it
    /// never stops while the decision could still change.
    #[test]
    fn next_question_is_unanswered_and_stop_is_sound(a in arb_answers(), steps in 0usize..60) {
        let e = engine();
        let mut partial = sanad_core::Answers::new();
        for _ in 0..steps {
            let Some(c) = e.next_question(&partial) else { break };
            prop_assert!(partial.get(c).is_none());
            partial.set(c, a.get(c).unwrap_or(Answer::Unknown));
        }
        if e.next_question(&partial).is_none() {
            // Stopped: every completion gives the same decision; try the two extremes and a mix.
            let decided = e.decide(&partial);
            for fill in [Answer::Yes, Answer::No] {
                let mut done = partial.clone();
                for c in e.remaining_in_order(&partial) { done.set(c, fill); }
                prop_assert_eq!(e.decide(&done), decided.clone());
            }
            let mut mixed = partial.clone();
            for c in e.remaining_in_order(&partial) { mixed.set(c, a.get(c).unwrap_or(Answer::No)); }
            prop_assert_eq!(e.decide(&mixed), decided);
        }
    }

    /// Adding a `yes` after the gates never lowers the outcome (for codes that do not change
    /// the age profile; see `a_child_flip_can_lower_the_outcome` for why those are excluded).
    #[test]
    fn adding_a_yes_never_lowers_the_outcome(a in arb_screened_answers(), pick in 0usize..94) {
        let code = input_codes()[pick];
        prop_assume!(!changes_profile_or_gate(code));
        let e = engine();
        let before = e.evaluate(&a).outcome;
        let mut more = a.clone();
        more.set(id(code), Answer::Yes);
        let after = e.evaluate(&more).outcome;
        prop_assert!(!before.is_gate() && !after.is_gate());
        prop_assert!(after.rank() >= before.rank(), "{} yes: {:?} -> {:?}", code, before, after);
    }

    #[test]
    fn law_enforcement_only_with_consent_and_never_on_a_gate(a in arb_answers()) {
        let r = engine().evaluate(&a);
        if r.referrals.contains(&RefCategory::LawEnforcement) {
            prop_assert_eq!(a.get(id("consent.law_enforcement_referral")), Some(Answer::Yes));
            prop_assert!(!r.is_gate());
        }
    }

    #[test]
    fn a_child_always_gets_child_protection(a in arb_answers()) {
        let r = engine().evaluate(&a);
        if r.child {
            prop_assert!(r.referrals.contains(&RefCategory::ChildProtection));
        }
    }

    #[test]
    fn referrals_are_sorted_and_unique(a in arb_answers()) {
        let names: Vec<&str> = engine().evaluate(&a).referrals.iter().map(|c| c.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        prop_assert_eq!(names, sorted);
    }
}

/// The indicator table leaves two adult indicators out of the child list
/// (`no_social_protection`, `false_info_law_authorities`), so learning that a person is a
/// child can lower a dimension: the monotonicity property holds for a fixed age profile.
#[test]
fn a_child_flip_can_lower_the_outcome() {
    let e = engine();
    let ex = [
        "ilo.exploitative_conditions.low_or_no_salary",
        "ilo.exploitative_conditions.wage_manipulation",
        "ilo.exploitative_conditions.no_social_protection",
        "consent.guardian_given",
    ];
    let adult = e.evaluate(&screened(&ex)).outcome;
    let mut with_age = ex.to_vec();
    with_age.push("profile.age_under_18");
    let child = e.evaluate(&screened(&with_age)).outcome;
    assert_eq!(adult, sanad_core::Outcome::ExploitationOnly);
    assert_eq!(child, sanad_core::Outcome::ChildNoTipIndicators);
    assert!(child.rank() < adult.rank());
}

#[test]
fn gates_and_profile_are_asked_first() {
    let e = engine();
    let mut order: Vec<CodeId> = Vec::new();
    e.run_adaptive(|c| {
        order.push(c);
        if c.as_str() == "consent.informed_given" {
            Answer::Yes
        } else {
            Answer::No
        }
    });
    let names: Vec<&str> = order.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        &names[..6],
        [
            "safety.immediate_danger",
            "safety.urgent_medical_need",
            "safety.controller_present",
            "safety.unaccompanied_child",
            "safety.separated_child",
            "safety.acute_distress"
        ]
    );
    assert_eq!(names[6], "consent.informed_given");
    assert_eq!(
        &names[7..9],
        [
            "profile.age_under_18",
            "profile.age_uncertain_presumed_child"
        ]
    );
    assert!(
        !names.contains(&"consent.guardian_given"),
        "an adult needs no guardian consent"
    );
    let first_ilo = names
        .iter()
        .position(|n| n.starts_with("ilo."))
        .expect("indicators asked");
    assert!(
        names[..first_ilo]
            .iter()
            .all(|n| !n.starts_with("som.") && !n.starts_with("needs."))
    );
}

#[test]
fn an_emergency_stops_early() {
    let e = engine();
    let (_, r) = e.run_adaptive(|c| match c.as_str() {
        "safety.immediate_danger" => Answer::Yes,
        _ => Answer::No,
    });
    assert_eq!(r.outcome, sanad_core::Outcome::EmergencyFirst);
    assert!(r.asked.unwrap() <= 8, "asked {:?}", r.asked);
}

#[test]
fn a_refused_consent_still_settles_age_but_asks_no_indicator() {
    let e = engine();
    let mut asked = Vec::new();
    let (_, r) = e.run_adaptive(|c| {
        asked.push(c.as_str());
        Answer::No
    });
    assert_eq!(r.outcome, sanad_core::Outcome::NoConsent);
    assert!(
        asked
            .iter()
            .all(|c| !c.starts_with("ilo.") && !c.starts_with("som.")),
        "{asked:?}"
    );
    assert!(code_id("profile.age_under_18").is_some_and(|c| asked.contains(&c.as_str())));
}

/// The issue-14 case: a smuggled adult still in debt to the smuggler. The debt changes no
/// outcome, classification or referral, only the `smuggling_turned_exploitative` flag; the
/// adaptive order used to stop before asking it and showed the flag as false.
#[test]
fn an_early_stop_shows_the_flags_of_the_full_checklist() {
    let e = engine();
    let yes = [
        "consent.informed_given",
        "som.paid_or_benefit_for_crossing",
        "som.debt_owed_to_smuggler",
    ];
    let full = e.evaluate(&screened(&yes[1..]));
    assert!(full.flags["smuggled"] && full.flags["smuggling_turned_exploitative"]);
    let (asked, r) = e.run_adaptive(|c| {
        if yes.contains(&c.as_str()) {
            Answer::Yes
        } else {
            Answer::No
        }
    });
    assert_eq!(
        asked.get(id("som.debt_owed_to_smuggler")),
        Some(Answer::Yes),
        "the debt is asked"
    );
    assert_eq!(r.flags, full.flags);
    assert!(
        r.asked.unwrap() < sanad_core::INPUT_CODE_COUNT,
        "still an early stop"
    );
}

/// Unaccompanied and separated exclude each other (rules.toml `[[exclusive]]`): once a
/// child is unaccompanied, "separated" is neither proposed nor left to continue with.
#[test]
fn an_unaccompanied_child_is_never_also_separated() {
    let e = engine();
    let yes = [
        "safety.unaccompanied_child",
        "consent.informed_given",
        "consent.guardian_given",
    ];
    let (answers, r) = e.run_adaptive(|c| {
        if yes.contains(&c.as_str()) {
            Answer::Yes
        } else {
            Answer::No
        }
    });
    assert!(r.child);
    let separated = id("safety.separated_child");
    assert_eq!(answers.get(separated), None, "not asked");
    assert!(!e.remaining_in_order(&answers).contains(&separated));
    // Answered no to "unaccompanied", "separated" is still asked.
    let (answers, _) = e.run_adaptive(|c| {
        if c.as_str() == "consent.informed_given" {
            Answer::Yes
        } else {
            Answer::No
        }
    });
    assert_eq!(answers.get(separated), Some(Answer::No));
}

/// SCREENING-SPEC §4.1: the controller is an observation; the age becomes one when consent
/// was refused; the rest is asked.
#[test]
fn modes_follow_the_rule_data() {
    use sanad_core::Mode;
    let e = engine();
    let none = sanad_core::Answers::new();
    let consented = screened(&[]);
    assert_eq!(
        e.mode(id("safety.controller_present"), &consented),
        Mode::Observe
    );
    assert_eq!(e.mode(id("profile.age_under_18"), &consented), Mode::Ask);
    assert_eq!(e.mode(id("profile.age_under_18"), &none), Mode::Observe);
    assert_eq!(e.mode(id("safety.immediate_danger"), &none), Mode::Ask);
    assert_eq!(
        e.mode(id("ilo.coercion_at_destination.debt_bondage"), &consented),
        Mode::Ask
    );
}
