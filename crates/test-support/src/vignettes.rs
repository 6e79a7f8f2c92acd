//! Hand-written vignettes: invented situations (no real person), each a complete interview
//! (codes not listed are answered `no`) with the result a supervisor would expect.

use sanad_core::{Answer, Answers, Classification, Outcome, input_codes};

/// One invented situation.
pub struct Vignette {
    /// Short description (invented).
    pub story: &'static str,
    /// Codes answered yes (consent is listed explicitly where given).
    pub yes: &'static [&'static str],
    /// Codes answered don't know or declined.
    pub unknown: &'static [&'static str],
    /// Expected outcome.
    pub outcome: Outcome,
    /// Expected classification.
    pub classification: Classification,
}

impl Vignette {
    /// The complete answer set: listed yes / unknown, every other code no.
    pub fn answers(&self) -> Answers {
        let mut a = Answers::new();
        for c in input_codes() {
            let ans = if self.yes.contains(c) {
                Answer::Yes
            } else if self.unknown.contains(c) {
                Answer::Unknown
            } else {
                Answer::No
            };
            a.set(crate::id(c), ans);
        }
        a
    }
}

/// The vignettes.
pub const VIGNETTES: &[Vignette] = &[
    Vignette {
        story: "Adult woman recruited online for a salon job abroad; in transit her passport is kept, a growing debt is imposed and she is made to see clients",
        yes: &[
            "consent.informed_given",
            "profile.exploitation.sexual",
            "ilo.deceptive_recruitment.deceived_nature_of_job",
            "ilo.deceptive_recruitment.deceived_wages",
            "ilo.coercion_at_destination.confiscation_of_documents",
            "ilo.coercion_at_destination.debt_bondage",
            "ilo.coercion_at_destination.forced_tasks_or_clients",
            "som.paid_or_benefit_for_crossing",
            "som.debt_owed_to_smuggler",
            "needs.asylum_or_fears_return",
        ],
        unknown: &["ilo.exploitative_conditions.low_or_no_salary"],
        outcome: Outcome::TipIndicatorsMet,
        classification: Classification::SmugglingAndTraffickingIndicators,
    },
    Vignette {
        story: "Adult man who paid to be guided across the border; no exploitation; afraid to go back",
        yes: &[
            "consent.informed_given",
            "som.paid_or_benefit_for_crossing",
            "som.facilitator_arranged_entry_or_exit",
            "needs.asylum_or_fears_return",
        ],
        unknown: &[],
        outcome: Outcome::NoTipIndicators,
        classification: Classification::SmugglingOnly,
    },
    Vignette {
        story: "Unaccompanied boy of about 15 begging in town for a man who takes the money; a child-protection officer agreed to the interview",
        yes: &[
            "safety.unaccompanied_child",
            "consent.informed_given",
            "consent.guardian_given",
            "profile.age_under_18",
            "profile.exploitation.begging",
            "ilo.coercion_at_destination.withholding_wages",
        ],
        unknown: &["som.paid_or_benefit_for_crossing"],
        outcome: Outcome::ChildTipIndicatorsMet,
        classification: Classification::TraffickingIndicators,
    },
    Vignette {
        story: "Adult woman held for ransom on the route, released after her family paid; wants to go home",
        yes: &[
            "consent.informed_given",
            "som.paid_or_benefit_for_crossing",
            "som.held_or_ransomed_in_transit",
            "som.abused_by_smuggler",
            "needs.wishes_to_return_home",
        ],
        unknown: &[],
        outcome: Outcome::NoTipIndicators,
        classification: Classification::SmugglingOnly,
    },
    Vignette {
        story: "Adult man on farms for very long days with almost no pay, free to leave, not deceived",
        yes: &[
            "consent.informed_given",
            "ilo.exploitative_conditions.excessive_working_hours",
            "ilo.exploitative_conditions.low_or_no_salary",
            "ilo.exploitative_conditions.hazardous_work",
        ],
        unknown: &[],
        outcome: Outcome::ExploitationOnly,
        classification: Classification::VulnerabilityIndicators,
    },
    Vignette {
        story: "A companion answers for the person and will not leave",
        yes: &["safety.controller_present", "consent.informed_given"],
        unknown: &[],
        outcome: Outcome::DeferInterview,
        classification: Classification::NotAssessed,
    },
    Vignette {
        story: "Adult injured on the border fence, needs care today",
        yes: &[
            "safety.urgent_medical_need",
            "som.life_endangered_in_transit",
        ],
        unknown: &[],
        outcome: Outcome::EmergencyFirst,
        classification: Classification::NotAssessed,
    },
    Vignette {
        story: "Adult who prefers not to be interviewed",
        yes: &[],
        unknown: &[],
        outcome: Outcome::NoConsent,
        classification: Classification::NotAssessed,
    },
    Vignette {
        story: "Adult domestic worker promised a shop job, locked in the house, passport kept",
        yes: &[
            "consent.informed_given",
            "profile.exploitation.domestic_servitude",
            "ilo.deceptive_recruitment.deceived_nature_of_job",
            "ilo.deceptive_recruitment.deceived_work_conditions",
            "ilo.coercion_at_destination.isolation_confinement_surveillance",
            "ilo.coercion_at_destination.confiscation_of_documents",
        ],
        unknown: &[],
        outcome: Outcome::TipIndicatorsMet,
        classification: Classification::TraffickingIndicators,
    },
    Vignette {
        story: "Girl of 16 travelling with an adult 'cousin', promised school abroad, lied to about the journey; no exploitation yet",
        yes: &[
            "safety.separated_child",
            "consent.informed_given",
            "consent.guardian_given",
            "profile.age_under_18",
            "ilo.deceptive_recruitment.deceived_education_access",
            "ilo.deceptive_recruitment.deceived_travel_recruitment_conditions",
        ],
        unknown: &[],
        outcome: Outcome::ChildAtRisk,
        classification: Classification::VulnerabilityIndicators,
    },
    Vignette {
        story: "Adult man in debt to the people who moved him, made to carry goods across the border to pay it off",
        yes: &[
            "consent.informed_given",
            "profile.exploitation.criminal_activities",
            "som.paid_or_benefit_for_crossing",
            "som.debt_owed_to_smuggler",
            "consent.law_enforcement_referral",
        ],
        unknown: &[],
        outcome: Outcome::TipIndicatorsPartial,
        classification: Classification::SmugglingAndTraffickingIndicators,
    },
    Vignette {
        story: "Adult woman who followed a partner abroad on false stories of success; no exploitation found",
        yes: &[
            "consent.informed_given",
            "ilo.recruitment_abuse_vulnerability.psychological_emotional_dependency",
            "ilo.recruitment_abuse_vulnerability.false_info_successful_migration",
            "ilo.recruitment_abuse_vulnerability.abuse_lack_of_information",
            "safety.acute_distress",
        ],
        unknown: &[],
        outcome: Outcome::VulnerabilityOnly,
        classification: Classification::VulnerabilityIndicators,
    },
];
