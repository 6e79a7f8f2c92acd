//! The root component: texts, state, the runtime task, the gate and the router.

use dioxus::prelude::*;
use sanad_i18n::{Lang, Localizer};
use std::rc::Rc;

use crate::components::{Header, PageHead};
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command, GateView, use_runtime};
use crate::views::{FirstRunScreen, UnlockScreen};

/// The app's styles, embedded so every renderer (desktop, mobile, tests) has them.
pub const CSS: &str = include_str!("../assets/main.css");

/// Root component, keeping its data in the platform's data directory.
#[component]
pub fn App() -> Element {
    rsx! { AppIn { data_dir: crate::platform::data_dir() } }
}

/// The app with its data in `data_dir` (tests give each app its own directory).
#[component]
pub fn AppIn(data_dir: std::path::PathBuf) -> Element {
    let l10n = use_hook(|| Localizer::new().map(Rc::new));
    let l10n = match l10n {
        Ok(l) => l,
        // The locale files are embedded and checked by the test suite; if they still fail,
        // say so plainly rather than showing a blank window.
        Err(e) => return rsx! { p { "Sanad cannot start: {e}" } },
    };
    rsx! { Root { l10n: Shared(l10n), data_dir } }
}

/// Shared texts, compared by identity (props must be comparable).
#[derive(Clone)]
struct Shared(Rc<Localizer>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
fn Root(l10n: Shared, data_dir: std::path::PathBuf) -> Element {
    // The texts change when the organisation's checklist content is loaded.
    let texts = use_signal(|| l10n.0.clone());
    let l10n = use_context_provider(|| texts);
    let state = use_context_provider(|| {
        let lang = crate::platform::load_ui_lang(&data_dir).unwrap_or(Lang::Fr);
        let gate = if crate::backend::store_exists(&data_dir) {
            GateView::Locked {
                failed: 0,
                attempts_left: 0,
                wait_secs: 0,
            }
        } else {
            GateView::FirstRun
        };
        AppState::new(lang, gate)
    });
    let rt = use_runtime(state, l10n, data_dir);
    // Lock when the app goes to the background (phone) or the window is hidden: the
    // webview reports it the same way on every platform.
    use_future(move || async move {
        let mut hidden = document::eval(
            "document.addEventListener('visibilitychange', () => { if (document.hidden) dioxus.send(true); });",
        );
        while hidden.recv::<bool>().await.is_ok() {
            if (state.gate)() == GateView::Unlocked {
                rt.send(Command::Case(CaseCmd::Lock));
            }
        }
    });
    #[cfg(feature = "bench-hooks")]
    bench_reports(state, rt);
    let lang = (state.ui_lang)();
    let gate = (state.gate)();
    rsx! {
        style { {CSS} }
        div { class: "app", dir: lang.dir(), lang: lang.code(),
            match gate {
                GateView::Unlocked => rsx! { Router::<Route> {} },
                GateView::FirstRun => rsx! { PageHead { title_id: "setup-title" } Header { routed: false } main { class: "screen", FirstRunScreen {} } },
                GateView::Locked { .. } | GateView::Busy => rsx! { PageHead { title_id: "unlock-title" } Header { routed: false } main { class: "screen", UnlockScreen {} } },
            }
        }
    }
}

/// Start-up markers for the benchmark (feature `bench-hooks` only).
#[cfg(feature = "bench-hooks")]
fn bench_reports(state: AppState, rt: Coroutine<Command>) {
    use crate::bench;
    let mut stage = use_signal(|| 0u8);
    use_effect(move || {
        if !bench::enabled() {
            return;
        }
        let gate = (state.gate)();
        let dir_loaded = (state.directory)().loaded;
        let cases = (state.cases)().len();
        let want_cases = bench::passphrase().is_some();
        match stage() {
            0 => {
                stage.set(1);
                bench::report_after_paint("SANAD_FIRST_PAINT", false);
                if let Some(p) = bench::passphrase() {
                    rt.send(Command::Case(CaseCmd::Unlock(sanad_store::Secret::new(p))));
                }
            }
            1 if gate == GateView::Unlocked && want_cases => {
                stage.set(2);
                rt.send(Command::Case(CaseCmd::ListCases(String::new())));
            }
            s @ (1 | 2) if dir_loaded && (!want_cases || (s == 2 && cases > 0)) => {
                stage.set(3);
                bench::report_after_paint("SANAD_READY", true);
            }
            _ => {}
        }
    });
}
