//! Settings: languages, auto-lock, the worker's city, duress passphrase, quick wipe, about.

use dioxus::prelude::*;
use sanad_core::directory::query::CITIES;
use sanad_core::passphrase::{PassStrength, strength};
use sanad_store::Secret;

use super::directory::city_name;
use crate::components::{LangSwitch, Notice};
use crate::i18n::use_tr;
use crate::runtime::{AppState, CaseCmd, Command, Problem};

/// Auto-lock choices, in seconds.
const IDLE_CHOICES: [u32; 5] = [60, 120, 300, 600, 900];

/// The settings screen.
#[component]
pub fn SettingsScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    // Which section's button was pressed last: its message shows there.
    let at = use_signal(|| "duress");
    let settings = (state.settings)();
    rsx! {
        h1 { {tr.t("settings-title")} }
        h2 { {tr.t("lang-interface")} }
        LangSwitch { label: tr.t("lang-interface"), current: tr.lang, interview: false }
        h2 { {tr.t("lang-interview")} }
        LangSwitch { label: tr.t("lang-interview"), current: (state.interview_lang)(), interview: true }
        label { class: "field",
            span { {tr.t("settings-auto-lock")} }
            select { id: "auto-lock",
                onchange: move |e| if let Ok(s) = e.value().parse() { rt.send(Command::Case(CaseCmd::SetIdleLock(s))) },
                for s in IDLE_CHOICES {
                    option { key: "{s}", value: "{s}", selected: s == settings.idle_lock_secs, {tr.n("settings-minutes", "n", (s / 60) as usize)} }
                }
            }
        }
        label { class: "field",
            span { {tr.t("settings-city")} }
            select { id: "city",
                onchange: move |e| { let v = e.value(); rt.send(Command::Case(CaseCmd::SetCity((!v.is_empty()).then_some(v)))) },
                option { value: "", selected: settings.city.is_none(), {tr.t("directory-any-city")} }
                for (c, _) in CITIES.iter().copied() {
                    option { key: "{c}", value: "{c}", selected: settings.city.as_deref() == Some(c), {city_name(c, &tr)} }
                }
            }
        }
        DuressSection { at, duress_set: settings.duress_set }
        ChangePassphrase { at }
        WipeSection {}
        AboutSection {}
    }
}

/// The duress passphrase: whether one is set, set it (typed twice), remove it (asked first).
#[component]
fn DuressSection(at: Signal<&'static str>, duress_set: bool) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut duress = use_signal(String::new);
    let mut duress2 = use_signal(String::new);
    let mut show = use_signal(|| false);
    let mut clear_asked = use_signal(|| false);
    let mut notice = state.notice;
    let mut at = at;
    rsx! {
    section { id: "duress",
        h2 { {tr.t("setup-duress")} }
        p { id: "duress-status", class: "note",
            {tr.t(if duress_set { "settings-duress-is-set" } else { "settings-duress-not-set" })} }
        p { class: "note", {tr.t("setup-duress-help")} }
        label { class: "field",
            span { {tr.t("setup-duress")} }
            input { r#type: if show() { "text" } else { "password" }, id: "settings-duress", class: "search", autocomplete: "off",
                oninput: move |e| duress.set(e.value()) }
        }
        label { class: "field",
            span { {tr.t("setup-duress-confirm")} }
            input { r#type: if show() { "text" } else { "password" }, id: "settings-duress-confirm", class: "search", autocomplete: "off",
                oninput: move |e| duress2.set(e.value()) }
        }
        label { class: "check",
            input { r#type: "checkbox", id: "settings-show", onchange: move |e| show.set(e.checked()) }
            span { {tr.t("setup-show-passphrase")} }
        }
        div { class: "steps",
            button { class: "big", id: "duress-save",
                onclick: move |_| {
                    at.set("duress");
                    if strength(&duress()) == PassStrength::TooShort {
                        return notice.set(Some(Problem::new("setup-too-short")));
                    }
                    if duress() != duress2() {
                        return notice.set(Some(Problem::new("setup-duress-mismatch")));
                    }
                    rt.send(Command::Case(CaseCmd::SetDuress(Some(Secret::new(duress())))));
                },
                {tr.t("settings-duress-set")}
            }
            if clear_asked() {
                div { class: "confirm", role: "alertdialog", id: "duress-clear-ask", "aria-labelledby": "duress-clear-q",
                    p { id: "duress-clear-q", {tr.t("settings-duress-clear-confirm")} }
                    div { class: "steps",
                        button { class: "big danger", id: "duress-clear-confirm",
                            onclick: move |_| { clear_asked.set(false); at.set("duress"); rt.send(Command::Case(CaseCmd::SetDuress(None))) },
                            {tr.t("settings-duress-clear")} }
                        button { class: "big", id: "duress-clear-cancel", onclick: move |_| clear_asked.set(false), {tr.t("cancel")} }
                    }
                }
            } else {
                button { class: "big", id: "duress-clear", onclick: move |_| clear_asked.set(true), {tr.t("settings-duress-clear")} }
            }
        }
        if at() == "duress" {
            Notice {}
        }
    }
    }
}

/// Quick wipe, asked first.
#[component]
fn WipeSection() -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut wipe_asked = use_signal(|| false);
    rsx! {
    section {
        h2 { {tr.t("settings-wipe")} }
        p { class: "note", {tr.t("settings-wipe-help")} }
        if wipe_asked() {
            div { class: "decided", role: "alertdialog", "aria-labelledby": "wipe-q",
                p { id: "wipe-q", strong { {tr.t("settings-wipe-confirm")} } }
                div { class: "steps",
                    button { class: "big danger", id: "wipe-confirm", onclick: move |_| { wipe_asked.set(false); rt.send(Command::Case(CaseCmd::Wipe)) }, {tr.t("settings-wipe-now")} }
                    button { class: "big", id: "wipe-cancel", onclick: move |_| wipe_asked.set(false), {tr.t("cancel")} }
                }
            }
        } else {
            button { class: "big danger", id: "wipe", onclick: move |_| wipe_asked.set(true), {tr.t("settings-wipe")} }
        }
    }
    }
}

/// What Sanad is and is not, the law, the version.
#[component]
fn AboutSection() -> Element {
    let tr = use_tr();
    rsx! {
    section { id: "about",
        h2 { {tr.t("about-title")} }
        p { {tr.t("about-what")} }
        p { {tr.t("about-not")} }
        p { {tr.t("about-law")} }
        p { {tr.t("about-open")} }
        p { class: "note", {tr.s("about-version", "version", env!("CARGO_PKG_VERSION"))} }
        ContentVersion {}
    }
    }
}

/// Which checklist content is in use, and why a kept file was refused.
#[component]
fn ContentVersion() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let c = (state.content)();
    let in_use = match c.version {
        Some(v) => tr.n("about-content-version", "version", v as usize),
        None => tr.t("about-content-builtin"),
    };
    rsx! {
        p { id: "about-content", class: "note", {in_use} }
        if !c.refused.is_empty() {
            div { id: "about-content-refused", class: "notice",
                p { {tr.t("about-content-refused")} }
                for f in c.refused {
                    p { class: "detail", lang: "en", dir: "ltr", "{f.kind}: {f.why}" }
                }
            }
        }
    }
}

/// Change the passphrase: the one in use, then the new one twice (shown on request).
#[component]
fn ChangePassphrase(at: Signal<&'static str>) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut old = use_signal(String::new);
    let mut new = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut show = use_signal(|| false);
    let mut notice = state.notice;
    let mut at = at;
    let kind = move || if show() { "text" } else { "password" };
    rsx! {
        section { id: "change-passphrase",
            h2 { {tr.t("settings-passphrase")} }
            label { class: "field",
                span { {tr.t("settings-passphrase-old")} }
                input { r#type: kind(), id: "pass-old", class: "search", autocomplete: "current-password", oninput: move |e| old.set(e.value()) }
            }
            label { class: "field",
                span { {tr.t("settings-passphrase-new")} }
                input { r#type: kind(), id: "pass-new", class: "search", autocomplete: "new-password", oninput: move |e| new.set(e.value()) }
            }
            label { class: "field",
                span { {tr.t("setup-confirm")} }
                input { r#type: kind(), id: "pass-again", class: "search", autocomplete: "new-password", oninput: move |e| again.set(e.value()) }
            }
            label { class: "check",
                input { r#type: "checkbox", id: "pass-show", onchange: move |e| show.set(e.checked()) }
                span { {tr.t("setup-show-passphrase")} }
            }
            button { class: "big", id: "pass-change",
                onclick: move |_| {
                    at.set("passphrase");
                    if strength(&new()) == PassStrength::TooShort {
                        return notice.set(Some(Problem::new("setup-too-short")));
                    }
                    if new() != again() {
                        return notice.set(Some(Problem::new("setup-mismatch")));
                    }
                    rt.send(Command::Case(CaseCmd::ChangePassphrase { old: Secret::new(old()), new: Secret::new(new()) }));
                },
                {tr.t("settings-passphrase-change")}
            }
            if at() == "passphrase" {
                Notice {}
            }
        }
    }
}
