//! Practice and training: the practice home, a study's story, the "PRACTICE" banner shown
//! on the real screening screens, and the practice result (the worker's result next to the
//! key's, every answer that differed and what it changed, the legal elements).

use dioxus::prelude::*;
use sanad_core::Answer;
use sanad_training::{AnswerDiff, CaseStudy, ElementState, PracticeReport};

use crate::i18n::{Tr, use_tr};
use crate::routes::Route;
use crate::runtime::{AppState, Command, PracticeCmd};

/// The banner on every practice screen: made-up stories, nothing kept in case records.
#[component]
pub fn PracticeBanner() -> Element {
    let tr = use_tr();
    rsx! {
        p { class: "practice-banner", id: "practice-banner", role: "note", {tr.t("training-banner")} }
    }
}

/// Practice home: the studies to practise on, the quiz, facilitator mode and handouts.
#[component]
pub fn PracticeScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let training = (state.training)();
    let studies: Vec<CaseStudy> = training
        .map(|t| t.library.studies().to_vec())
        .unwrap_or_default();
    let lang = tr.lang.code();
    rsx! {
        div { class: "practice",
            PracticeBanner {}
            h1 { class: "screen-title", id: "practice-title", {tr.t("training-home-title")} }
            p { {tr.t("training-home-intro")} }
            nav { class: "actions",
                Link { class: "big primary", id: "open-quiz", to: Route::QuizScreen {}, {tr.t("training-quiz-open")} }
                Link { class: "big", id: "open-facilitator", to: Route::FacilitatorScreen {}, {tr.t("training-facilitator-open")} }
                Link { class: "big", id: "open-handout", to: Route::HandoutScreen {}, {tr.t("training-handout-open")} }
            }
            h2 { {tr.t("training-practice-open")} }
            p { class: "note", {tr.t("training-pick-study")} }
            ul { class: "studies", id: "studies",
                for s in studies.iter() {
                    li { key: "{s.id}",
                        Link { id: "study-{s.id}", to: Route::PracticeStudyScreen { id: s.id.clone() },
                            {s.story(lang).title.clone()}
                        }
                        " · "
                        span { class: "note", {tr.t(s.setting.message_id())} }
                    }
                }
            }
        }
    }
}

/// One study's story, then the practice screening on it.
#[component]
pub fn PracticeStudyScreen(id: String) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let study = (state.training)().and_then(|t| t.library.get(&id).cloned());
    let Some(study) = study else {
        return rsx! { Link { class: "big", to: Route::PracticeScreen {}, {tr.t("training-back")} } };
    };
    let start = study.id.clone();
    rsx! {
        div { class: "practice",
            PracticeBanner {}
            Story { study: study.clone(), lang: tr.lang.code() }
            button { class: "big primary", id: "start-practice",
                onclick: move |_| {
                    rt.send(Command::Practice(PracticeCmd::Start(start.clone())));
                    nav.push(Route::ScreeningScreen {});
                },
                {tr.t("training-start-screening")}
            }
            Link { class: "big", id: "practice-back", to: Route::PracticeScreen {}, {tr.t("training-back")} }
        }
    }
}

/// A study's story in one language (the handout prints it in each).
#[component]
pub fn Story(study: CaseStudy, lang: &'static str) -> Element {
    let tr = use_tr();
    let l = sanad_i18n::Lang::from_code(lang).unwrap_or(tr.lang);
    let s = study.story(lang).clone();
    rsx! {
        article { class: "story", id: "story-{study.id}-{lang}", lang: lang, dir: l.dir(),
            h2 { {s.title} }
            p { class: "note", {tr.t_in(l, study.setting.message_id())} }
            h3 { {tr.t_in(l, "training-story-says")} }
            p { class: "says", {s.says} }
            h3 { {tr.t_in(l, "training-story-observes")} }
            p { class: "observes", {s.observes} }
            p { class: "note source", {tr.t_in(l, "training-story-source")} ": " {s.source} }
        }
    }
}

/// The practice result: the worker's result next to the key's, the differences, the
/// elements; "end practice" keeps it in the practice store and brings back the real
/// interview.
#[component]
pub fn PracticeResult() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let Some(report) = (state.practice)().report else {
        return rsx! { PracticeBanner {} };
    };
    let r: &PracticeReport = &report;
    let same = r.same_result();
    rsx! {
        div { class: "practice",
            PracticeBanner {}
            h1 { class: "screen-title", id: "practice-result-title", {tr.t("training-result-title")} }
            div { class: "compare",
                section { class: "yours", id: "result-yours",
                    h2 { {tr.t("training-result-yours")} }
                    p { class: "classification {r.worker.classification}", {tr.t(&format!("classification-{}", r.worker.classification))} }
                }
                section { class: "key", id: "result-key",
                    h2 { {tr.t("training-result-key")} }
                    p { class: "classification {r.key.classification}", {tr.t(&format!("classification-{}", r.key.classification))} }
                }
            }
            p { class: if same { "note same" } else { "note differs" }, id: "result-same", role: "status",
                {tr.t(if same { "training-result-same" } else { "training-result-differs" })}
            }
            Differences { diffs: r.diffs.clone() }
            Elements { elements: r.elements.clone() }
            button { class: "big primary", id: "end-practice",
                onclick: move |_| {
                    rt.send(Command::Practice(PracticeCmd::End));
                    nav.push(Route::PracticeScreen {});
                },
                {tr.t("training-back")}
            }
        }
    }
}

fn answer_text(tr: &Tr, a: Option<Answer>) -> String {
    match a {
        Some(a) => tr.t(&format!("answer-{}", a.as_str())),
        None => tr.t("training-diff-not-asked"),
    }
}

/// Every answer that differed from the key, and what taking the key's answer changes.
#[component]
fn Differences(diffs: Vec<AnswerDiff>) -> Element {
    let tr = use_tr();
    rsx! {
        section { class: "differences", id: "differences",
            h2 { {tr.t("training-diff-title")} }
            if diffs.is_empty() {
                p { id: "no-differences", {tr.t("training-diff-none")} }
            }
            ul {
                for d in diffs.iter() {
                    li { key: "{d.code}", id: "diff-{d.code}", "data-changes": if d.changes_result { "true" } else { "false" },
                        strong { {tr.label(&d.code)} }
                        " — "
                        {tr.s("training-diff-yours", "answer", &answer_text(&tr, d.worker))}
                        " · "
                        {tr.s("training-diff-key", "answer", &answer_text(&tr, d.key))}
                        p { class: "note",
                            if d.changes_result {
                                {tr.s("training-diff-changed", "result", &tr.t(&format!("classification-{}", d.corrected_classification)))}
                            } else {
                                {tr.t("training-diff-no-change")}
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The legal elements, explained, on both sides.
#[component]
fn Elements(elements: Vec<ElementState>) -> Element {
    let tr = use_tr();
    let yes_no = |b: bool| {
        tr.t(if b {
            "training-element-present"
        } else {
            "training-element-absent"
        })
    };
    rsx! {
        section { class: "elements", id: "elements",
            h2 { {tr.t("training-elements-title")} }
            ul {
                for e in elements.iter() {
                    li { key: "{e.element.message_id()}", class: if e.worker == e.key { "same" } else { "differs" },
                        p { {tr.t(e.element.message_id())} }
                        p { class: "note",
                            {tr.t("training-element-yours")} ": " {yes_no(e.worker)}
                            " · "
                            {tr.t("training-element-key")} ": " {yes_no(e.key)}
                        }
                    }
                }
            }
        }
    }
}
