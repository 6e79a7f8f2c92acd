//! The referral directory: HSDS 3.0 services with the Sanad profile
//! (`shared/domain/DIRECTORY-PROFILE.md`), validated on import, exported unchanged, and
//! read into a typed view for search and display.
//!
//! Each service keeps its raw JSON object, so an export gives back exactly what was
//! imported, unknown fields included; [`ServiceView`] is what the app needs from it.

mod csv;
mod datapackage;
pub mod index;
mod json;
pub mod query;
mod schedule;
mod view;

pub use datapackage::{export_datapackage, parse_datapackage};
pub use index::{DirectoryIndex, DirectoryQuery, DirectoryResults, Hit, IndexedService};
pub use json::{DirectoryError, export_json, parse_json};
pub use schedule::{LocalTime, Rule as ScheduleRule, Weekday, is_open};
pub use view::{ELIGIBILITY_CODES, PhoneView, ServiceView, Texts};

/// One imported service: its raw HSDS object and the typed view derived from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// The object as imported.
    pub raw: serde_json::Value,
    /// What the app uses.
    pub view: ServiceView,
}
