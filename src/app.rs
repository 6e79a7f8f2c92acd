//! The root component: texts, state, the runtime task, and the router.

use dioxus::prelude::*;
use sanad_i18n::{Lang, Localizer};
use std::rc::Rc;

use crate::routes::Route;
use crate::runtime::{AppState, DirectoryView, ScreeningView, Services, use_runtime};

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
    let l10n = use_context_provider(|| l10n.0);
    let state = AppState {
        ui_lang: use_signal(|| Lang::Fr),
        interview_lang: use_signal(|| Lang::Fr),
        screening: use_signal(ScreeningView::default),
        lookup: use_signal(Vec::new),
        directory: use_signal(DirectoryView::default),
        error: use_signal(|| None),
    };
    use_context_provider(|| state);
    let services = use_hook(|| Rc::new(Services::load(&l10n, &data_dir)));
    let mut directory = state.directory;
    use_hook(|| directory.set(services.directory_view()));
    use_runtime(state, services);
    let lang = (state.ui_lang)();
    rsx! {
        style { {CSS} }
        div { class: "app", dir: lang.dir(), lang: lang.code(),
            Router::<Route> {}
        }
    }
}
