//! What a case's timeline shows after an event's name: matched on the typed event.

use dioxus::prelude::*;
use sanad_core::case::EventKind;
use sanad_service::status_key;

use crate::i18n::use_tr;

/// The detail of one timeline entry (a note's text, the category, the status, the
/// classification); nothing for the other events.
#[component]
pub fn EventDetail(kind: EventKind) -> Element {
    let tr = use_tr();
    match kind {
        EventKind::NoteAdded { text } => rsx! { " — " span { dir: "auto", {text} } },
        EventKind::ReferralMade { category, .. } => rsx! { " — " {tr.category(category)} },
        EventKind::ReferralStatusChanged { status, .. } => {
            rsx! { " — " {tr.t(&format!("referral-{}", status_key(status)))} }
        }
        EventKind::ScreeningRecorded { classification, .. } => {
            rsx! { " — " {tr.t(&format!("classification-{}", classification.as_str()))} }
        }
        _ => rsx! {},
    }
}
