//! Table-driven tests of SCREENING-SPEC §2–§3: every gate, outcome row, the child rule,
//! the dimension rule, the smuggling overlay, the classification and every referral rule.

use rstest::rstest;
use sanad_core::{Answer, Answers, Classification, Engine, Outcome, ScreeningResult};
use sanad_test_support::{answers, id, screened};

// Indicator groups that make one dimension positive for an adult.
const DR: &[&str] = &[
    "ilo.deceptive_recruitment.deceived_nature_of_job",
    "ilo.deceptive_recruitment.deceived_wages",
];
const CR: &[&str] = &[
    "ilo.coercive_recruitment.violence_on_victim",
    "ilo.coercive_recruitment.threats_of_violence",
];
const RAV: &[&str] = &[
    "ilo.recruitment_abuse_vulnerability.abuse_illegal_status",
    "ilo.recruitment_abuse_vulnerability.economic_reasons",
    "ilo.recruitment_abuse_vulnerability.abuse_lack_of_information",
];
const EX: &[&str] = &[
    "ilo.exploitative_conditions.excessive_working_hours",
    "ilo.exploitative_conditions.low_or_no_salary",
];
const CD: &[&str] = &[
    "ilo.coercion_at_destination.confiscation_of_documents",
    "ilo.coercion_at_destination.debt_bondage",
];
const AVD: &[&str] = &[
    "ilo.abuse_vulnerability_at_destination.dependency_on_exploiters",
    "ilo.abuse_vulnerability_at_destination.difficulty_living_unknown_area",
    "ilo.abuse_vulnerability_at_destination.economic_reasons",
];
const PAID: &str = "som.paid_or_benefit_for_crossing";
const CHILD: &[&str] = &["profile.age_under_18", "consent.guardian_given"];
const BEG_PAID: &[&str] = &["profile.exploitation.begging", PAID];
const LABOUR: &[&str] = &["profile.exploitation.labour"];
const DOMESTIC: &[&str] = &["profile.exploitation.domestic_servitude"];
const PAID_ONLY: &[&str] = &[PAID];

fn engine() -> Engine {
    Engine::embedded().expect("embedded rules load")
}

fn with(groups: &[&[&str]]) -> Answers {
    let codes: Vec<&str> = groups.iter().flat_map(|g| g.iter().copied()).collect();
    screened(&codes)
}

fn eval(a: &Answers) -> ScreeningResult {
    engine().evaluate(a)
}

fn refs(r: &ScreeningResult) -> Vec<&'static str> {
    r.referrals.iter().map(|c| c.as_str()).collect()
}

#[rstest]
#[case::met_recruitment_purpose_destination(&[DR, EX, CD], Outcome::TipIndicatorsMet)]
#[case::met_with_rav_and_avd(&[RAV, EX, AVD], Outcome::TipIndicatorsMet)]
#[case::partial_purpose_and_recruitment(&[CR, EX], Outcome::TipIndicatorsPartial)]
#[case::partial_purpose_and_destination(&[EX, AVD], Outcome::TipIndicatorsPartial)]
#[case::partial_exploited_form_in_smuggling(&[BEG_PAID], Outcome::TipIndicatorsPartial)]
#[case::partial_labour_under_coercion(&[LABOUR, CD], Outcome::TipIndicatorsPartial)]
#[case::exploitation_only_ex(&[EX], Outcome::ExploitationOnly)]
#[case::exploitation_only_form(&[DOMESTIC], Outcome::ExploitationOnly)]
#[case::labour_alone_is_not_purpose(&[LABOUR], Outcome::NoTipIndicators)]
#[case::vulnerability_only_recruitment(&[DR], Outcome::VulnerabilityOnly)]
#[case::vulnerability_only_destination(&[CD], Outcome::VulnerabilityOnly)]
#[case::nothing(&[], Outcome::NoTipIndicators)]
#[case::smuggled_only_is_no_tip(&[PAID_ONLY], Outcome::NoTipIndicators)]
#[case::child_purpose_by_ex(&[CHILD, EX], Outcome::ChildTipIndicatorsMet)]
#[case::child_purpose_by_any_form(&[CHILD, LABOUR], Outcome::ChildTipIndicatorsMet)]
#[case::child_with_everything(&[CHILD, DR, EX, CD], Outcome::ChildTipIndicatorsMet)]
#[case::child_recruitment(&[CHILD, DR], Outcome::ChildAtRisk)]
#[case::child_destination(&[CHILD, AVD], Outcome::ChildAtRisk)]
#[case::child_nothing(&[CHILD], Outcome::ChildNoTipIndicators)]
fn outcome_table(#[case] groups: &[&[&str]], #[case] expected: Outcome) {
    assert_eq!(eval(&with(groups)).outcome, expected);
}

#[rstest]
#[case::under_18("profile.age_under_18")]
#[case::age_uncertain("profile.age_uncertain_presumed_child")]
#[case::unaccompanied("safety.unaccompanied_child")]
#[case::separated("safety.separated_child")]
fn child_rule(#[case] code: &str) {
    let r = eval(&screened(&[code, "consent.guardian_given"]));
    assert!(r.child);
    assert_eq!(r.outcome, Outcome::ChildNoTipIndicators);
    assert!(refs(&r).contains(&"ref.child_protection"));
    // Without the guardian's consent a child is not screened.
    assert_eq!(eval(&screened(&[code])).outcome, Outcome::NoConsent);
}

#[rstest]
#[case::danger(&["safety.immediate_danger"], Outcome::EmergencyFirst)]
#[case::medical(&["safety.urgent_medical_need"], Outcome::EmergencyFirst)]
#[case::danger_beats_controller(&["safety.immediate_danger", "safety.controller_present"], Outcome::EmergencyFirst)]
#[case::controller(&["safety.controller_present"], Outcome::DeferInterview)]
#[case::controller_beats_indicators(&["safety.controller_present", DR[0], DR[1], EX[0], EX[1], CD[0], CD[1]], Outcome::DeferInterview)]
fn gates_in_order(#[case] yes: &[&str], #[case] expected: Outcome) {
    let r = eval(&screened(yes));
    assert_eq!(r.outcome, expected);
    assert_eq!(r.classification, Classification::NotAssessed);
}

#[rstest]
#[case::unanswered(None)]
#[case::no(Some(Answer::No))]
#[case::unknown(Some(Answer::Unknown))]
#[case::declined(Some(Answer::Declined))]
fn only_a_yes_is_consent(#[case] consent: Option<Answer>) {
    let mut a = answers(&[(EX[0], Answer::Yes), (EX[1], Answer::Yes)]);
    if let Some(c) = consent {
        a.set(id("consent.informed_given"), c);
    }
    let r = eval(&a);
    assert_eq!(r.outcome, Outcome::NoConsent);
    assert_eq!(r.classification, Classification::NotAssessed);
    // Dimensions are still computed (and stored), though the UI hides them.
    assert!(r.dimensions["exploitative_conditions"].positive);
    assert_eq!(
        refs(&r),
        ["ref.basic_needs", "ref.medical", "ref.psychosocial"]
    );
}

#[test]
fn controller_gate_comes_before_consent_gate() {
    let a = answers(&[("safety.controller_present", Answer::Yes)]);
    assert_eq!(eval(&a).outcome, Outcome::DeferInterview);
}

#[rstest]
#[case::one_strong(&[DR[0]], "deceptive_recruitment", false)]
#[case::two_strong(&[CD[0], CD[1]], "coercion_at_destination", true)]
#[case::strong_and_medium(&[EX[0], EX[1]], "exploitative_conditions", true)]
#[case::strong_and_weak(&["ilo.exploitative_conditions.excessive_working_hours", "ilo.exploitative_conditions.no_access_to_education"], "exploitative_conditions", true)]
#[case::three_medium(RAV, "recruitment_abuse_vulnerability", true)]
#[case::two_medium(&[RAV[0], RAV[1]], "recruitment_abuse_vulnerability", false)]
#[case::two_medium_one_weak(&[AVD[0], AVD[1], "ilo.abuse_vulnerability_at_destination.difficulties_in_past"], "abuse_vulnerability_at_destination", true)]
#[case::one_medium_two_weak(&[RAV[0], "ilo.recruitment_abuse_vulnerability.abuse_cultural_religious_beliefs", "ilo.recruitment_abuse_vulnerability.general_context"], "recruitment_abuse_vulnerability", false)]
#[case::weak_alone(&["ilo.recruitment_abuse_vulnerability.abuse_cultural_religious_beliefs", "ilo.recruitment_abuse_vulnerability.general_context"], "recruitment_abuse_vulnerability", false)]
fn dimension_rule(#[case] yes: &[&str], #[case] dim: &str, #[case] positive: bool) {
    let r = eval(&screened(yes));
    assert_eq!(r.dimensions[dim].positive, positive, "{yes:?}");
}

#[test]
fn child_weights_use_the_child_column() {
    // Three medium for an adult; for a child `no_social_protection` is not in the list.
    let ex = [
        "ilo.exploitative_conditions.low_or_no_salary",
        "ilo.exploitative_conditions.wage_manipulation",
        "ilo.exploitative_conditions.no_social_protection",
    ];
    let adult = eval(&screened(&ex));
    assert!(adult.dimensions["exploitative_conditions"].positive);
    assert_eq!(adult.dimensions["exploitative_conditions"].medium, 3);
    let mut child_codes = ex.to_vec();
    child_codes.extend_from_slice(CHILD);
    let child = eval(&screened(&child_codes));
    assert!(!child.dimensions["exploitative_conditions"].positive);
    assert_eq!(
        child.dimensions["exploitative_conditions"].medium, 2,
        "unscored indicator is not counted"
    );
    // Weak for an adult, strong for a child: one child indicator + threats (strong for a child).
    let cr = [
        "ilo.coercive_recruitment.threats_of_violence",
        "ilo.coercive_recruitment.debt_bondage",
    ];
    assert!(!eval(&screened(&cr)).dimensions["coercive_recruitment"].positive);
    let mut c = cr.to_vec();
    c.extend_from_slice(CHILD);
    assert!(eval(&screened(&c)).dimensions["coercive_recruitment"].positive);
}

#[test]
fn sexual_exploitation_sets_provisional_weights() {
    let r = eval(&screened(&["profile.exploitation.sexual"]));
    assert!(r.flags["provisional_weights"]);
    assert_eq!(r.outcome, Outcome::ExploitationOnly);
    assert!(!eval(&screened(&["profile.exploitation.begging"])).flags["provisional_weights"]);
}

#[rstest]
#[case::smuggled_alone(&[PAID], true, false)]
#[case::facilitator_counts(&["som.facilitator_arranged_entry_or_exit"], true, false)]
#[case::held(&[PAID, "som.held_or_ransomed_in_transit"], true, true)]
#[case::debt(&[PAID, "som.debt_owed_to_smuggler"], true, true)]
#[case::tip_signal(&[PAID, EX[0], EX[1], CD[0], CD[1]], true, true)]
#[case::held_without_smuggling(&["som.held_or_ransomed_in_transit"], false, false)]
#[case::documents_alone_is_not_smuggling(&["som.fraudulent_documents_supplied"], false, false)]
fn smuggling_overlay(#[case] yes: &[&str], #[case] smuggled: bool, #[case] turned: bool) {
    let r = eval(&screened(yes));
    assert_eq!(r.flags["smuggled"], smuggled);
    assert_eq!(r.flags["smuggling_turned_exploitative"], turned);
}

#[rstest]
#[case::gate(&["safety.immediate_danger", PAID], Classification::NotAssessed)]
#[case::both(&[PAID, EX[0], EX[1], CD[0], CD[1]], Classification::SmugglingAndTraffickingIndicators)]
#[case::both_via_journey_rule(&[PAID, "profile.exploitation.begging"], Classification::SmugglingAndTraffickingIndicators)]
#[case::tip(&[EX[0], EX[1], CD[0], CD[1]], Classification::TraffickingIndicators)]
#[case::child_tip(&["profile.age_under_18", "consent.guardian_given", EX[0], EX[1]], Classification::TraffickingIndicators)]
#[case::smuggling_only(&[PAID], Classification::SmugglingOnly)]
#[case::smuggling_beats_vulnerability(&[PAID, EX[0], EX[1]], Classification::SmugglingOnly)]
#[case::exploitation_only(&[EX[0], EX[1]], Classification::VulnerabilityIndicators)]
#[case::vulnerability_only(&[DR[0], DR[1]], Classification::VulnerabilityIndicators)]
#[case::child_at_risk(&["profile.age_under_18", "consent.guardian_given", DR[0], DR[1]], Classification::VulnerabilityIndicators)]
#[case::held_in_transit(&["som.held_or_ransomed_in_transit"], Classification::VulnerabilityIndicators)]
#[case::nothing(&[], Classification::NoIndicators)]
fn classification(#[case] yes: &[&str], #[case] expected: Classification) {
    assert_eq!(eval(&screened(yes)).classification, expected);
}

#[rstest]
#[case::emergency(&["safety.immediate_danger"], &["ref.emergency"])]
#[case::emergency_medical(&["safety.urgent_medical_need"], &["ref.emergency", "ref.medical"])]
#[case::emergency_child(&["safety.immediate_danger", "safety.unaccompanied_child"], &["ref.child_protection", "ref.emergency"])]
#[case::emergency_distress(&["safety.immediate_danger", "safety.acute_distress"], &["ref.emergency", "ref.psychosocial"])]
#[case::emergency_controller(&["safety.immediate_danger", "safety.controller_present"], &["ref.emergency", "ref.tip_hotline"])]
#[case::emergency_ignores_needs(&["safety.immediate_danger", "needs.asylum_or_fears_return", "consent.law_enforcement_referral"], &["ref.emergency"])]
#[case::defer(&["safety.controller_present"], &["ref.tip_hotline"])]
#[case::defer_distress(&["safety.controller_present", "safety.acute_distress"], &["ref.psychosocial", "ref.tip_hotline"])]
#[case::tip(&[EX[0], EX[1], CD[0], CD[1]], &["ref.legal_aid", "ref.medical", "ref.psychosocial", "ref.shelter", "ref.tip_hotline"])]
#[case::smuggled(&[PAID], &["ref.basic_needs", "ref.medical", "ref.psychosocial"])]
#[case::exploitation_only(&[EX[0], EX[1]], &["ref.basic_needs", "ref.legal_aid", "ref.medical", "ref.psychosocial"])]
#[case::vulnerability_only(&[CD[0], CD[1]], &["ref.basic_needs", "ref.medical", "ref.psychosocial"])]
#[case::child_nothing(&["profile.age_under_18", "consent.guardian_given"], &["ref.child_protection", "ref.education_training"])]
#[case::child_at_risk(&["profile.age_under_18", "consent.guardian_given", DR[0], DR[1]], &["ref.basic_needs", "ref.child_protection", "ref.education_training", "ref.medical", "ref.psychosocial"])]
#[case::journey_harm_abuse(&["som.abused_by_smuggler"], &["ref.medical", "ref.psychosocial"])]
#[case::journey_harm_danger(&["som.life_endangered_in_transit"], &["ref.medical", "ref.psychosocial"])]
#[case::journey_harm_held(&["som.held_or_ransomed_in_transit"], &["ref.medical", "ref.psychosocial"])]
#[case::asylum(&["needs.asylum_or_fears_return"], &["ref.asylum"])]
#[case::asylum_blocks_return_and_consulate(&["needs.asylum_or_fears_return", "needs.wishes_to_return_home", "needs.consular_help"], &["ref.asylum"])]
#[case::return_home(&["needs.wishes_to_return_home"], &["ref.avrr"])]
#[case::consular(&["needs.consular_help"], &["ref.consular"])]
#[case::law_enforcement_with_consent(&["consent.law_enforcement_referral"], &["ref.law_enforcement"])]
#[case::distress_always(&["safety.acute_distress"], &["ref.psychosocial"])]
#[case::nothing(&[], &[])]
fn referrals(#[case] yes: &[&str], #[case] expected: &[&str]) {
    assert_eq!(refs(&eval(&screened(yes))), expected);
}

#[rstest]
#[case::no_consent(answers(&[("consent.law_enforcement_referral", Answer::Yes)]))]
#[case::controller(screened(&["safety.controller_present", "consent.law_enforcement_referral"]))]
#[case::emergency(screened(&["safety.immediate_danger", "consent.law_enforcement_referral"]))]
#[case::child_no_guardian(screened(&["profile.age_under_18", "consent.law_enforcement_referral"]))]
fn never_law_enforcement_on_a_gate(#[case] a: Answers) {
    let r = eval(&a);
    assert!(r.is_gate());
    assert!(!refs(&r).contains(&"ref.law_enforcement"));
}

#[test]
fn no_consent_child_still_gets_child_protection() {
    let r = eval(&answers(&[("safety.separated_child", Answer::Yes)]));
    assert_eq!(r.outcome, Outcome::NoConsent);
    assert_eq!(
        refs(&r),
        [
            "ref.basic_needs",
            "ref.child_protection",
            "ref.medical",
            "ref.psychosocial"
        ]
    );
}

#[test]
fn palermo_summary() {
    let r = eval(&with(&[DR, EX]));
    assert!(r.palermo.act && r.palermo.means && r.palermo.purpose);
    let r = eval(&screened(&[DR[0]]));
    assert!(r.palermo.act, "any indicator present is an act");
    assert!(!r.palermo.means && !r.palermo.purpose);
    let r = eval(&screened(&["profile.exploitation.begging"]));
    assert!(r.palermo.act && r.palermo.purpose && !r.palermo.means);
    let r = eval(&screened(&[]));
    assert!(!r.palermo.act && !r.palermo.means && !r.palermo.purpose);
}

#[test]
fn reasons_name_the_rules_and_their_evidence() {
    let r = eval(&with(&[EX, CD, PAID_ONLY]));
    let find = |m: &str| {
        r.reasons
            .iter()
            .find(|x| x.message == m)
            .unwrap_or_else(|| panic!("reason {m} in {:?}", r.reasons))
    };
    assert_eq!(find("screening-reason-ex-positive").codes, EX);
    assert_eq!(find("screening-reason-cd-positive").codes, CD);
    assert_eq!(find("screening-reason-smuggled").codes, [PAID]);
    assert_eq!(
        r.reasons[0].message, "screening-reason-tip-partial",
        "the outcome's reason comes first"
    );
    assert!(
        find("screening-reason-tip-partial")
            .codes
            .contains(&CD[0].to_string())
    );
    // Negated conditions are not evidence: the adult rule does not cite the absence of age codes.
    assert!(
        r.reasons
            .iter()
            .all(|x| !x.codes.iter().any(|c| c.starts_with("profile.age")))
    );
}

#[test]
fn unanswered_counts_codes_without_answer() {
    assert_eq!(eval(&Answers::new()).unanswered, 94);
    assert_eq!(eval(&with(&[EX])).unanswered, 91);
}
