use dioxus::prelude::*;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{Command, StopReason};
use crate::views::EMERGENCY_NUMBERS;

/// The full-screen stop card: shown instead of the next question as soon as "in danger
/// now" is answered yes or a controlling person is marked present. What to do now first,
/// the confirmed national numbers one tap away, then a way to record the contact without
/// asking anything more, and a way back if the answer was tapped by mistake.
#[component]
pub fn StopCard(reason: StopReason) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let key = reason.key();
    rsx! {
        section { class: "stop-card", id: "stop-card", role: "alert", "data-reason": key,
            h1 { id: "stop-title", {tr.t(&format!("stop-{key}-title"))} }
            h2 { {tr.t("stop-what-now")} }
            ol { class: "stop-steps", id: "stop-steps",
                for i in 1..=3 {
                    li { key: "{i}", {tr.t(&format!("stop-{key}-step{i}"))} }
                }
            }
            ul { class: "numbers", id: "stop-numbers",
                for (label, number) in EMERGENCY_NUMBERS {
                    li { key: "{number}",
                        span { class: "who", {tr.t(label)} }
                        a { class: "big call", href: "tel:{number}", id: "stop-call-{number}", {tr.s("emergency-call", "number", number)} }
                    }
                }
            }
            div { class: "steps",
                button { class: "big primary", id: "stop-record",
                    onclick: move |_| { nav.push(Route::ResultScreen {}); },
                    {tr.t("stop-record")}
                }
                button { class: "step", id: "stop-back", onclick: move |_| rt.send(Command::Back), {tr.t("stop-mistake")} }
            }
            p { class: "note", {tr.t("emergency-note")} }
        }
    }
}
