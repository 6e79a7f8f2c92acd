//! Sync: last success, pending, quarantined, the last error in plain words, "sync now",
//! and enrollment when the device has none.

use dioxus::prelude::*;

use crate::components::{EnrollFields, Notice, when};
use crate::i18n::use_tr;
use crate::runtime::{AppState, CaseCmd, Command};

/// The sync screen.
#[component]
pub fn SyncScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let server = use_signal(String::new);
    let code = use_signal(String::new);
    let org = use_signal(String::new);
    let s = (state.sync)();
    let settings = (state.settings)();
    rsx! {
        h1 { {tr.t("sync-title")} }
        dl { class: "facts", id: "sync-status",
            dt { {tr.t("sync-server")} }
            dd { dir: "ltr", {s.server.clone().unwrap_or_else(|| tr.t("sync-none"))} }
            dt { {tr.t("sync-pending")} }
            dd { id: "sync-pending",
                {tr.n("home-waiting", "n", s.waiting.cases as usize)}
                " "
                {tr.n("home-waiting-notes", "n", s.waiting.notes as usize)}
            }
            dt { {tr.t("sync-last-success")} }
            dd { dir: "ltr", {s.last_success_ms.map(when).unwrap_or_else(|| tr.t("sync-never"))} }
            if !s.quarantined.is_empty() {
                dt { {tr.t("sync-quarantined")} }
                dd { {tr.n("sync-quarantined-n", "n", s.quarantined.len())} }
            }
        }
        if let Some(p) = &s.last_error {
            div { class: "notice error", role: "status", id: "sync-error",
                p { {tr.t("sync-last-error")} }
                if let Some(d) = &p.detail {
                    details { class: "detail",
                        summary { {tr.t("sync-technical")} }
                        p { lang: "en", dir: "ltr", {d.clone()} }
                    }
                }
            }
        }
        if s.running {
            p { class: "note", role: "status", id: "sync-running", {tr.t("sync-running")} }
        }
        if s.server.is_some() {
            p { class: "note", id: "sync-when",
                if settings.sync_interval_secs == 0 { {tr.t("sync-when-changes")} }
                else { {tr.n("sync-when-every", "n", (settings.sync_interval_secs / 60) as usize)} }
            }
            button { class: "big primary", id: "sync-now", disabled: s.running,
                onclick: move |_| rt.send(Command::Case(CaseCmd::SyncNow)), {tr.t("sync-now")} }
        } else {
            h2 { {tr.t("setup-enroll")} }
            p { class: "note", {tr.t("setup-enroll-help")} }
            EnrollFields { prefix: "sync", server, code, org }
            button { class: "big primary", id: "enroll", disabled: s.running,
                onclick: move |_| rt.send(Command::Case(CaseCmd::Enroll { server: server().trim().to_owned(), code: code().trim().to_owned(), org: org().trim().to_owned() })),
                {tr.t("sync-enroll")}
            }
        }
        Notice {}
        p { class: "note", {tr.t("sync-explain")} }
    }
}
