use dioxus::prelude::*;
use sanad_core::Strength;
use sanad_core::lookup::{Lookup, LookupHit};

use crate::i18n::{Tr, use_tr};
use crate::routes::Route;
use crate::runtime::{AppState, Command};

/// Indicator lookup by word, in any of the three languages: search as you type, the
/// matching words highlighted, each hit with its label, strengths for adults and children,
/// the question to read out and the help; "ask this" when a screening is open.
#[component]
pub fn IndicatorsScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut typed = use_signal(String::new);
    let found = (state.lookup)();
    let screening = (state.screening)();
    let open = screening.current.is_some() || screening.answered > 0;
    rsx! {
        h1 { {tr.t("indicators-title")} }
        // Uncontrolled input: the webview renderers drop keystrokes on controlled inputs.
        input { r#type: "search", id: "indicator-query", class: "search", "aria-label": tr.t("indicators-search"),
            placeholder: tr.t("indicators-search"), autocomplete: "off",
            oninput: move |e| {
                typed.set(e.value());
                rt.send(Command::SearchIndicators(e.value()));
            }
        }
        if !typed().trim().is_empty() {
            p { class: "count", id: "indicator-count", role: "status", {tr.n("lookup-count", "count", found.hits.len())} }
        }
        if let Some(words) = &found.showing_for {
            p { class: "note", id: "indicator-relaxed", role: "status",
                {tr.s(if found.any { "lookup-showing-any" } else { "lookup-showing-all" }, "words", &words.join(", "))}
            }
        }
        if found.hits.is_empty() && !typed().trim().is_empty() {
            p { class: "note", {tr.t("indicators-none")} }
        }
        ul { class: "hits", id: "indicator-hits",
            for h in found.hits.iter() {
                IndicatorHit { key: "{h.code}", hit: h.clone(), found: found.clone(), open }
            }
        }
    }
}

/// A text with the words that match the query in `mark`.
fn marked(found: &Lookup, text: &str) -> Element {
    rsx! {
        for (i, (run, hit)) in found.highlight(text).into_iter().enumerate() {
            if hit { mark { key: "{i}", {run} } } else { span { key: "{i}", {run} } }
        }
    }
}

fn strength_name(tr: &Tr, s: Strength) -> String {
    tr.t(match s {
        Strength::Strong => "lookup-strength-strong",
        Strength::Medium => "lookup-strength-medium",
        Strength::Weak => "lookup-strength-weak",
    })
}

/// One hit: texts in the interface language (whatever language the query was in).
#[component]
fn IndicatorHit(hit: LookupHit, found: Lookup, open: bool) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    let id = sanad_i18n::code_message_id(hit.code);
    let (label, question, help) = (
        tr.t(&format!("{id}.label")),
        tr.t(&id),
        tr.t(&format!("{id}.help")),
    );
    let strengths = hit.strength.map(|s| {
        let mut parts = Vec::new();
        if let Some(a) = s.adult_labour {
            parts.push(tr.s("lookup-adult", "strength", &strength_name(&tr, a)));
        }
        if let Some(c) = s.child_labour {
            parts.push(tr.s("lookup-child", "strength", &strength_name(&tr, c)));
        }
        parts
    });
    let code = hit.code;
    rsx! {
        li { class: "hit", id: "hit-{code}",
            h2 { class: "label", {marked(&found, &label)} }
            if let Some(d) = hit.dimension { p { class: "dim-name", {tr.t(&format!("dim-{d}"))} } }
            if let Some(parts) = strengths {
                p { class: "tags strengths",
                    for p in parts { span { key: "{p}", class: "tag", {p.clone()} } }
                }
            }
            h3 { {tr.t("lookup-question")} }
            p { class: "q", {marked(&found, &question)} }
            h3 { {tr.t("lookup-help")} }
            p { class: "help", {marked(&found, &help)} }
            if open {
                button { class: "big", id: "ask-{code}",
                    onclick: move |_| {
                        rt.send(Command::AskIndicator(code.to_owned()));
                        nav.push(Route::ScreeningScreen {});
                    },
                    {tr.t("lookup-ask")}
                }
            }
        }
    }
}
