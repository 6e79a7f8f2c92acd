use dioxus::prelude::*;
use sanad_core::Dimension;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command};

/// The result: classification first, then outcome, why, referrals, dimensions, disclaimer.
#[component]
pub fn ResultScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let Some(r) = (state.screening)().result else {
        return rsx! { Link { class: "big", to: Route::HomeScreen {}, {tr.t("nav-home")} } };
    };
    let gate = r.is_gate();
    let dims = Dimension::ALL.map(|d| (d, r.dimensions[d.key()]));
    let hide = |m: &str| {
        gate && (m.ends_with("-positive")
            || m.starts_with("screening-reason-smuggl")
            || m.contains("provisional"))
    };
    rsx! {
        h1 { class: "classification {r.classification}", id: "classification", {tr.t(&format!("classification-{}", r.classification))} }
        p { class: "outcome", id: "outcome", {tr.t(&format!("outcome-{}", r.outcome))} }
        if !gate && r.flags.get("provisional_weights").copied().unwrap_or(false) {
            p { class: "note", {tr.t("result-provisional")} }
        }
        section { class: "why",
            h2 { {tr.t("screening-why")} }
            ul {
                for reason in r.reasons.iter().filter(|x| !hide(&x.message)) {
                    li { key: "{reason.message}",
                        {tr.n(&reason.message, "count", reason.codes.len())}
                        if !reason.codes.is_empty() {
                            ul { class: "codes",
                                for c in reason.codes.iter() { li { key: "{c}", {tr.label(c)} } }
                            }
                        }
                    }
                }
            }
        }
        section { class: "referrals",
            h2 { {tr.t("screening-referrals")} }
            ul { id: "referrals",
                for c in r.referrals.iter() {
                    li { key: "{c}", class: "ref", {tr.category(*c)} }
                }
            }
        }
        if !gate {
            section { class: "dims",
                h2 { {tr.t("screening-dimensions")} }
                ul {
                    for (d, v) in dims {
                        li { key: "{d}", class: if v.positive { "dim on" } else { "dim" },
                            span { {tr.t(&format!("dim-{d}"))} }
                            " — "
                            strong { {tr.t(if v.positive { "result-dimension-positive" } else { "result-dimension-not-positive" })} }
                        }
                    }
                }
            }
        }
        p { class: "disclaimer", role: "note", {tr.t("result-disclaimer")} }
        div { class: "steps",
            button { class: "big", id: "restart", onclick: move |_| { rt.send(Command::NewScreening); nav.push(Route::ScreeningScreen {}); }, {tr.t("screening-restart")} }
            Link { class: "big", to: Route::HomeScreen {}, {tr.t("nav-home")} }
        }
    }
}
