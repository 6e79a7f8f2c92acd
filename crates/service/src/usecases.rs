//! The case use cases, one function each over the unlocked store: the app's service and
//! `sanad-cli case …` both call these, so both record exactly the same events.

use sanad_core::case::{ConsentScope, EventKind};
use sanad_core::{
    Answer, CaseError, CaseRepository, Classification, Outcome, RefCategory, code_id,
};
use sanad_store::Vault;
use std::collections::BTreeMap;

use crate::Problem;
use crate::ids::{CaseId, EventId, IdError};
use crate::problems::case_problem;

/// Why a use case refused or failed; nothing was written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UseCaseError {
    /// The person did not agree to a record being kept (Law 09-08).
    #[error("the person's consent to keeping a record is required")]
    ConsentMissing,
    /// The case reference is empty.
    #[error("the case reference is empty")]
    ReferenceEmpty,
    /// An answer names an unknown code.
    #[error("an answer names an unknown code")]
    AnswersInvalid,
    /// The note is empty.
    #[error("the note is empty")]
    NoteEmpty,
    /// An id is not valid.
    #[error(transparent)]
    Id(#[from] IdError),
    /// The case log refused or the store failed.
    #[error(transparent)]
    Case(#[from] CaseError),
    // Referrals (`crate::referrals`).
    /// The code is not the one on this referral's slip.
    #[error("the code is not the one on the referral's slip")]
    CodeMismatch,
    /// No slip can be made for this referral.
    #[error(transparent)]
    Slip(sanad_core::referral::SlipError),
    /// The slip could not be rendered.
    #[error(transparent)]
    SlipRender(#[from] crate::slip::RenderError),
}

impl UseCaseError {
    /// The message the screens show.
    pub fn problem(&self) -> Problem {
        match self {
            UseCaseError::ConsentMissing => Problem::new("case-record-consent-missing"),
            UseCaseError::ReferenceEmpty => Problem::new("case-reference-empty"),
            UseCaseError::AnswersInvalid => Problem::new("case-answers-invalid"),
            UseCaseError::NoteEmpty => Problem::new("case-note-empty"),
            UseCaseError::Id(e) => Problem::with_detail("case-id-invalid", e),
            UseCaseError::Case(e) => case_problem(e.clone()),
            UseCaseError::CodeMismatch => Problem::new("referral-code-mismatch"),
            UseCaseError::Slip(e) => Problem::with_detail("referral-no-slip", e),
            UseCaseError::SlipRender(e) => Problem::with_detail("referral-no-slip", e),
        }
    }
}

/// A screening's answers and result, and the case to save them to.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningToSave {
    /// Case reference (an existing case gets the screening; a new reference opens one).
    pub reference: String,
    /// Alias the person chose (may be empty; used when a case is opened).
    pub alias: String,
    /// The person agreed to keeping a record (Law 09-08); without it nothing is saved.
    pub record_consent: bool,
    /// Answers by code.
    pub answers: BTreeMap<String, Answer>,
    /// Outcome.
    pub outcome: Outcome,
    /// Classification.
    pub classification: Classification,
    /// Suggested referral categories.
    pub referrals: Vec<RefCategory>,
}

/// Open a case for a person who agreed to a record being kept: the case is opened and
/// the data-storage consent recorded, in this order (the app and the CLI alike).
pub fn open_case(
    v: &mut Vault,
    reference: &str,
    alias: &str,
    record_consent: bool,
) -> Result<CaseId, UseCaseError> {
    if !record_consent {
        return Err(UseCaseError::ConsentMissing);
    }
    let reference = reference.trim();
    if reference.is_empty() {
        return Err(UseCaseError::ReferenceEmpty);
    }
    let opened = v.open_case(reference, alias.trim())?;
    v.append(
        opened.case_id,
        EventKind::ConsentRecorded {
            scope: ConsentScope::DataStorage,
            given: true,
        },
    )?;
    Ok(CaseId(opened.case_id))
}

/// Save a screening to the case with its reference, opening the case (with the consent)
/// when there is none; the draft slot `draft` is cleared.
pub fn save_screening(
    v: &mut Vault,
    s: ScreeningToSave,
    draft: Option<&str>,
) -> Result<CaseId, UseCaseError> {
    if !s.record_consent {
        return Err(UseCaseError::ConsentMissing);
    }
    let reference = s.reference.trim();
    if reference.is_empty() {
        return Err(UseCaseError::ReferenceEmpty);
    }
    // Answers must name known codes (they come from the engine; this guards a damaged
    // draft or a script's typo).
    if s.answers.keys().any(|c| code_id(c).is_none()) {
        return Err(UseCaseError::AnswersInvalid);
    }
    let case = match v.find_by_reference(reference)? {
        Some(c) => CaseId(c),
        None => open_case(v, reference, &s.alias, true)?,
    };
    record_screening(
        v,
        case,
        s.answers,
        (s.outcome, s.classification),
        s.referrals,
    )?;
    if let Some(d) = draft {
        v.delete_draft(d)?;
    }
    Ok(case)
}

/// Record a screening's answers and result on an open case.
pub fn record_screening(
    v: &mut Vault,
    case: CaseId,
    answers: BTreeMap<String, Answer>,
    (outcome, classification): (Outcome, Classification),
    referrals: Vec<RefCategory>,
) -> Result<EventId, UseCaseError> {
    if answers.keys().any(|c| code_id(c).is_none()) {
        return Err(UseCaseError::AnswersInvalid);
    }
    let kind = EventKind::ScreeningRecorded {
        answers,
        outcome,
        classification,
        referrals,
    };
    Ok(EventId(v.append(case.raw(), kind)?.id))
}

/// Add a note (not empty).
pub fn add_note(v: &mut Vault, case: CaseId, text: String) -> Result<EventId, UseCaseError> {
    if text.trim().is_empty() {
        return Err(UseCaseError::NoteEmpty);
    }
    Ok(EventId(
        v.append(case.raw(), EventKind::NoteAdded { text })?.id,
    ))
}

/// Close a case.
pub fn close(v: &mut Vault, case: CaseId) -> Result<(), UseCaseError> {
    v.append(
        case.raw(),
        EventKind::Closed {
            reason: String::new(),
        },
    )?;
    Ok(())
}

/// The key of a recorded referral as the result screen shows it: category, then the
/// service id (or the category again when no service was chosen). Referrals are recorded
/// per category: the same service offered under two categories is referred to under the
/// one chosen only.
pub fn referral_key(category: sanad_core::RefCategory, service: Option<&str>) -> String {
    format!(
        "{}/{}",
        category.as_str(),
        service.unwrap_or(category.as_str())
    )
}
