//! Failures as message ids for the screens (the words are in `locales/`).

use sanad_core::CaseError;
use sanad_core::case::{ConsentScope, EventKind, ReferralStatus};
use sanad_store::StoreError;
use sanad_sync::SyncError;

use crate::Problem;

/// A store failure as a message id (with the attempts left or seconds to wait).
pub fn store_problem(e: &StoreError) -> Problem {
    match e {
        StoreError::WrongPassphrase { attempts_left } => {
            Problem::with_n("unlock-wrong", i64::from(*attempts_left))
        }
        StoreError::TryLater { wait_ms } => Problem::with_n("unlock-wait", (wait_ms + 999) / 1000),
        StoreError::WipedAfterFailures => Problem::new("unlock-wiped"),
        StoreError::WeakPassphrase(why) => Problem::with_detail("setup-weak", why),
        StoreError::Case(CaseError::DuplicateReference) => Problem::new("case-duplicate"),
        StoreError::Case(CaseError::Locked) => Problem::new("store-locked"),
        StoreError::Case(e @ CaseError::IllegalStep { .. }) => {
            Problem::with_detail("referral-step-illegal", e)
        }
        e => Problem::with_detail("store-failed", e),
    }
}

/// A case-log failure as a message id.
pub fn case_problem(e: CaseError) -> Problem {
    store_problem(&StoreError::Case(e))
}

/// The sync failure as a message id, with the client's own (data-free) words.
pub fn sync_problem(e: &SyncError) -> Problem {
    let id = match e {
        SyncError::NotEnrolled => "sync-not-enrolled",
        SyncError::Store(_) => "sync-store",
        SyncError::Offline(_) => "sync-offline",
        SyncError::Refused(_) => "sync-refused",
        SyncError::Wiped => "sync-wiped",
        SyncError::Locked => "sync-locked",
        SyncError::Enrollment(_) => "sync-enroll-failed",
        SyncError::ReEnroll => "sync-reenroll",
    };
    Problem::with_detail(id, e)
}

pub(crate) fn kind_detail(k: &EventKind) -> String {
    match k {
        EventKind::Opened { .. } => String::new(),
        EventKind::ScreeningRecorded { classification, .. } => classification.as_str().to_owned(),
        EventKind::NoteAdded { text } => text.clone(),
        EventKind::ConsentRecorded { scope, given } => format!(
            "{}:{}",
            match scope {
                ConsentScope::DataStorage => "data",
                ConsentScope::Referral => "referral",
                ConsentScope::LawEnforcement => "law",
            },
            given
        ),
        EventKind::ReferralMade { category, .. } => category.as_str().to_owned(),
        EventKind::ReferralStatusChanged { status, .. } => status_key(*status).to_owned(),
        EventKind::ReferralCreated(r) => {
            format!("{}|{}", r.category.as_str(), r.urgency.as_str())
        }
        EventKind::ReferralStep { step, via, .. } => {
            format!("{}|{}", step.as_str(), via.as_str())
        }
        EventKind::Closed { reason } => reason.clone(),
        EventKind::Rectified { value, .. } => value.clone(),
        EventKind::SharingWithdrawn => String::new(),
    }
}

/// A referral status's message key (`made`, `accepted`, ...).
pub fn status_key(s: ReferralStatus) -> &'static str {
    match s {
        ReferralStatus::Made => "made",
        ReferralStatus::Accepted => "accepted",
        ReferralStatus::Completed => "completed",
        ReferralStatus::Declined => "declined",
        ReferralStatus::Withdrawn => "withdrawn",
        ReferralStatus::Sent => "sent",
        ReferralStatus::ServiceReceived => "service_received",
        ReferralStatus::Closed => "closed",
    }
}
