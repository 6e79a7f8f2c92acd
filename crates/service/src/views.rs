//! What the service reports: plain data for the screens (no handles, no keys).

use sanad_core::SessionDraft;
use sanad_core::{Classification, Outcome, RefCategory};

pub use sanad_core::case::{EventKind, ReferralStatus};

/// An event from the service.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The store's state changed (set up, unlocked, locked, wiped).
    Gate(GateView),
    /// A message for the worker: what failed, or a confirmation (ids ending in `-saved`).
    Notice(Problem),
    /// The unfinished screening found at unlock (`None`: there is none).
    Draft(Option<SessionDraft>),
    /// Events not yet acknowledged by the server (the home screen's count).
    Unsynced(u64),
    /// The case list (filtered by the last search).
    Cases(Vec<CaseRow>),
    /// One case with its timeline.
    Case(Option<CaseDetail>),
    /// A screening was saved to this case.
    Saved {
        /// Case id.
        case: String,
        /// Its reference.
        reference: String,
    },
    /// A referral was recorded.
    Referred {
        /// The service (or the category's key if no service was chosen).
        target: String,
    },
    /// Sync state.
    Sync(SyncView),
    /// Settings kept in the store.
    Settings(SettingsView),
    /// The checklist content to use (after unlock and after each sync).
    Content(crate::content::Content),
    /// A sync installed what the organisation published (directory, checklist content):
    /// whoever shows it reloads it.
    Pulled,
    /// The access export of a case, made on request (`access.rs`).
    AccessExport(crate::access::AccessExport),
    /// A case was erased (its screen closes; the list no longer has it).
    Erased {
        /// Case id.
        case: String,
    },
    // Referrals (`crate::referrals`).
    /// Referrals overdue or due today, overdue first (the home screen's list).
    FollowUps(Vec<crate::referrals::FollowUp>),
    /// A referral's slip, rendered in the service's language.
    Slip(crate::slip::SlipView),
}

/// A problem to tell the worker, as a message id and an optional number (never case
/// data). `detail` holds the store's or the server's own words, in English, data-free.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Fluent message id.
    pub id: &'static str,
    /// The message's `$n`, if it has one.
    pub n: Option<i64>,
    /// Technical detail (shown small, under the message).
    pub detail: Option<String>,
}

impl Problem {
    /// A message without a number or detail.
    pub fn new(id: &'static str) -> Problem {
        Problem {
            id,
            n: None,
            detail: None,
        }
    }
    /// A message with its `$n`.
    pub fn with_n(id: &'static str, n: i64) -> Problem {
        Problem {
            id,
            n: Some(n),
            detail: None,
        }
    }
    /// A message with technical detail.
    pub fn with_detail(id: &'static str, detail: impl ToString) -> Problem {
        Problem {
            id,
            n: None,
            detail: Some(detail.to_string()),
        }
    }
}

/// The store's state, for the gate (set-up and unlock screens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateView {
    /// No store: first run.
    FirstRun,
    /// Locked.
    Locked {
        /// Failed attempts so far.
        failed: u32,
        /// Attempts left before the wipe.
        attempts_left: u32,
        /// Seconds to wait before the next attempt.
        wait_secs: i64,
    },
    /// Unlocked.
    Unlocked,
    /// Working (deriving keys takes about a second).
    Busy,
}

/// One line of the case list.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRow {
    /// Case id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Alias.
    pub alias: String,
    /// Last screening.
    pub last: Option<(Outcome, Classification)>,
    /// Open referrals.
    pub open_referrals: u32,
    /// Closed.
    pub closed: bool,
    /// Last change (ms).
    pub updated_ms: i64,
}

/// One entry of a case's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// Event id.
    pub id: String,
    /// When (ms since the epoch).
    pub at_ms: i64,
    /// What happened, typed (a note's text, a category, a status, a classification...).
    pub kind: EventKind,
    /// The device that recorded it (the first 8 hex digits of its id).
    pub device: String,
}

/// One referral of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralRow {
    /// The referral's event id.
    pub id: String,
    /// Category.
    pub category: RefCategory,
    /// Service name (in the service's languages), if one was chosen and is in the
    /// directory.
    pub service: Option<String>,
    /// Where it stands.
    pub status: ReferralStatus,
    /// How soon, if made with an urgency.
    pub urgency: Option<sanad_core::referral::Urgency>,
    /// When it is due (ms since the epoch), if made with an urgency.
    pub due_ms: Option<i64>,
    /// The steps that may follow, in life-cycle order: only these are offered.
    pub next: Vec<sanad_core::referral::Step>,
    /// Whether a slip can be made (a consent receipt is recorded and it is still open).
    pub slip: bool,
}

/// A case, opened.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseDetail {
    /// Case id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Alias.
    pub alias: String,
    /// Last screening.
    pub last: Option<(Outcome, Classification)>,
    /// Notes.
    pub notes: Vec<String>,
    /// Referrals.
    pub referrals: Vec<ReferralRow>,
    /// Closed.
    pub closed: bool,
    /// Events, oldest first.
    pub timeline: Vec<TimelineItem>,
    /// The person withdrew consent to sharing (no sync, no referral slip).
    pub sharing_withdrawn: bool,
}

/// What the sync screen shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncView {
    /// The server this device is enrolled with.
    pub server: Option<String>,
    /// A sync is running.
    pub running: bool,
    /// Events not yet acknowledged.
    pub pending: u64,
    /// What is waiting, as cases and notes.
    pub waiting: Waiting,
    /// Last complete run (ms).
    pub last_success_ms: Option<i64>,
    /// The last failure: message id and the client's own words.
    pub last_error: Option<Problem>,
    /// Records the server quarantined.
    pub quarantined: Vec<String>,
}

/// Settings kept in the (encrypted) store.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsView {
    /// Auto-lock after this many seconds without activity.
    pub idle_lock_secs: u32,
    /// The worker's city (canonical key), for "same city first".
    pub city: Option<String>,
    /// Seconds between background syncs while unlocked (0: none periodic).
    pub sync_interval_secs: u32,
    /// Whether the worker set a duress passphrase in this store (shown in Settings only
    /// after unlocking; the key files keep a duress slot either way).
    pub duress_set: bool,
}

/// Changes not yet sent, counted as the worker thinks of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Waiting {
    /// Cases with a change not yet sent.
    pub cases: u64,
    /// Notes not yet sent.
    pub notes: u64,
}
