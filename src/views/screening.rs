use dioxus::prelude::*;
use sanad_core::{Answer, Gender, Mode};

use crate::components::LangSwitch;
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{ALREADY_TOLD, AppState, Command};
use crate::views::StopCard;

/// One question per screen, in the engine's order, in the interview language and in the
/// person's gender. An observation (mode `observe`) is shown apart: the worker's own check,
/// in the interface language, never in the read-aloud card.
#[component]
pub fn ScreeningScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let view = (state.screening)();
    let interview = (state.interview_lang)();
    let nav = navigator();
    let code_id = view
        .current
        .map(|c| sanad_i18n::code_message_id(c.as_str()));
    let gender = view.gender;
    let observe = view.mode == Mode::Observe;
    let started = view.can_back;
    if let Some(reason) = view.stop {
        return rsx! { StopCard { reason } };
    }
    let previous = view.previous;
    let practice = (state.practice)().study.is_some();
    rsx! {
        if practice {
            crate::views::PracticeBanner {}
        }
        h1 { class: "screen-title", id: "screening-title", {tr.t("screening-title")} }
        Progress { answered: view.answered, left: view.left }
        if !started {
            GenderSwitch { current: gender }
        }
        if view.current.is_some() {
            AlreadyTold { told: view.told.clone() }
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
            Decided { asking: view.current.is_some() }
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
                if previous.is_some() {
                    p { class: "note", id: "previous-answer", role: "status",
                        {tr.s("screening-previous", "answer", &tr.t(&format!("answer-{}", previous.map(|a| a.as_str()).unwrap_or_default())))}
                    }
                }
                AnswerButtons { previous, can_back: view.can_back, started }
            }
        }
        if view.current.is_some() {
            button { class: "big", id: "stop-partial", onclick: move |_| { nav.push(Route::ResultScreen {}); }, {tr.t("screening-stop")} }
        }
        fieldset { class: "gender", id: "interview-lang",
            legend { {tr.t("lang-interview")} }
            LangSwitch { label: tr.t("lang-interview"), current: interview, interview: true }
        }
        if started {
            GenderSwitch { current: gender }
        }
    }
}

/// How many questions were asked, and at most how many are left.
#[component]
fn Progress(answered: usize, left: usize) -> Element {
    let tr = use_tr();
    rsx! {
    p { class: "progress", role: "status", id: "progress",
        {tr.n("screening-progress", "asked", answered)}
        if left > 0 {
            " · "
            {tr.n("screening-left", "n", left)}
        }
    }
    }
}

/// The answer buttons (the earlier answer marked), then Back and Skip.
#[component]
fn AnswerButtons(previous: Option<Answer>, can_back: bool, started: bool) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    rsx! {
        div { class: "answers",
            for a in Answer::ALL {
                button { class: if previous == Some(a) { format!("answer {} chosen", a.as_str()) } else { format!("answer {}", a.as_str()) },
                    id: "answer-{a.as_str()}",
                    "aria-pressed": if previous == Some(a) { "true" } else { "false" },
                    onclick: move |_| rt.send(Command::Answer(a)),
                    {tr.t(&format!("answer-{}", a.as_str()))}
                }
            }
        }
        div { class: "steps",
            button { class: "step", id: "back", disabled: !can_back, onclick: move |_| rt.send(Command::Back), {tr.t("screening-back")} }
            button { class: "step", id: "skip", onclick: move |_| rt.send(Command::Skip), {tr.t("screening-skip")} }
        }
        if !started {
            p { class: "note", id: "skip-help", {tr.t("screening-skip-help")} }
        }
    }
}

/// The decision is settled: see the result now, or go on with the questions.
#[component]
fn Decided(asking: bool) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    rsx! {
        div { class: "decided", role: "status",
            p { {tr.t("screening-decided")} }
            button { class: "big primary", id: "see-result", onclick: move |_| { nav.push(Route::ResultScreen {}); }, {tr.t("screening-finish-now")} }
            if !asking {
                button { class: "big", id: "continue", onclick: move |_| rt.send(Command::ContinuePastStop), {tr.t("screening-continue")} }
            }
        }
    }
}

/// What the person has already said, recorded first (a short checklist of common facts):
/// the adaptive order then asks only what remains. Worker-facing, never read aloud.
#[component]
fn AlreadyTold(told: Vec<&'static str>) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    rsx! {
        details { class: "help told", id: "already-told", open: !told.is_empty(),
            summary { {tr.t("screening-already-told")} }
            p { class: "note", {tr.t("screening-already-told-help")} }
            div { class: "langs", role: "group",
                for c in ALREADY_TOLD {
                    button { key: "{c}", class: if told.contains(&c) { "lang on" } else { "lang" }, id: "told-{c}",
                        "aria-pressed": if told.contains(&c) { "true" } else { "false" },
                        onclick: {
                            let on = told.contains(&c);
                            move |_| rt.send(Command::AlreadyTold(c.to_owned(), !on))
                        },
                        {tr.label(c)}
                    }
                }
            }
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
