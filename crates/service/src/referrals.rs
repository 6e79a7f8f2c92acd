//! Referral use cases that close the loop: make a referral with its urgency and consent
//! receipt, record its steps (the worker's, or a partner's answer confirmed with the
//! slip's code), the slip, and the follow-ups due. The app and `sanad-cli case …` both
//! call these.

use sanad_core::case::{CaseRepository, ConsentScope, EventKind, ReferralStatus};
use sanad_core::referral::{self, NewReferral, Slip, Step, Via};
use sanad_core::{CaseError, RefCategory};
use sanad_store::Vault;

use crate::ids::{CaseId, EventId};
use crate::usecases::UseCaseError;

/// Record a referral the person agreed to, with its urgency, slip language and exactly
/// what the person agreed to share (the referral consent first, once per case).
pub fn refer(v: &mut Vault, case: CaseId, new: NewReferral) -> Result<EventId, UseCaseError> {
    let id = case.raw();
    let consented = v.case(id)?.consents.get(&ConsentScope::Referral) == Some(&true);
    if !consented {
        // Check the referral before the consent is written: a refused one writes nothing.
        new.receipt.check().map_err(CaseError::Invalid)?;
        v.append(
            id,
            EventKind::ConsentRecorded {
                scope: ConsentScope::Referral,
                given: true,
            },
        )?;
    }
    Ok(EventId(v.append(id, EventKind::ReferralCreated(new))?.id))
}

/// Record a step the worker took or learned of (only a step that follows the current one).
pub fn advance(
    v: &mut Vault,
    case: CaseId,
    referral: EventId,
    step: Step,
) -> Result<(), UseCaseError> {
    let kind = EventKind::ReferralStep {
        referral: referral.raw(),
        step,
        via: Via::Worker,
    };
    v.append(case.raw(), kind)?;
    Ok(())
}

/// Record a partner's answer (accepted, declined, service received), confirmed with the
/// code on the slip: a code that is not this referral's is refused and changes nothing.
pub fn partner_answer(
    v: &mut Vault,
    case: CaseId,
    referral: EventId,
    code: &str,
    step: Step,
) -> Result<(), UseCaseError> {
    if !referral::code_matches(referral.raw(), code) {
        return Err(UseCaseError::CodeMismatch);
    }
    let kind = EventKind::ReferralStep {
        referral: referral.raw(),
        step,
        via: Via::Partner,
    };
    v.append(case.raw(), kind)?;
    Ok(())
}

/// The case and referral a slip's code belongs to (for an answer given by code alone).
pub fn find_by_code(v: &Vault, code: &str) -> Result<(CaseId, EventId), UseCaseError> {
    for row in v.list()?.into_iter().flatten() {
        let state = v.case(row.id)?;
        if let Some(r) = state
            .referrals
            .iter()
            .find(|r| referral::code_matches(r.id, code))
        {
            return Ok((CaseId(row.id), EventId(r.id)));
        }
    }
    Err(UseCaseError::CodeMismatch)
}

/// One referral's slip: only the fields the person agreed to share.
pub fn slip(v: &Vault, case: CaseId, referral: EventId) -> Result<Slip, UseCaseError> {
    let state = v.case(case.raw())?;
    referral::slip(&state, referral.raw()).map_err(UseCaseError::Slip)
}

/// A referral to follow up: overdue, or due today (Moroccan day).
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    /// Case id.
    pub case: String,
    /// Case reference.
    pub reference: String,
    /// The referral's event id.
    pub referral: String,
    /// Category.
    pub category: RefCategory,
    /// Service id.
    pub service: Option<String>,
    /// What to do next: `send` (the slip), `answer` (ask the service), `received` (check
    /// the person got the service).
    pub next: &'static str,
    /// Due (ms since the epoch).
    pub due_ms: i64,
    /// Past its due time.
    pub overdue: bool,
}

/// What to do next for a referral still waiting for the service.
pub fn next_action(s: ReferralStatus) -> Option<&'static str> {
    match s {
        ReferralStatus::Made => Some("send"),
        ReferralStatus::Sent => Some("answer"),
        ReferralStatus::Accepted => Some("received"),
        _ => None,
    }
}

/// Referrals still waiting for the service that are overdue or due today (the day in
/// Morocco), overdue first, then by due time.
pub fn follow_ups(v: &Vault, now_ms: i64) -> Result<Vec<FollowUp>, UseCaseError> {
    let today = day(now_ms);
    let mut out = Vec::new();
    for row in v.list()?.into_iter().flatten() {
        if row.closed || row.open_referrals == 0 {
            continue;
        }
        let state = v.case(row.id)?;
        for r in &state.referrals {
            let (Some(due), Some(next)) = (r.due_ms, next_action(r.status)) else {
                continue;
            };
            let overdue = due < now_ms;
            if overdue || day(due) == today {
                out.push(FollowUp {
                    case: row.id.to_string(),
                    reference: state.reference.clone(),
                    referral: r.id.to_string(),
                    category: r.category,
                    service: r.service.clone(),
                    next,
                    due_ms: due,
                    overdue,
                });
            }
        }
    }
    out.sort_by_key(|f| (!f.overdue, f.due_ms));
    Ok(out)
}

/// The Moroccan date of a time (`YYYY-MM-DD`).
fn day(ms: i64) -> String {
    crate::morocco_time(ms).chars().take(10).collect()
}
