//! Facilitator mode: pick a set of studies, enter each group's answers, show the
//! comparison for the discussion; the knowledge test before and after, per participant
//! code (never a name); printable handouts of the studies in the three languages.

use dioxus::prelude::*;
use sanad_training::{
    GroupAnswer, KnowledgeTest, QuizChoice, QuizItem, TestRecord, compare_groups,
};
use std::collections::BTreeMap;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command, PracticeCmd};
use crate::views::{PracticeBanner, Story};

/// How many studies a set starts with.
const SET_SIZE: usize = 4;

/// The facilitator's screen.
#[component]
pub fn FacilitatorScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let training = (state.training)();
    let items: Vec<QuizItem> = training
        .as_ref()
        .map(|t| t.items.clone())
        .unwrap_or_default();
    // Studies by their title in the interface language (the id where there is none).
    let titles: BTreeMap<String, String> = training
        .map(|t| {
            t.library
                .studies()
                .iter()
                .map(|s| (s.id.clone(), s.story(tr.lang.code()).title.clone()))
                .collect()
        })
        .unwrap_or_default();
    let first: Vec<String> = items
        .iter()
        .take(SET_SIZE)
        .map(|i| i.study.clone())
        .collect();
    let mut set = use_signal(move || first);
    let chosen: Vec<QuizItem> = items
        .iter()
        .filter(|i| set().contains(&i.study))
        .cloned()
        .collect();
    rsx! {
        div { class: "practice facilitator",
            PracticeBanner {}
            h1 { class: "screen-title", id: "facilitator-title", {tr.t("training-facilitator-title")} }
            fieldset { class: "gender", id: "facilitator-set",
                legend { {tr.t("training-facilitator-set")} }
                div { class: "langs", role: "group",
                    for i in items.iter() {
                        button { key: "{i.study}", id: "set-{i.study}",
                            class: if set().contains(&i.study) { "lang on" } else { "lang" },
                            "aria-pressed": if set().contains(&i.study) { "true" } else { "false" },
                            onclick: {
                                let id = i.study.clone();
                                move |_| set.with_mut(|s| if let Some(p) = s.iter().position(|x| *x == id) { s.remove(p); } else { s.push(id.clone()); })
                            },
                            {titles.get(&i.study).cloned().unwrap_or_else(|| i.study.clone())}
                        }
                    }
                }
            }
            GroupEntry { set: chosen.clone(), titles: titles.clone() }
            PrePostTest { set: chosen, titles }
            Link { class: "big", id: "facilitator-back", to: Route::PracticeScreen {}, {tr.t("training-back")} }
        }
    }
}

/// Four choice buttons for one study; `on` is the choice made.
#[component]
fn Choices(
    prefix: String,
    study: String,
    on: Option<QuizChoice>,
    pick: EventHandler<QuizChoice>,
) -> Element {
    let tr = use_tr();
    rsx! {
        div { class: "langs", role: "group",
            for c in QuizChoice::ALL {
                button { key: "{c.as_str()}", id: "{prefix}-{study}-{c.as_str()}",
                    class: if on == Some(c) { "lang on" } else { "lang" },
                    "aria-pressed": if on == Some(c) { "true" } else { "false" },
                    onclick: move |_| pick.call(c),
                    {tr.t(c.message_id())}
                }
            }
        }
    }
}

/// The groups' answers, entered one group at a time, and the comparison.
#[component]
fn GroupEntry(set: Vec<QuizItem>, titles: BTreeMap<String, String>) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut group = use_signal(String::new);
    let mut picks = use_signal(BTreeMap::<String, QuizChoice>::new);
    let mut answers = use_signal(Vec::<GroupAnswer>::new);
    let mut shown = use_signal(|| false);
    let comparison = compare_groups(&set, &answers()).ok();
    let ids: Vec<String> = set.iter().map(|i| i.study.clone()).collect();
    rsx! {
        section { class: "groups", id: "group-entry",
            h2 { {tr.t("training-facilitator-add-group")} }
            label { class: "field",
                span { {tr.t("training-facilitator-group")} }
                input { id: "group-label", class: "search", r#type: "text", autocomplete: "off", oninput: move |e| group.set(e.value()) }
            }
            for i in set.iter() {
                div { key: "{i.study}", class: "group-row",
                    span { {titles.get(&i.study).cloned().unwrap_or_else(|| i.study.clone())} }
                    Choices { prefix: "group", study: i.study.clone(), on: picks().get(&i.study).copied(),
                        pick: { let id = i.study.clone(); move |c| picks.with_mut(|p| { p.insert(id.clone(), c); }) } }
                }
            }
            button { class: "big", id: "group-add",
                onclick: move |_| {
                    let g = group().trim().to_owned();
                    if g.is_empty() { return; }
                    let new: Vec<GroupAnswer> = picks().iter().map(|(s, c)| GroupAnswer { group: g.clone(), study: s.clone(), choice: *c }).collect();
                    answers.with_mut(|a| { a.retain(|x| x.group != g); a.extend(new); });
                    picks.set(BTreeMap::new());
                },
                {tr.t("training-facilitator-add-group")}
            }
            button { class: "big primary", id: "group-compare",
                onclick: move |_| {
                    shown.set(true);
                    rt.send(Command::Practice(PracticeCmd::Groups(ids.clone(), answers())));
                },
                {tr.t("training-facilitator-compare")}
            }
            if let (true, Some(c)) = (shown(), comparison) {
                table { id: "comparison",
                    for sc in c.studies.iter() {
                        tr { key: "{sc.study}",
                            th { {titles.get(&sc.study).cloned().unwrap_or_else(|| sc.study.clone())} }
                            td { class: "key", {tr.t("training-facilitator-expected")} ": " {tr.t(sc.expected.message_id())} }
                            for (g, choice, ok) in sc.groups.iter() {
                                td { key: "{g}", class: if *ok { "right" } else { "wrong" }, "data-group": "{g}",
                                    "{g}: " {tr.t(choice.message_id())} if *ok { " ✓" } else { " ✗" }
                                }
                            }
                        }
                    }
                }
                ul { id: "group-scores",
                    for (g, (ok, n)) in c.per_group.iter() {
                        li { key: "{g}", {tr.l10n_text_args("training-facilitator-group-score", &[("group", g.clone()), ("correct", ok.to_string()), ("total", n.to_string())])} }
                    }
                }
            }
        }
    }
}

/// The knowledge test before and after, per participant code.
#[component]
fn PrePostTest(set: Vec<QuizItem>, titles: BTreeMap<String, String>) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut code = use_signal(String::new);
    let mut post = use_signal(|| false);
    let mut picks = use_signal(BTreeMap::<String, QuizChoice>::new);
    let mut test = use_signal(KnowledgeTest::default);
    let mut bad = use_signal(|| false);
    let items = set.clone();
    rsx! {
        section { class: "test", id: "knowledge-test",
            h2 { {tr.t("training-test-title")} }
            label { class: "field",
                span { {tr.t("training-test-code")} }
                input { id: "test-code", class: "search", r#type: "text", autocomplete: "off", oninput: move |e| code.set(e.value()) }
            }
            div { class: "langs", role: "group",
                button { id: "test-pre", class: if !post() { "lang on" } else { "lang" }, onclick: move |_| post.set(false), {tr.t("training-test-pre")} }
                button { id: "test-post", class: if post() { "lang on" } else { "lang" }, onclick: move |_| post.set(true), {tr.t("training-test-post")} }
            }
            for i in set.iter() {
                div { key: "{i.study}", class: "group-row",
                    span { {titles.get(&i.study).cloned().unwrap_or_else(|| i.study.clone())} }
                    Choices { prefix: "test", study: i.study.clone(), on: picks().get(&i.study).copied(),
                        pick: { let id = i.study.clone(); move |c| picks.with_mut(|p| { p.insert(id.clone(), c); }) } }
                }
            }
            button { class: "big", id: "test-record",
                onclick: move |_| {
                    let p = picks();
                    let answers: Option<Vec<QuizChoice>> = items.iter().map(|i| p.get(&i.study).copied()).collect();
                    let mut t = test();
                    if t.items != items { t = KnowledgeTest::new(items.clone()); }
                    match answers.map(|a| t.record(&code(), post(), &a)) {
                        Some(Ok(score)) => {
                            bad.set(false);
                            let c = sanad_training::check_participant_code(&code()).unwrap_or_default();
                            rt.send(Command::Practice(PracticeCmd::Test(TestRecord { code: c, post: post(), score })));
                            test.set(t);
                            picks.set(BTreeMap::new());
                        }
                        _ => bad.set(true),
                    }
                },
                {tr.t("training-test-record")}
            }
            if bad() {
                p { class: "notice", id: "test-bad", role: "alert", {tr.t("training-test-bad")} }
            }
            ul { id: "improvements",
                for imp in test().improvements().iter() {
                    li { key: "{imp.code}", id: "improvement-{imp.code}",
                        {tr.l10n_text_args("training-test-improvement", &[
                            ("code", imp.code.clone()),
                            ("pre", imp.pre.map_or_else(|| tr.t("training-test-missing"), |v| v.to_string())),
                            ("post", imp.post.map_or_else(|| tr.t("training-test-missing"), |v| v.to_string())),
                        ])}
                    }
                }
            }
        }
    }
}

/// Printable handouts: every study in the three languages.
#[component]
pub fn HandoutScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let studies = (state.training)()
        .map(|t| t.library.studies().to_vec())
        .unwrap_or_default();
    rsx! {
        div { class: "practice handout",
            PracticeBanner {}
            h1 { class: "screen-title", id: "handout-title", {tr.t("training-handout-title")} }
            div { class: "steps no-print",
                button { class: "big primary", id: "handout-print",
                    onclick: move |_| { let _ = document::eval("window.print()"); },
                    {tr.t("training-handout-print")}
                }
                Link { class: "big", id: "handout-back", to: Route::PracticeScreen {}, {tr.t("training-back")} }
            }
            for s in studies.iter() {
                section { key: "{s.id}", class: "handout-study",
                    for lang in ["en", "fr", "ar"] {
                        Story { key: "{lang}", study: s.clone(), lang }
                    }
                }
            }
        }
    }
}
