//! Sanad's use cases, below any UI: set-up, unlock and lock, screenings and drafts,
//! cases, notes, referrals, settings and sync scheduling, over the encrypted case store
//! (`sanad-store`) and the sync client (`sanad-sync`).
//!
//! The app's back end (`src/backend/`) runs a [`Service`] on its case worker thread and
//! turns its [`Event`]s into signals; `sanad-cli case …` calls the same [`usecases`], so
//! both record the same events. Sync runs beside the service on its own thread with its
//! own store handle ([`sanad_store::Vault::share`]): locking never waits for the network.
#![warn(missing_docs)]

pub mod access;
mod command;
pub mod content;
pub mod ids;
pub mod practice;
mod problems;
pub mod referrals;
pub mod rights;
mod service;
pub mod slip;
mod sync;
pub mod usecases;
mod views;
mod waiting;

pub use command::{Command, ReferralCommand};
pub use ids::{CaseId, DeviceId, EventId, IdError};
pub use problems::{case_problem, status_key, store_problem, sync_problem};
pub use referrals::FollowUp;
pub use service::retention::{erase_expired, retention_months};
pub use service::{CITY, Config, DRAFT, DURESS_SET, SYNC_INTERVAL, Service, store_dir};
pub use slip::SlipView;
pub use sync::{BACKOFF_BASE_MS, BACKOFF_MAX_MS, DEBOUNCE_MS, DEFAULT_INTERVAL_SECS, backoff_ms};
pub use usecases::{ScreeningToSave, UseCaseError, referral_key};
pub use views::*;

/// A date and time in Morocco (`YYYY-MM-DD HH:MM`, Africa/Casablanca with its real rules:
/// UTC+1, UTC+0 during Ramadan) from ms since the epoch. The one clock the screens use.
pub fn morocco_time(ms: i64) -> String {
    match sanad_store::directory::casablanca_at_ms(ms) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            t.date.0,
            t.date.1,
            t.date.2,
            t.minutes / 60,
            t.minutes % 60
        ),
        // Out of the zone data's range: the date in UTC says at least the day.
        Err(_) => sanad_sync::day_of(ms),
    }
}

#[cfg(test)]
mod clock_tests {
    #[test]
    fn moroccan_time_follows_the_real_rules_including_ramadan() {
        // 2026-07-01 12:00 UTC: UTC+1.
        assert_eq!(super::morocco_time(1_782_907_200_000), "2026-07-01 13:00");
        // 2026-03-01 12:00 UTC, in Ramadan: Morocco is on UTC+0.
        assert_eq!(super::morocco_time(1_772_366_400_000), "2026-03-01 12:00");
    }
}
