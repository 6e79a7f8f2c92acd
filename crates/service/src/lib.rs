//! Sanad's use cases, below any UI: set-up, unlock and lock, screenings and drafts,
//! cases, notes, referrals, settings and sync scheduling, over the encrypted case store
//! (`sanad-store`) and the sync client (`sanad-sync`).
//!
//! The app's back end (`src/backend/`) runs a [`Service`] on its case worker thread and
//! turns its [`Event`]s into signals; `sanad-cli case …` calls the same [`usecases`], so
//! both record the same events. Sync runs beside the service on its own thread with its
//! own store handle ([`sanad_store::Vault::share`]): locking never waits for the network.
#![warn(missing_docs)]

mod command;
pub mod ids;
mod problems;
mod service;
mod sync;
pub mod usecases;
mod views;
mod waiting;

pub use command::Command;
pub use ids::{CaseId, DeviceId, EventId, IdError};
pub use problems::{case_problem, status_key, store_problem, sync_problem};
pub use service::{CITY, Config, DRAFT, SYNC_INTERVAL, Service, store_dir};
pub use sync::{BACKOFF_BASE_MS, BACKOFF_MAX_MS, DEBOUNCE_MS, DEFAULT_INTERVAL_SECS, backoff_ms};
pub use usecases::{ScreeningToSave, UseCaseError};
pub use views::*;
