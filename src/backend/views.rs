//! What the workers report: plain data for the screens.

use sanad_core::directory::{PhoneView, ScheduleRule as Rule, Service, Texts};
use sanad_core::{RefCategory, SessionDraft};
use sanad_service::{CaseDetail, CaseRow, GateView, Problem, SettingsView, SyncView};

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
    /// The access export of the open case (the person's right of access).
    AccessExport(sanad_service::access::AccessExport),
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
