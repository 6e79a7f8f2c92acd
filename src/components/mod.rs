//! Presentational pieces shared by the screens: the shell and the language switch.

use dioxus::prelude::*;
use sanad_i18n::Lang;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command};

/// Header with the app's name, the language switch and the emergency button (one tap from
/// any screen), then the current screen.
#[component]
pub fn Shell() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    rsx! {
        header { class: "bar",
            Link { class: "brand", to: Route::HomeScreen {}, "aria-label": tr.t("nav-home"), {tr.t("app-name")} }
            LangSwitch { label: tr.t("lang-interface"), current: tr.lang, interview: false }
            Link { class: "sos", to: Route::EmergencyScreen {}, "aria-label": tr.t("home-emergency"), "SOS" }
        }
        if let Some(err) = (state.error)() {
            p { class: "error", role: "alert", {tr.s("error-rules", "detail", &err)} }
        }
        main { class: "screen", Outlet::<Route> {} }
    }
}

/// Three buttons, one per language, each written in its own language.
#[component]
pub fn LangSwitch(label: String, current: Lang, interview: bool) -> Element {
    let rt = use_coroutine_handle::<Command>();
    rsx! {
        div { class: "langs", role: "group", "aria-label": "{label}",
            for lang in Lang::ALL {
                button {
                    id: if interview { format!("interview-lang-{}", lang.code()) } else { format!("ui-lang-{}", lang.code()) },
                    class: if lang == current { "lang on" } else { "lang" },
                    lang: lang.code(),
                    "aria-pressed": if lang == current { "true" } else { "false" },
                    onclick: move |_| rt.send(if interview { Command::SetInterviewLang(lang) } else { Command::SetUiLang(lang) }),
                    {lang.native_name()}
                }
            }
        }
    }
}
