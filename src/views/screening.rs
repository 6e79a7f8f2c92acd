use dioxus::prelude::*;
use sanad_core::Answer;

use crate::components::LangSwitch;
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command};

/// One question per screen, in the engine's order, in the interview language.
#[component]
pub fn ScreeningScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let view = (state.screening)();
    let interview = (state.interview_lang)();
    let nav = navigator();
    let code_id = view
        .current
        .map(|c| sanad_i18n::code_message_id(c.as_str()));
    rsx! {
        div { class: "progress", role: "status", {tr.n("screening-progress", "asked", view.answered)} }
        if view.emergency {
            Link { class: "big danger", id: "emergency-now", to: Route::EmergencyScreen {}, {tr.t("home-emergency")} }
        }
        if view.consent_refused {
            div { class: "decided", role: "alert", id: "consent-refused",
                p { {tr.t("screening-consent-refused")} }
            }
        }
        if view.decided {
            div { class: "decided", role: "status",
                p { {tr.t("screening-decided")} }
                button { class: "big primary", id: "see-result", onclick: move |_| { nav.push(Route::ResultScreen {}); }, {tr.t("screening-finish-now")} }
                if view.current.is_none() {
                    button { class: "big", id: "continue", onclick: move |_| rt.send(Command::ContinuePastStop), {tr.t("screening-continue")} }
                }
            }
        }
        if let Some(id) = code_id {
            section { class: "question", "aria-live": "polite",
                p { class: "q", id: "question", "data-code": view.current.map(|c| c.as_str()).unwrap_or_default(), lang: interview.code(), dir: interview.dir(), {tr.t_in(interview, &id)} }
                if interview != tr.lang {
                    p { class: "q-worker", {tr.t(&id)} }
                }
                details { class: "help",
                    summary { {tr.t(&format!("{id}.label"))} }
                    p { {tr.t(&format!("{id}.help"))} }
                }
                div { class: "answers",
                    for a in Answer::ALL {
                        button { class: "answer {a.as_str()}", id: "answer-{a.as_str()}",
                            onclick: move |_| rt.send(Command::Answer(a)),
                            {tr.t(&format!("answer-{}", a.as_str()))}
                        }
                    }
                }
                div { class: "steps",
                    button { class: "step", id: "back", disabled: !view.can_back, onclick: move |_| rt.send(Command::Back), {tr.t("screening-back")} }
                    button { class: "step", id: "skip", onclick: move |_| rt.send(Command::Skip), {tr.t("screening-skip")} }
                }
            }
        }
        LangSwitch { label: tr.t("lang-interview"), current: interview, interview: true }
    }
}
