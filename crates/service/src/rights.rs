//! The person's rights over their record (Law 09-08) as use cases: objection
//! (withdrawing consent to sharing), rectification, erasure. `sharing_allowed` is the one
//! check every sharing path calls first (sync leaves a withdrawn case's events on the
//! device; a referral slip is refused).

use sanad_core::CaseRepository;
use sanad_core::case::EventKind;
use sanad_core::rights::RectifiedField;
use sanad_store::{Erasure, Vault};

use crate::Problem;
use crate::ids::{CaseId, EventId};
use crate::usecases::UseCaseError;

/// What the person asked about their case (the service's `Command::Rights`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RightsCmd {
    /// Everything held about the case, in this language (`access.rs`).
    Export(sanad_i18n::Lang),
    /// A correction.
    Rectify {
        /// What is corrected.
        field: RectifiedField,
        /// The corrected value.
        value: String,
        /// Why (may be empty).
        reason: String,
    },
    /// Withdraw consent to sharing.
    Withdraw,
    /// Erase the case for good.
    Erase,
}

/// Why a rights use case refused or failed; nothing was written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RightsError {
    /// The person withdrew consent to sharing this case: nothing of it is shared (no
    /// sync, no referral slip).
    #[error("the person withdrew consent to sharing this case; it cannot be shared")]
    SharingWithdrawn,
    /// The withdrawal is recorded, but records already waiting to be sent could not be
    /// held back (the store failed).
    #[error("the withdrawal is recorded, but records waiting to be sent could not be held: {0}")]
    NotHeld(String),
    /// A correction needs a value.
    #[error("the correction is empty")]
    CorrectionEmpty,
    /// The case log refused or the store failed.
    #[error(transparent)]
    UseCase(#[from] UseCaseError),
}

impl From<sanad_core::CaseError> for RightsError {
    fn from(e: sanad_core::CaseError) -> RightsError {
        RightsError::UseCase(UseCaseError::Case(e))
    }
}

impl RightsError {
    /// The message the screens show.
    pub fn problem(&self) -> Problem {
        match self {
            RightsError::SharingWithdrawn => Problem::new("case-sharing-withdrawn"),
            RightsError::NotHeld(d) => Problem::with_detail("case-sharing-not-held", d),
            RightsError::CorrectionEmpty => Problem::new("case-correction-empty"),
            RightsError::UseCase(e) => e.problem(),
        }
    }
}

/// `Ok` when the case may be shared (synced, referred with a slip); the refusal names
/// why. Call it before making a referral slip.
pub fn sharing_allowed(v: &Vault, case: CaseId) -> Result<(), RightsError> {
    if v.case(case.raw())?.sharing_allowed() {
        Ok(())
    } else {
        Err(RightsError::SharingWithdrawn)
    }
}

/// The person withdraws consent to sharing (final): the case stops syncing — its events
/// stay on the device, sealed, and the server is told to keep what it already holds of
/// the case out of every export — and no referral slip is made for it.
pub fn withdraw_sharing(v: &mut Vault, case: CaseId) -> Result<EventId, RightsError> {
    sharing_allowed(v, case)?;
    let id = EventId(v.append(case.raw(), EventKind::SharingWithdrawn)?.id);
    // Sync must not send what is already waiting either (the withdrawal stays recorded
    // if this fails, and sync holds every record it prepares from now on).
    sanad_sync::rights::hold_case(v, case.raw())
        .map_err(|e| RightsError::NotHeld(e.to_string()))?;
    Ok(id)
}

/// Record a correction (a new event; the corrected one stays in the log).
pub fn rectify(
    v: &mut Vault,
    case: CaseId,
    field: RectifiedField,
    value: String,
    reason: String,
) -> Result<EventId, RightsError> {
    if value.trim().is_empty() && field != RectifiedField::Alias {
        return Err(RightsError::CorrectionEmpty);
    }
    let kind = EventKind::Rectified {
        field,
        value,
        reason,
    };
    Ok(EventId(v.append(case.raw(), kind)?.id))
}

/// Erase the case for good (see `Vault::erase_case`); the server is told at the next
/// sync and keeps only a tombstone.
pub fn erase(v: &mut Vault, case: CaseId) -> Result<Erasure, RightsError> {
    Ok(v.erase_case(case.raw())?)
}
