//! The person's rights on the case screen (Law 09-08): the access export (a printable page
//! in Arabic or French, and its JSON), a correction of a note or the alias, withdrawing
//! consent to sharing, and erasing the case — each final step asked once more, naming
//! what is lost. The use cases are `sanad_service::rights` and `access`.

use dioxus::prelude::*;
use sanad_core::rights::RectifiedField;
use sanad_i18n::Lang;
use sanad_service::rights::RightsCmd;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command};

/// The rights section of one case (`case`: its id; `notes`: how many notes it has).
#[component]
pub fn CaseRights(case: String, notes: usize, withdrawn: bool) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let send = move |case: String, action: RightsCmd| {
        rt.send(Command::Case(CaseCmd::Rights { case, action }))
    };
    let export = (state.access_export)();
    rsx! {
        section { id: "case-rights",
            h2 { {tr.t("rights-title")} }
            p { class: "note", {tr.t("rights-intro")} }
            div { class: "steps",
                for (code, lang) in [("ar", Lang::Ar), ("fr", Lang::Fr)] {
                    button { class: "step", key: "{code}", id: "rights-export-{code}",
                        onclick: {
                            let case = case.clone();
                            move |_| send(case.clone(), RightsCmd::Export(lang))
                        },
                        {tr.t(&format!("rights-export-{code}"))}
                    }
                }
            }
            if let Some(x) = export {
                iframe { id: "access-export", title: tr.t("access-title"), srcdoc: x.html.clone(),
                    style: "width:100%;height:24em;border:1px solid #888" }
                div { class: "steps",
                    button { class: "step", id: "rights-print",
                        onclick: move |_| { document::eval("const f = document.getElementById('access-export'); if (f) f.contentWindow.print();"); },
                        {tr.t("rights-print")}
                    }
                    a { class: "step", id: "rights-json", download: "case.json",
                        href: format!("data:application/json;charset=utf-8,{}", percent(&x.json)),
                        {tr.t("rights-json")}
                    }
                }
            }
            RectifyForm { case: case.clone(), notes }
            FinalSteps { case: case.clone(), withdrawn }
        }
    }
}

/// A correction of a note or the alias (a new entry in the history).
#[component]
fn RectifyForm(case: String, notes: usize) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut target = use_signal(String::new);
    let mut value = use_signal(String::new);
    let send = move |case: String, action: RightsCmd| {
        rt.send(Command::Case(CaseCmd::Rights { case, action }))
    };
    rsx! {
        label { class: "field",
            span { {tr.t("rights-rectify-what")} }
            select { id: "rights-rectify-target", onchange: move |e| target.set(e.value()),
                option { value: "", {tr.t("rights-rectify-choose")} }
                option { value: "alias", {tr.t("access-alias")} }
                for i in 0..notes {
                    option { key: "{i}", value: "{i}", {tr.n("rights-rectify-note", "n", i + 1)} }
                }
            }
        }
        label { class: "field",
            span { {tr.t("rights-rectify-value")} }
            textarea { id: "rights-rectify-value", class: "search", rows: "2", oninput: move |e| value.set(e.value()) }
        }
        button { class: "big", id: "rights-rectify",
            onclick: {
                let case = case.clone();
                move |_| {
                    let field = match target().as_str() {
                        "alias" => RectifiedField::Alias,
                        n => match n.parse() { Ok(index) => RectifiedField::Note { index }, Err(_) => return },
                    };
                    send(case.clone(), RightsCmd::Rectify { field, value: value(), reason: String::new() });
                    value.set(String::new());
                    document::eval("const t = document.getElementById('rights-rectify-value'); if (t) t.value = '';");
                }
            },
            {tr.t("rights-rectify")}
        }
    }
}

/// Withdrawing sharing and erasing: each asked once more, naming what is lost.
#[component]
fn FinalSteps(case: String, withdrawn: bool) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut asked = use_signal(|| None::<&'static str>);
    let send = move |case: String, action: RightsCmd| {
        rt.send(Command::Case(CaseCmd::Rights { case, action }))
    };
    rsx! {
        if let Some(what) = asked() {
            div { class: "decided", role: "alertdialog", "aria-labelledby": "rights-q",
                p { id: "rights-q", {tr.t(&format!("rights-{what}-confirm"))} }
                div { class: "steps",
                    button { class: "big danger", id: "rights-confirm",
                        onclick: {
                            let case = case.clone();
                            move |_| {
                                asked.set(None);
                                if what == "erase" {
                                    send(case.clone(), RightsCmd::Erase);
                                    navigator().push(Route::CasesScreen {});
                                } else {
                                    send(case.clone(), RightsCmd::Withdraw);
                                }
                            }
                        },
                        {tr.t(&format!("rights-{what}"))}
                    }
                    button { class: "big", onclick: move |_| asked.set(None), {tr.t("cancel")} }
                }
            }
        } else {
            div { class: "steps",
                if withdrawn {
                    p { class: "tag", id: "rights-withdrawn", {tr.t("access-sharing-withdrawn")} }
                } else {
                    button { class: "big", id: "rights-withdraw", onclick: move |_| asked.set(Some("withdraw")), {tr.t("rights-withdraw")} }
                }
                button { class: "big danger", id: "rights-erase", onclick: move |_| asked.set(Some("erase")), {tr.t("rights-erase")} }
            }
        }
    }
}

/// Percent-encode text for a `data:` URL.
fn percent(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
