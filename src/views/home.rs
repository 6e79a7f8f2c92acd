use dioxus::prelude::*;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command};
use crate::views::FollowUps;

/// "New screening": starts at once when nothing is unsaved; otherwise asks first, since
/// the unsaved interview would be discarded (used on Home and on the result).
#[component]
pub fn NewScreeningButton(id: &'static str, primary: bool, label: String) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let mut confirm = use_signal(|| false);
    let unsaved = (state.draft_available)();
    if unsaved && confirm() {
        return rsx! {
            div { class: "confirm", id: "discard-confirm", role: "alertdialog", "aria-labelledby": "discard-question",
                p { id: "discard-question", {tr.n("home-discard-question", "n", (state.screening)().answered)} }
                div { class: "steps",
                    button { class: "big danger", id: "discard-yes",
                        onclick: move |_| {
                            confirm.set(false);
                            rt.send(Command::NewScreening);
                            nav.push(Route::ScreeningScreen {});
                        },
                        {tr.t("home-discard-yes")}
                    }
                    button { class: "big", id: "discard-no",
                        onmounted: move |e| async move { let _ = e.set_focus(true).await; },
                        onclick: move |_| confirm.set(false), {tr.t("home-discard-no")} }
                }
            }
        };
    }
    rsx! {
        button { class: if primary { "big primary" } else { "big" }, id: id,
            onclick: move |_| {
                if unsaved {
                    confirm.set(true);
                } else {
                    rt.send(Command::NewScreening);
                    nav.push(Route::ScreeningScreen {});
                }
            },
            {label.clone()}
        }
    }
}

/// Home: large actions, the unsynced count, and "resume" when a screening was left open.
#[component]
pub fn HomeScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let resume = (state.draft_available)();
    let sync = (state.sync)();
    rsx! {
        h1 { class: "title", {tr.t("app-name")} }
        p { class: "tagline", {tr.t("app-tagline")} }
        FollowUps {}
        nav { class: "actions",
            if resume {
                button { class: "big primary", id: "resume-screening",
                    onclick: move |_| { nav.push(Route::ScreeningScreen {}); },
                    {tr.n("home-resume", "n", (state.screening)().answered)}
                }
            }
            NewScreeningButton { id: "new-screening", primary: !resume, label: tr.t("home-new-screening") }
            Link { class: "big", id: "open-directory", to: Route::DirectoryScreen {}, {tr.t("home-directory")} }
            Link { class: "big", id: "open-indicators", to: Route::IndicatorsScreen {}, {tr.t("home-indicators")} }
            Link { class: "big", id: "open-cases", to: Route::CasesScreen {}, {tr.t("home-cases")} }
            Link { class: "big practice-link", id: "open-practice", to: Route::PracticeScreen {}, {tr.t("training-open")} }
            Link { class: "big", id: "open-sync", to: Route::SyncScreen {},
                {tr.t("home-sync")}
                // Cases, as the worker counts them; no "all sent" while nothing can be sent.
                if sync.server.is_some() {
                    span { class: "badge", id: "unsynced", {tr.n("home-unsynced", "n", sync.waiting.cases as usize)} }
                }
            }
            // What is waiting, as cases and notes; never a promise when nothing can be sent.
            p { class: "sync-status", id: "sync-status",
                if sync.server.is_none() {
                    {tr.t("home-sync-not-connected")}
                } else {
                    {tr.n("home-waiting", "n", sync.waiting.cases as usize)}
                    " "
                    {tr.n("home-waiting-notes", "n", sync.waiting.notes as usize)}
                }
            }
            Link { class: "big danger", id: "open-emergency", to: Route::EmergencyScreen {}, {tr.t("home-emergency")} }
            div { class: "steps",
                Link { class: "big", id: "open-settings", to: Route::SettingsScreen {}, {tr.t("home-settings")} }
                button { class: "big", id: "lock", onclick: move |_| rt.send(Command::Case(CaseCmd::Lock)), {tr.t("home-lock")} }
            }
        }
    }
}
