//! Referrals that close the loop: the terms of the referrals made on the result screen
//! (urgency, exactly what the person agrees to share), one referral on the case screen
//! with only its legal next steps, the slip with its QR code, and the follow-ups on the
//! home screen.

use dioxus::prelude::*;
use sanad_core::referral::{NewReferral, SharedField, SlipLanguage, Step, Urgency};

use crate::backend::{ReferralCommand, ReferralRow};
use crate::components::when;
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command};
use sanad_service::status_key;

/// The command that records a referral to `service` with the terms set on the result
/// screen; the slip is in the service's first language among ar, fr and en (else the
/// interface language).
pub fn refer_command(
    state: &AppState,
    case: String,
    category: sanad_core::RefCategory,
    service: String,
    languages: &[String],
    ui: sanad_i18n::Lang,
) -> Command {
    let terms = state.referral_terms.peek().clone();
    let language = languages
        .iter()
        .find_map(|l| SlipLanguage::parse(l))
        .or_else(|| SlipLanguage::parse(ui.code()))
        .unwrap_or(SlipLanguage::Fr);
    let new = NewReferral {
        category,
        service: Some(service),
        urgency: terms.urgency,
        language,
        receipt: terms.receipt(),
    };
    Command::Case(CaseCmd::Referral(ReferralCommand::Refer { case, new }))
}

/// How soon, and what the person agrees to share with the service (nothing ticked first:
/// each item is asked).
#[component]
pub fn ReferralTerms() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let mut terms = state.referral_terms;
    let t = terms();
    rsx! {
        fieldset { class: "referral-terms", id: "referral-urgency",
            legend { {tr.t("referral-urgency")} }
            for (k, u) in Urgency::ALL.map(|u| (u.as_str(), u)) {
                label { class: "check", key: "{k}",
                    input { r#type: "radio", name: "urgency", id: "urgency-{k}", checked: t.urgency == u,
                        onchange: move |_| terms.with_mut(|x| x.urgency = u) }
                    span { {tr.t(&format!("urgency-{k}"))} }
                }
            }
        }
        fieldset { class: "referral-terms", id: "referral-share",
            legend { {tr.t("referral-share-title")} }
            p { class: "note", {tr.t("referral-share-help")} }
            for (k, f) in SharedField::ALL.map(|f| (f.as_str(), f)) {
                div { key: "{k}",
                    label { class: "check",
                        input { r#type: "checkbox", id: "share-{k}",
                            onchange: move |e| terms.with_mut(|x| {
                                if e.checked() { x.fields.insert(f); } else { x.fields.remove(&f); }
                            }) }
                        span { {tr.t(&format!("share-{k}"))} }
                    }
                    if f.is_typed() && t.fields.contains(&f) {
                        input { class: "search", id: "share-value-{k}", dir: "auto", autocomplete: "off",
                            "aria-label": tr.t(&format!("share-{k}")),
                            oninput: move |e| terms.with_mut(|x| { x.details.insert(f, e.value()); }) }
                    }
                }
            }
        }
    }
}

/// One referral of a case: category, service, status, urgency and due date; only the steps
/// that may follow are offered, each confirmed once; a partner's answer carries the code
/// from the slip; the slip itself.
#[component]
pub fn ReferralItem(case: String, closed: bool, r: ReferralRow, name: Option<String>) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut pending = use_signal(|| None::<Step>);
    let id = r.id.clone();
    rsx! {
        li { class: "ref", id: "referral-{id}",
            strong { {tr.category(r.category)} }
            if let Some(n) = &name { " · " bdi { class: "service-name", dir: "auto", {n.clone()} } }
            " — "
            span { class: "status", id: "status-{id}", {tr.t(&format!("referral-{}", status_key(r.status)))} }
            if let (Some(u), Some(due)) = (r.urgency, r.due_ms) {
                p { class: "note",
                    {tr.t(&format!("urgency-{}", u.as_str()))} " · "
                    span { dir: "ltr", {tr.s("referral-due", "when", &when(due))} }
                }
            }
            if !closed {
                if let Some(step) = pending() {
                    StepConfirm { case: case.clone(), referral: id.clone(), step, pending }
                } else if !r.next.is_empty() {
                    div { class: "steps", id: "next-steps-{id}",
                        for step in r.next.iter().copied() {
                            button { class: "step", key: "{step.as_str()}", id: "step-{step.as_str()}-{id}",
                                onclick: move |_| pending.set(Some(step)),
                                {tr.t(&format!("referral-step-{}", step.as_str()))}
                            }
                        }
                    }
                }
            }
            if r.slip {
                button { class: "step", id: "show-slip-{id}",
                    onclick: {
                        let (case, referral) = (case.clone(), id.clone());
                        let service_name = name.clone().unwrap_or_default();
                        let mut slip = state.slip;
                        move |_| {
                            slip.set(None);
                            rt.send(Command::Case(CaseCmd::Referral(ReferralCommand::Slip { case: case.clone(), referral: referral.clone(), service_name: service_name.clone() })))
                        }
                    },
                    {tr.t("referral-show-slip")}
                }
            }
        }
    }
}

/// The slip shown (for a referral of the case on screen): its lines in the service's
/// language, the QR code carrying the same, and "print".
#[component]
pub fn SlipPanel(referrals: Vec<String>) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let mut slip = state.slip;
    let Some(s) = slip().filter(|s| referrals.contains(&s.referral)) else {
        return rsx! {};
    };
    rsx! {
        section { class: "slip", id: "slip", lang: s.lang, dir: s.dir,
            h2 { {s.title.clone()} }
            dl {
                for (i, (label, value)) in s.lines.iter().enumerate() {
                    div { key: "{i}", dt { {label.clone()} } dd { dir: "auto", {value.clone()} } }
                }
            }
            // The SVG is made by the service from the slip's own lines (no outside markup).
            div { class: "qr", id: "slip-qr", role: "img", "aria-label": tr.t("slip-qr-label"),
                dangerous_inner_html: s.qr_svg.clone() }
        }
        div { class: "steps",
            button { class: "big", id: "print-slip", onclick: move |_| { document::eval("window.print()"); }, {tr.t("slip-print")} }
            button { class: "big", id: "close-slip", onclick: move |_| slip.set(None), {tr.t("slip-close")} }
        }
    }
}

/// Home: the referrals overdue or due today, what to do next first.
#[component]
pub fn FollowUps() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    use_hook(|| rt.send(Command::FollowUps));
    let list = (state.follow_ups)();
    if list.is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "follow-ups", id: "follow-ups",
            h2 { id: "follow-ups-count", {tr.n("home-follow-ups", "n", list.len())} }
            ul { class: "hits",
                for f in list {
                    li { key: "{f.referral}", class: if f.overdue { "hit overdue" } else { "hit" },
                        Link { class: "service-link", id: "follow-up-{f.referral}", to: Route::CaseScreen { id: f.case.clone() },
                            strong { {tr.t(&format!("follow-up-next-{}", f.next))} }
                            " — " {tr.category(f.category)} " · " bdi { dir: "auto", {f.reference.clone()} }
                            p { class: "note", dir: "auto",
                                if f.overdue { {tr.s("follow-up-overdue", "when", &when(f.due_ms))} }
                                else { {tr.s("follow-up-due-today", "when", &when(f.due_ms))} }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "Record this step?" once more; a partner's answer may carry the code from the slip.
#[component]
fn StepConfirm(
    case: String,
    referral: String,
    step: Step,
    pending: Signal<Option<Step>>,
) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut code = use_signal(String::new);
    let id = referral.clone();
    rsx! {
        div { class: "confirm", role: "alertdialog", id: "step-confirm-{id}", "aria-labelledby": "step-q-{id}",
            p { id: "step-q-{id}", {tr.s("referral-step-confirm", "step", &tr.t(&format!("referral-step-{}", step.as_str())))} }
            if step.is_answer() {
                label { class: "field",
                    span { {tr.t("referral-partner-code")} }
                    input { r#type: "text", id: "partner-code-{id}", class: "search", dir: "ltr", autocomplete: "off",
                        oninput: move |e| code.set(e.value()) }
                }
            }
            div { class: "steps",
                button { class: "big primary", id: "step-yes",
                    onclick: move |_| {
                        pending.set(None);
                        let c = Some(code()).filter(|c| step.is_answer() && !c.trim().is_empty());
                        rt.send(Command::Case(CaseCmd::Referral(ReferralCommand::Step { case: case.clone(), referral: referral.clone(), step, code: c })))
                    },
                    {tr.t("confirm")}
                }
                button { class: "big", id: "step-no", onclick: move |_| pending.set(None), {tr.t("cancel")} }
            }
        }
    }
}
