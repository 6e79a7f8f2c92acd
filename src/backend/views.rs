//! What the workers report: plain data for the screens.

use sanad_core::directory::{PhoneView, ScheduleRule as Rule, Service, Texts};
use sanad_core::{Classification, Outcome, RefCategory, SessionDraft};

use super::Problem;

/// An event from a worker.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
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
    /// Directory counts (after it opened or changed).
    DirectoryReady {
        /// Number of services (`None`: the directory could not be opened).
        total: Option<usize>,
        /// How many are sample data.
        sample: usize,
    },
    /// Results of a directory search, the words they are for when no service matched
    /// every word, and the nearest city with services when the city chosen has none.
    DirectoryResults(Vec<ServiceCard>, Option<Vec<String>>, Option<String>),
    /// One service.
    Service(Option<ServiceCard>),
    /// Service names by id (for a case's referrals).
    ServiceNames(Vec<(String, Texts)>),
    /// Services for each suggested referral category.
    ReferralOptions(Vec<(RefCategory, Vec<ServiceCard>)>),
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
    /// Event type (`opened`, `note_added`, ...).
    pub kind: &'static str,
    /// What to show: a note's text, a category key, a status key, an outcome key.
    pub detail: String,
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
    /// Status key (`made`, `accepted`, ...).
    pub status: &'static str,
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
}

/// One directory service as the screens show it (texts in every language: the component
/// picks the interface language, so a language switch needs no new search).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCard {
    /// Service id.
    pub id: String,
    /// Name.
    pub name: Texts,
    /// Organisation.
    pub organization: Texts,
    /// Description.
    pub description: Texts,
    /// Referral categories.
    pub categories: Vec<RefCategory>,
    /// Numbers to call.
    pub phones: Vec<PhoneView>,
    /// Languages spoken (ISO 639).
    pub languages: Vec<String>,
    /// Cities.
    pub cities: Vec<String>,
    /// Opening rules, as text lines (`Mon–Fri 09:00–17:00`).
    pub hours: Vec<String>,
    /// Open now, in Morocco's time (`None`: no hours known).
    pub open_now: Option<bool>,
    /// Last verified (`YYYY-MM-DD`), `None`: not verified.
    pub verified: Option<String>,
    /// Sample data.
    pub sample: bool,
}

impl ServiceCard {
    pub(crate) fn of(s: &Service, open_now: Option<bool>) -> ServiceCard {
        let v = &s.view;
        ServiceCard {
            id: v.id.clone(),
            name: v.name.clone(),
            organization: v.organization.clone(),
            description: v.description.clone(),
            categories: v.categories.clone(),
            phones: v.phones.clone(),
            languages: v.languages.clone(),
            cities: {
                let mut c: Vec<String> = Vec::new();
                for x in &v.cities {
                    if !c.iter().any(|y| y.eq_ignore_ascii_case(x)) {
                        c.push(x.clone());
                    }
                }
                c
            },
            hours: v.schedules.iter().filter_map(hours_line).collect(),
            open_now,
            verified: v.assured_date.clone(),
            sample: v.sample,
        }
    }
}

fn hm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// A weekly rule as a short line (day codes are the same in every language: the screens
/// show them with the digits left to right).
fn hours_line(r: &Rule) -> Option<String> {
    if !r.weekly {
        return None;
    }
    let days = if r.days.is_empty() {
        "MO–SU".to_owned()
    } else {
        r.days
            .iter()
            .map(|d| format!("{d:?}").to_uppercase()[..2].to_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match (r.opens, r.closes) {
        (Some(o), Some(c)) => Some(format!("{days} {}–{}", hm(o), hm(c))),
        _ => Some(days),
    }
}
