//! Rule-set loading and validation tests.

use super::*;

#[test]
fn embedded_rules_load() {
    let r = RuleSet::embedded().expect("embedded rules are valid");
    assert_eq!(
        r.outcome_rules.iter().filter(|x| x.value.is_gate()).count(),
        3
    );
    assert!(r.message_ids().contains(&"screening-reason-ex-positive"));
    assert_eq!(
        r.flag_names().collect::<Vec<_>>(),
        [
            "smuggled",
            "smuggling_turned_exploitative",
            "provisional_weights"
        ]
    );
}

fn replace(from: &str, to: &str) -> Result<RuleSet, RuleError> {
    assert!(
        EMBEDDED_RULES.contains(from),
        "fixture text present: {from}"
    );
    RuleSet::from_toml(&EMBEDDED_RULES.replacen(from, to, 1))
}

#[test]
fn malformed_rule_sets_are_errors_naming_the_rule() {
    let e = replace("outcome = \"defer_interview\"", "outcome = \"deferred\"").unwrap_err();
    assert!(e.rule.starts_with("gate #2"), "{e}");
    assert!(e.problem.contains("deferred"));

    let e = replace(
        "when = \"safety.controller_present\"",
        "when = \"safety.controler_present\"",
    )
    .unwrap_err();
    assert!(e.problem.contains("safety.controler_present"), "{e}");

    let e = replace("refs = [\"ref.asylum\"]", "refs = [\"ref.asylm\"]").unwrap_err();
    assert!(e.problem.contains("ref.asylm"), "{e}");

    let e = replace("name = \"child\"", "name = \"kid\"").unwrap_err();
    assert!(e.to_string().contains("child"), "{e}");

    let e = replace(
        "reason = \"screening-reason-tip-met\"",
        "reason = \"Screening reason\"",
    )
    .unwrap_err();
    assert!(e.rule.contains("tip_indicators_met"), "{e}");

    let e = replace(
        "source = \"SCREENING-SPEC §2 shorthands\"",
        "source = \"  \"",
    )
    .unwrap_err();
    assert!(e.problem.contains("source"), "{e}");

    let e = replace("  { medium = 3 },", "  { medium = 1 },").unwrap_err();
    assert!(e.rule == "dimension_rule", "{e}");

    assert!(RuleSet::from_toml("version = 1\n[[[").unwrap_err().rule == "file");
    assert!(
        replace("version = 1", "version = 2")
            .unwrap_err()
            .problem
            .contains("version 2")
    );
    assert!(replace("[palermo]", "unexpected_key = 1\n[palermo]").is_err());
}

#[test]
fn a_final_catch_all_row_is_required() {
    let e = replace(
        "outcome = \"child_no_tip_indicators\"\nwhen = \"true\"",
        "outcome = \"child_no_tip_indicators\"\nwhen = \"child\"",
    )
    .unwrap_err();
    assert!(e.problem.contains("last outcome row"), "{e}");
}

#[test]
fn cycles_are_rejected() {
    let e = replace(
        "when = \"dim.exploitative_conditions or exploited_form\"",
        "when = \"tip_signal or exploited_form\"",
    )
    .unwrap_err();
    assert!(e.problem.contains("depends on itself"), "{e}");
}

#[test]
fn modes_and_exclusive_groups_are_validated() {
    let e = replace(
        "codes = [\"safety.controller_present\"]",
        "codes = [\"safety.controler_present\"]",
    )
    .unwrap_err();
    assert!(
        e.rule.starts_with("mode #1") && e.problem.contains("safety.controler_present"),
        "{e}"
    );
    let e = replace(
        "mode = \"observe\"\nwhen = \"not consent.informed_given\"",
        "mode = \"observe\"\nwhen = \"not consent.informed\"",
    )
    .unwrap_err();
    assert!(e.rule.starts_with("mode #5"), "{e}");
    assert!(
        replace(
            "mode = \"observe\"\nsource = \"SCREENING-SPEC §4.1; separate",
            "mode = \"hide\"\nsource = \"SCREENING-SPEC §4.1; separate"
        )
        .is_err()
    );
    let e = replace(
        "codes = [\"safety.unaccompanied_child\", \"safety.separated_child\"]\nsource",
        "codes = [\"safety.separated_child\"]\nsource",
    )
    .unwrap_err();
    assert!(
        e.rule == "exclusive #1" && e.problem.contains("two codes"),
        "{e}"
    );
    let r = RuleSet::embedded().expect("rules");
    assert!(r.sources().iter().any(|(k, _)| k == "mode observe"));
}
