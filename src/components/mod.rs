//! Presentational pieces shared by the screens: the header, messages, the language switch.

use dioxus::prelude::*;
use sanad_i18n::Lang;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command};
use crate::views::EmergencyList;

/// The routed screens' layout: header, messages, then the current screen.
#[component]
pub fn Shell() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let route = use_route::<Route>();
    let title = route_title(&route);
    // A message belongs to the screen it was shown on: a new screen starts without one
    // (also the wrong-passphrase warning once the store is open).
    let mut notice = state.notice;
    use_effect(use_reactive!(|route| {
        let _ = route;
        if notice.peek().is_some() {
            notice.set(None);
        }
    }));
    rsx! {
        PageHead { title_id: title }
        Header { routed: true }
        if let Some(err) = (state.error)() {
            p { class: "error", role: "alert", {tr.s("error-rules", "detail", &err)} }
        }
        if !places_own_notice(&route) {
            Notice {}
        }
        main { class: "screen", Outlet::<Route> {} }
    }
}

/// Screens that show messages next to the button that caused them (see [`Notice`]).
fn places_own_notice(route: &Route) -> bool {
    matches!(
        route,
        Route::ResultScreen {}
            | Route::CaseScreen { .. }
            | Route::SettingsScreen {}
            | Route::SyncScreen {}
    )
}

/// The message id of a screen's name (page title).
fn route_title(route: &Route) -> &'static str {
    match route {
        Route::HomeScreen {} | Route::NotFound { .. } => "nav-home",
        Route::ScreeningScreen {} => "screening-title",
        Route::ResultScreen {} => "screening-result",
        Route::IndicatorsScreen {} => "indicators-title",
        Route::EmergencyScreen {} => "emergency-title",
        Route::DirectoryScreen {} | Route::ServiceScreen { .. } => "directory-title",
        Route::CasesScreen {} | Route::CaseScreen { .. } => "cases-title",
        Route::SyncScreen {} => "sync-title",
        Route::SettingsScreen {} => "settings-title",
        Route::PracticeScreen {} | Route::PracticeStudyScreen { .. } => "training-home-title",
        Route::QuizScreen {} => "training-quiz-title",
        Route::FacilitatorScreen {} => "training-facilitator-title",
        Route::HandoutScreen {} => "training-handout-title",
    }
}

/// The document's head for every renderer: the translated page title naming the screen,
/// a mobile viewport, and the interface language and direction on `<html>` itself.
#[component]
pub fn PageHead(title_id: &'static str) -> Element {
    let tr = use_tr();
    let (lang, dir) = (tr.lang.code(), tr.lang.dir());
    use_effect(use_reactive!(|(lang, dir)| {
        let _ = document::eval(&format!(
            "document.documentElement.lang = '{lang}'; document.documentElement.dir = '{dir}';"
        ));
    }));
    let title = format!("{} · {}", tr.t(title_id), tr.t("app-name"));
    rsx! {
        document::Title { "{title}" }
        document::Meta { name: "viewport", content: "width=device-width, initial-scale=1" }
    }
}

/// Header with the app's name, the language switch and the emergency button (one tap from
/// any screen, locked or not).
#[component]
pub fn Header(routed: bool) -> Element {
    let tr = use_tr();
    let mut sos = use_signal(|| false);
    rsx! {
        header { class: "bar",
            if routed {
                Link { class: "brand", id: "home", to: Route::HomeScreen {}, "aria-label": tr.t("nav-home-brand"), {tr.t("app-name")} }
            } else {
                span { class: "brand", {tr.t("app-name")} }
            }
            LangSwitch { label: tr.t("lang-interface"), current: tr.lang, interview: false }
            if routed {
                Link { class: "sos", id: "sos", to: Route::EmergencyScreen {}, "aria-label": tr.t("sos-label"), "SOS" }
            } else {
                button { class: "sos", id: "sos", "aria-label": tr.t("sos-label"), "aria-expanded": if sos() { "true" } else { "false" },
                    onclick: move |_| sos.toggle(), "SOS" }
            }
        }
        if sos() && !routed {
            section { class: "screen", EmergencyList {} }
        }
    }
}

/// The message of the last failure or confirmation, with a dismiss button. Screens put it
/// next to the button or field the message is about; it takes the focus when it appears
/// (so a screen reader reads it, and the eye finds it) and is cleared on the next screen.
#[component]
pub fn Notice() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let Some(p) = (state.notice)() else {
        return rsx! {};
    };
    let text = match p.n {
        Some(n) => tr.n(p.id, "n", n.max(0) as usize),
        None => tr.t(p.id),
    };
    let ok = p.id.ends_with("-saved") || p.id.ends_with("-removed");
    rsx! {
        div { class: if ok { "notice ok" } else { "notice error" }, role: if ok { "status" } else { "alert" }, id: "notice",
            "aria-live": if ok { "polite" } else { "assertive" }, tabindex: "-1",
            onmounted: move |e| async move { let _ = e.set_focus(true).await; },
            p { {text} }
            if let Some(d) = p.detail { p { class: "detail", lang: "en", dir: "ltr", {d} } }
            button { class: "step", id: "dismiss", onclick: move |_| rt.send(Command::Dismiss), {tr.t("notice-dismiss")} }
        }
    }
}

/// The server address and one-time code of an enrollment (set-up and sync screens), as
/// uncontrolled inputs writing into the caller's signals. Ids are `<prefix>-server` and
/// `<prefix>-code`.
#[component]
pub fn EnrollFields(
    prefix: &'static str,
    server: Signal<String>,
    code: Signal<String>,
    org: Signal<String>,
) -> Element {
    let tr = use_tr();
    let (mut server, mut code, mut org) = (server, code, org);
    let built_in = crate::backend::BUILT_IN_ORG;
    rsx! {
        label { class: "field",
            span { {tr.t("sync-server")} }
            input { r#type: "url", id: "{prefix}-server", class: "search", dir: "ltr", autocomplete: "off",
                placeholder: "https://", oninput: move |e| server.set(e.value()) }
        }
        label { class: "field",
            span { {tr.t("sync-code")} }
            input { r#type: "text", id: "{prefix}-code", class: "search", dir: "ltr", autocomplete: "off",
                oninput: move |e| code.set(e.value()) }
        }
        if let Some(digits) = built_in {
            p { class: "note", id: "{prefix}-org-builtin", {tr.s("sync-org-builtin", "digits", digits)} }
        } else {
            label { class: "field",
                span { {tr.t("sync-org")} }
                input { r#type: "text", id: "{prefix}-org", class: "search", dir: "ltr", autocomplete: "off",
                    inputmode: "numeric", placeholder: "00000 00000 00000 00000 00000 00000 00000 00000",
                    oninput: move |e| org.set(e.value()) }
                span { class: "note", {tr.t("sync-org-help")} }
            }
        }
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

/// A date and time in Morocco (`YYYY-MM-DD HH:MM`, the real zone rules) from ms since the
/// epoch.
pub fn when(ms: i64) -> String {
    sanad_service::morocco_time(ms)
}
