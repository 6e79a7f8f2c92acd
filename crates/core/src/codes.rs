//! The stable input codes of the screening (SCREENING-SPEC §1) and the four answers.
//!
//! Codes are stable once published: add new ones, never rename or reuse one. The order of
//! [`INPUT_CODES`] is the order of `sanad-cli screen --list-codes` and of the code indices
//! used by the engine's bit sets.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;

use crate::indicators::Catalogue;

/// Input codes that are not ILO indicators, in spec order, split where the ILO block goes.
const BEFORE_ILO: &[&str] = &[
    "safety.immediate_danger",
    "safety.urgent_medical_need",
    "safety.controller_present",
    "safety.unaccompanied_child",
    "safety.separated_child",
    "safety.acute_distress",
    "consent.informed_given",
    "consent.guardian_given",
    "consent.law_enforcement_referral",
    "profile.age_under_18",
    "profile.age_uncertain_presumed_child",
    "profile.exploitation.labour",
    "profile.exploitation.sexual",
    "profile.exploitation.begging",
    "profile.exploitation.criminal_activities",
    "profile.exploitation.domestic_servitude",
    "profile.exploitation.organ_removal",
];

const AFTER_ILO: &[&str] = &[
    "som.paid_or_benefit_for_crossing",
    "som.facilitator_arranged_entry_or_exit",
    "som.fraudulent_documents_supplied",
    "som.debt_owed_to_smuggler",
    "som.held_or_ransomed_in_transit",
    "som.abused_by_smuggler",
    "som.life_endangered_in_transit",
    "needs.asylum_or_fears_return",
    "needs.wishes_to_return_home",
    "needs.consular_help",
];

/// Number of input codes (SCREENING-SPEC §5: `--list-codes | wc -l` = 94).
pub const INPUT_CODE_COUNT: usize = 94;

/// The index of an input code in [`input_codes`]; fits the engine's 128-bit sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodeId(pub(crate) u8);

impl CodeId {
    /// Position in [`input_codes`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
    /// The code's text, e.g. `safety.immediate_danger`.
    pub fn as_str(self) -> &'static str {
        input_codes()[self.index()]
    }
    /// Bit of this code in a 128-bit code set.
    pub(crate) fn bit(self) -> u128 {
        1u128 << self.0
    }
}

impl fmt::Display for CodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The family of a code: the part before the first dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Triage: asked first.
    Safety,
    /// Consent gates.
    Consent,
    /// Age and form of exploitation.
    Profile,
    /// ILO/EC indicators (scored).
    Ilo,
    /// Smuggling facts (sensitive: self-incriminating under Law 02-03).
    Som,
    /// Needs that drive referrals.
    Needs,
}

impl Family {
    /// Family of a code string, if it is one of the six input families.
    pub fn of(code: &str) -> Option<Family> {
        Some(match code.split('.').next()? {
            "safety" => Family::Safety,
            "consent" => Family::Consent,
            "profile" => Family::Profile,
            "ilo" => Family::Ilo,
            "som" => Family::Som,
            "needs" => Family::Needs,
            _ => return None,
        })
    }
}

/// Every input code, in spec order (safety, consent, profile, ilo, som, needs).
pub fn input_codes() -> &'static [&'static str] {
    static CODES: OnceLock<Vec<&'static str>> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut v: Vec<&'static str> = BEFORE_ILO.to_vec();
        v.extend(Catalogue::embedded().indicators().iter().map(|i| i.code));
        v.extend_from_slice(AFTER_ILO);
        v
    })
}

/// Look a code up by its text.
pub fn code_id(code: &str) -> Option<CodeId> {
    input_codes()
        .iter()
        .position(|c| *c == code)
        .and_then(|i| u8::try_from(i).ok())
        .map(CodeId)
}

/// Iterate all code ids in order.
pub fn all_code_ids() -> impl Iterator<Item = CodeId> {
    (0..input_codes().len()).filter_map(|i| u8::try_from(i).ok().map(CodeId))
}

/// One of the four answers every input code takes. Only `yes` counts as present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The sign is present.
    Yes,
    /// The sign is absent.
    No,
    /// The person or the worker does not know ("don't know").
    Unknown,
    /// The person prefers not to say.
    Declined,
}

impl Answer {
    /// All four answers, in the order the UI offers them.
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::No, Answer::Unknown, Answer::Declined];

    /// Parse the wire form (`yes`, `no`, `unknown`, `declined`).
    pub fn parse(s: &str) -> Option<Answer> {
        Some(match s {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            "unknown" => Answer::Unknown,
            "declined" => Answer::Declined,
            _ => return None,
        })
    }
    /// The wire form.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
            Answer::Declined => "declined",
        }
    }
}

/// A set of answers, indexed by code. A code with no entry is unanswered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: Vec<Option<Answer>>,
}

/// What was wrong with one entry of an answer set given as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// The code is not one of the input codes.
    #[error("unknown code '{0}'")]
    UnknownCode(String),
    /// The value is not one of yes, no, unknown, declined.
    #[error("invalid answer '{value}' for code '{code}' (expected yes, no, unknown or declined)")]
    InvalidValue {
        /// The code the value was given for.
        code: String,
        /// The rejected value.
        value: String,
    },
}

impl Answers {
    /// An empty answer set (every code unanswered).
    pub fn new() -> Answers {
        Answers {
            values: vec![None; input_codes().len()],
        }
    }

    /// Build from `(code, answer)` text pairs; every bad entry is reported, none is kept.
    pub fn from_pairs<'a, I>(pairs: I) -> Result<Answers, Vec<AnswerError>>
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut answers = Answers::new();
        let mut errors = Vec::new();
        for (code, value) in pairs {
            match (code_id(code), Answer::parse(value)) {
                (Some(id), Some(a)) => answers.set(id, a),
                (None, _) => errors.push(AnswerError::UnknownCode(code.to_owned())),
                (Some(_), None) => errors.push(AnswerError::InvalidValue {
                    code: code.to_owned(),
                    value: value.to_owned(),
                }),
            }
        }
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(errors)
        }
    }

    /// Record an answer.
    pub fn set(&mut self, code: CodeId, answer: Answer) {
        self.values[code.index()] = Some(answer);
    }
    /// Forget an answer (the code becomes unanswered again).
    pub fn clear(&mut self, code: CodeId) {
        self.values[code.index()] = None;
    }
    /// The answer to a code, if it was answered.
    pub fn get(&self, code: CodeId) -> Option<Answer> {
        self.values[code.index()]
    }
    /// Whether the code was answered `yes`.
    pub fn is_yes(&self, code: CodeId) -> bool {
        self.get(code) == Some(Answer::Yes)
    }
    /// Number of answered codes.
    pub fn answered_count(&self) -> usize {
        self.values.iter().filter(|v| v.is_some()).count()
    }
    /// Iterate the answered codes with their answers, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (CodeId, Answer)> + '_ {
        all_code_ids().filter_map(|id| self.get(id).map(|a| (id, a)))
    }
    /// Bit set of the codes answered `yes`.
    pub(crate) fn yes_mask(&self) -> u128 {
        self.iter()
            .filter(|(_, a)| *a == Answer::Yes)
            .fold(0, |m, (id, _)| m | id.bit())
    }
    /// Bit set of the answered codes.
    pub(crate) fn answered_mask(&self) -> u128 {
        self.iter().fold(0, |m, (id, _)| m | id.bit())
    }
}
