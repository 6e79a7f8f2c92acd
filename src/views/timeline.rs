//! What a case's timeline shows after an event's name: matched on the typed event.

use dioxus::prelude::*;
use sanad_core::case::EventKind;
use sanad_service::status_key;

use crate::i18n::use_tr;

/// The detail of one timeline entry (a note's text, the category, the status, the
/// classification, a referral's urgency or step and who reported it, a corrected value);
/// nothing for the other events.
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
        EventKind::ReferralCreated(r) => rsx! {
            " — " {tr.category(r.category)} " · " {tr.t(&format!("urgency-{}", r.urgency.as_str()))}
        },
        EventKind::ReferralStep { step, via, .. } => rsx! {
            " — " {tr.t(&format!("referral-step-{}", step.as_str()))} " · " {tr.t(&format!("via-{}", via.as_str()))}
        },
        EventKind::Rectified { value, .. } => rsx! { " — " span { dir: "auto", {value} } },
        _ => rsx! {},
    }
}
