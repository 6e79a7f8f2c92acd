use dioxus::prelude::*;

use crate::i18n::use_tr;
use crate::runtime::{AppState, Command};

/// Indicator lookup by word, in any of the three languages.
#[component]
pub fn IndicatorsScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut typed = use_signal(String::new);
    let hits = (state.lookup)();
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
        if hits.is_empty() && !typed().trim().is_empty() {
            p { class: "note", {tr.t("indicators-none")} }
        }
        ul { class: "hits", id: "indicator-hits",
            for h in hits.iter() {
                li { key: "{h.code}", class: "hit",
                    h2 { {h.label.clone()} }
                    if let Some(d) = h.dimension { p { class: "dim-name", {tr.t(&format!("dim-{d}"))} } }
                    p { class: "q", {h.question.clone()} }
                    p { class: "help", {h.help.clone()} }
                }
            }
        }
    }
}
