//! The quick quiz: "trafficking, migrant smuggling, both, or neither?" on the studies'
//! stories, the reason after each answer, and a score per topic with what to revise.

use dioxus::prelude::*;
use sanad_core::Reason;
use sanad_training::{QuizChoice, QuizItem, QuizOutcome, TopicScores};

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command, PracticeCmd};
use crate::views::PracticeBanner;

/// The quiz, one story at a time.
#[component]
pub fn QuizScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let mut pos = use_signal(|| 0usize);
    let mut outcomes = use_signal(Vec::<QuizOutcome>::new);
    let mut done = use_signal(|| false);
    let Some(training) = (state.training)() else {
        return rsx! { PracticeBanner {} };
    };
    let items = training.items.clone();
    if done() || pos() >= items.len() {
        return rsx! { QuizScores { items, outcomes: outcomes() } };
    }
    let item = items[pos()].clone();
    let answered = outcomes().iter().find(|o| o.study == item.study).cloned();
    let study = training.library.get(&item.study).cloned();
    let lang = tr.lang.code();
    rsx! {
        div { class: "practice quiz",
            PracticeBanner {}
            h1 { class: "screen-title", id: "quiz-title", {tr.t("training-quiz-title")} }
            p { class: "progress", id: "quiz-progress",
                {tr.l10n_args("training-quiz-progress", &[("n", pos() + 1), ("count", items.len())])}
            }
            if let Some(s) = study {
                article { class: "story", id: "quiz-story",
                    h2 { {s.story(lang).title.clone()} }
                    p { class: "says", {s.story(lang).says.clone()} }
                    p { class: "observes", {s.story(lang).observes.clone()} }
                }
            }
            p { class: "q", id: "quiz-question", {tr.t("training-quiz-question")} }
            div { class: "answers", role: "group",
                for c in QuizChoice::ALL {
                    button { key: "{c.as_str()}", id: "quiz-{c.as_str()}",
                        class: if answered.as_ref().is_some_and(|o| o.chosen == c) { "answer chosen" } else { "answer" },
                        disabled: answered.is_some(),
                        onclick: {
                            let item = item.clone();
                            move |_| outcomes.with_mut(|v| v.push(item.answer(c)))
                        },
                        {tr.t(c.message_id())}
                    }
                }
            }
            if let Some(o) = answered {
                QuizReason { outcome: o, reasons: item.reasons.clone() }
                div { class: "steps",
                    button { class: "big primary", id: "quiz-next", onclick: move |_| pos += 1, {tr.t("training-quiz-next")} }
                    button { class: "big", id: "quiz-finish", onclick: move |_| done.set(true), {tr.t("training-quiz-finish")} }
                }
            }
        }
    }
}

/// Right or not, and why (the engine's reasons on the key).
#[component]
fn QuizReason(outcome: QuizOutcome, reasons: Vec<Reason>) -> Element {
    let tr = use_tr();
    rsx! {
        section { class: if outcome.correct { "quiz-reason right" } else { "quiz-reason wrong" }, id: "quiz-reason", role: "status",
            p { id: "quiz-verdict",
                if outcome.correct {
                    {tr.t("training-quiz-right")}
                } else {
                    {tr.s("training-quiz-wrong", "expected", &tr.t(outcome.expected.message_id()))}
                }
            }
            h2 { {tr.t("training-quiz-why")} }
            ul {
                for r in reasons.iter() {
                    li { key: "{r.message}", {tr.t(&r.message)} }
                }
            }
        }
    }
}

/// The score per topic and what to revise; the run is kept in the practice store.
#[component]
fn QuizScores(items: Vec<QuizItem>, outcomes: Vec<QuizOutcome>) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let kept = outcomes.clone();
    use_hook(move || {
        if !kept.is_empty() {
            rt.send(Command::Practice(PracticeCmd::Quiz(kept)));
        }
    });
    let s = TopicScores::score(&items, &outcomes);
    let revise = s.to_revise();
    rsx! {
        div { class: "practice quiz",
            PracticeBanner {}
            h1 { class: "screen-title", id: "quiz-scores-title", {tr.t("training-quiz-title")} }
            p { id: "quiz-score",
                {tr.l10n_args("training-quiz-score", &[("correct", s.correct as usize), ("total", s.total as usize)])}
            }
            ul { id: "topic-scores",
                for (t, ts) in s.topics.iter() {
                    li { key: "{t.message_id()}", id: "{t.message_id()}",
                        {tr.t(t.message_id())} ": "
                        {tr.l10n_args("training-quiz-score", &[("correct", ts.correct as usize), ("total", ts.total as usize)])}
                    }
                }
            }
            h2 { {tr.t("training-quiz-revise")} }
            if revise.is_empty() {
                p { id: "revise-none", {tr.t("training-quiz-revise-none")} }
            }
            ul { id: "revise",
                for t in revise.iter() {
                    li { key: "{t.message_id()}", {tr.t(t.message_id())} }
                }
            }
            Link { class: "big", id: "quiz-back", to: Route::PracticeScreen {}, {tr.t("training-back")} }
        }
    }
}
