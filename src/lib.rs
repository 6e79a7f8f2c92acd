//! Sanad, the app a worker holds: Dioxus UI over the pure core.
//!
//! Components never touch I/O or the engine directly: they send [`runtime::Command`]s to
//! the one runtime task, which owns the screening session and updates the app's signals.

pub mod app;
pub mod backend;
#[cfg(feature = "bench-hooks")]
pub mod bench;
pub mod components;
pub mod i18n;
pub mod platform;
pub mod routes;
pub mod runtime;
pub mod views;
