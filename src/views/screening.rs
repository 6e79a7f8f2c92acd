use dioxus::prelude::*;
use sanad_core::{Answer, Gender, Mode};

use crate::components::LangSwitch;
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command};

/// One question per screen, in the engine's order, in the interview language and in the
/// person's gender. An observation (mode `observe`) is shown apart: the worker's own check,
/// in the interface language, never in the read-aloud card.
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
    let gender = view.gender;
    let observe = view.mode == Mode::Observe;
    let started = view.can_back;
    rsx! {
        div { class: "progress", role: "status", {tr.n("screening-progress", "asked", view.answered)} }
        if !started {
            GenderSwitch { current: gender }
        }
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
            section { class: if observe { "question observe" } else { "question" }, "aria-live": "polite",
                if observe {
                    p { class: "observe-banner", id: "observe-banner", role: "note", {tr.t("observe-banner")} }
                    p { class: "obs", id: "question", "data-code": view.current.map(|c| c.as_str()).unwrap_or_default(), "data-mode": "observe",
                        {
                            let obs = format!("{id}.observe");
                            tr.person(tr.lang, if tr.has(tr.lang, &obs) { &obs } else { &id }, gender, None)
                        }
                    }
                } else {
                    p { class: "q", id: "question", "data-code": view.current.map(|c| c.as_str()).unwrap_or_default(), "data-mode": "ask", lang: interview.code(), dir: interview.dir(), {tr.person(interview, &id, gender, None)} }
                    if interview != tr.lang {
                        p { class: "q-worker", {tr.person(tr.lang, &id, gender, None)} }
                    }
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
        if started {
            GenderSwitch { current: gender }
        }
    }
}

/// The interview gender: woman or girl / man or boy / not said. Chosen at the start (shown
/// above the first question), changeable later (shown at the bottom).
#[component]
fn GenderSwitch(current: Gender) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    rsx! {
        fieldset { class: "gender", id: "interview-gender",
            legend { {tr.t("interview-gender")} }
            div { class: "langs", role: "group",
                for g in Gender::ALL {
                    button { id: "gender-{g.as_str()}", class: if g == current { "lang on" } else { "lang" },
                        "aria-pressed": if g == current { "true" } else { "false" },
                        onclick: move |_| rt.send(Command::SetGender(g)),
                        {tr.t(&format!("gender-{}", g.as_str()))}
                    }
                }
            }
            p { class: "note", {tr.t("interview-gender-help")} }
        }
    }
}
