//! Cases: the list (search by reference or alias) and one case with its timeline,
//! referral statuses and notes.

use dioxus::prelude::*;

use crate::backend::CaseDetail;
use crate::components::{Notice, when};
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command};
use crate::views::referrals::{ReferralItem, SlipPanel};
use crate::views::timeline::EventDetail;

/// The case list.
#[component]
pub fn CasesScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    use_hook(|| rt.send(Command::Case(CaseCmd::ListCases(String::new()))));
    let cases = (state.cases)();
    rsx! {
        h1 { {tr.t("cases-title")} }
        input { r#type: "search", id: "case-query", class: "search", autocomplete: "off",
            "aria-label": tr.t("cases-search"), placeholder: tr.t("cases-search"),
            oninput: move |e| rt.send(Command::Case(CaseCmd::ListCases(e.value()))) }
        p { class: "note", role: "status", {tr.n("cases-count", "n", cases.len())} }
        ul { class: "hits", id: "case-list",
            for c in cases {
                li { key: "{c.id}", class: "hit",
                    Link { class: "service-link", id: "case-{c.reference}", to: Route::CaseScreen { id: c.id.clone() },
                        h2 { dir: "auto", {c.reference.clone()} if !c.alias.is_empty() { " · " {c.alias.clone()} } }
                        div { class: "tags",
                            if let Some((_, cl)) = c.last { span { class: "tag", {tr.t(&format!("classification-{cl}"))} } }
                            if c.open_referrals > 0 { span { class: "tag", {tr.n("cases-open-referrals", "n", c.open_referrals as usize)} } }
                            if c.closed { span { class: "tag", {tr.t("cases-closed")} } }
                            span { class: "tag", dir: "ltr", {when(c.updated_ms)} }
                        }
                    }
                }
            }
        }
    }
}

/// One case: header, referrals (with the slip), notes, timeline, closing.
#[component]
pub fn CaseScreen(id: String) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let open_id = id.clone();
    use_hook(move || rt.send(Command::Case(CaseCmd::OpenCase(open_id))));
    use_service_names(state, rt);
    let Some(c) = (state.case)().filter(|c| c.id == id) else {
        return rsx! { p { class: "note", role: "status", "…" } };
    };
    rsx! {
        CaseHeader { case: c.clone() }
        CaseReferrals { case: c.clone() }
        CaseNotes { case: c.clone() }
        CaseTimeline { case: c.clone() }
        if !c.closed { CloseCase { case: c.id.clone() } }
        super::case_rights::CaseRights { case: c.id.clone(), notes: c.notes.len(), withdrawn: c.sharing_withdrawn }
        Link { class: "big", to: Route::CasesScreen {}, {tr.t("cases-back")} }
    }
}

/// Referrals are shown by the service's name: the directory worker looks up the names
/// the case screen does not have yet.
fn use_service_names(state: AppState, rt: Coroutine<Command>) {
    let mut asked = use_signal(Vec::<String>::new);
    use_effect(move || {
        let Some(c) = (state.case)() else { return };
        let names = (state.service_names)();
        let missing: Vec<String> = c
            .referrals
            .iter()
            .filter_map(|r| r.service.clone())
            .filter(|s| !names.contains_key(s))
            .collect();
        if !missing.is_empty() && *asked.peek() != missing {
            asked.set(missing.clone());
            rt.send(Command::ServiceNames(missing));
        }
    });
}

#[component]
fn CaseHeader(case: CaseDetail) -> Element {
    let tr = use_tr();
    rsx! {
        h1 { dir: "auto", id: "case-reference", {case.reference.clone()} }
        if !case.alias.is_empty() { p { class: "org", dir: "auto", {case.alias.clone()} } }
        if let Some((o, cl)) = case.last {
            p { class: "classification {cl}", {tr.t(&format!("classification-{cl}"))} }
            p { class: "outcome", {tr.t(&format!("outcome-{o}"))} }
        }
        if case.closed { p { class: "tag", id: "case-closed", {tr.t("cases-closed")} } }
    }
}

#[component]
fn CaseReferrals(case: CaseDetail) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let names = (state.service_names)();
    let lang = tr.lang.code();
    let ids: Vec<String> = case.referrals.iter().map(|r| r.id.clone()).collect();
    rsx! {
        section {
            h2 { {tr.t("case-referrals")} }
            if case.referrals.is_empty() { p { class: "note", {tr.t("case-no-referrals")} } }
            ul { id: "case-referrals",
                for r in case.referrals.iter().cloned() {
                    ReferralItem { key: "{r.id}", case: case.id.clone(), closed: case.closed,
                        name: r.service.as_ref().map(|s| names.get(s).map(|t| t.get(lang).to_owned()).unwrap_or_else(|| tr.t("case-service-unknown"))),
                        r: r.clone() }
                }
            }
            SlipPanel { referrals: ids }
        }
    }
}

#[component]
fn CaseNotes(case: CaseDetail) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut note = use_signal(String::new);
    let case_id = case.id.clone();
    rsx! {
        section {
            h2 { {tr.t("case-notes")} }
            ul { id: "case-notes",
                for (i, n) in case.notes.iter().enumerate() { li { key: "{i}", dir: "auto", {n.clone()} } }
            }
            if !case.closed {
                label { class: "field",
                    span { {tr.t("case-add-note")} }
                    textarea { id: "note-text", class: "search", rows: "3", oninput: move |e| note.set(e.value()) }
                }
                button { class: "big", id: "add-note",
                    onclick: move |_| {
                        rt.send(Command::Case(CaseCmd::AddNote { case: case_id.clone(), text: note() }));
                        note.set(String::new());
                        // The app resets the (uncontrolled) field itself.
                        document::eval("const t = document.getElementById('note-text'); if (t) t.value = '';");
                    },
                    {tr.t("case-save-note")}
                }
                Notice {}
            }
        }
    }
}

/// Each event with when (Moroccan time) and which device recorded it; referral steps say
/// who reported them (the worker, the partner with the slip's code, the organisation).
#[component]
fn CaseTimeline(case: CaseDetail) -> Element {
    let tr = use_tr();
    rsx! {
        section {
            h2 { {tr.t("case-timeline")} }
            ol { class: "timeline", id: "timeline",
                for e in case.timeline.iter() {
                    li { key: "{e.id}",
                        span { class: "when", dir: "ltr", {when(e.at_ms)} }
                        " "
                        strong { {tr.t(&format!("event-{}", e.kind.type_name()))} }
                        EventDetail { kind: e.kind.clone() }
                        " "
                        span { class: "device note", dir: "ltr", {tr.s("timeline-device", "device", &e.device)} }
                    }
                }
            }
        }
    }
}

#[component]
fn CloseCase(case: String) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut confirm_close = use_signal(|| false);
    if confirm_close() {
        return rsx! {
            div { class: "decided", role: "alertdialog", "aria-labelledby": "close-q",
                p { id: "close-q", {tr.t("case-close-confirm")} }
                div { class: "steps",
                    button { class: "big danger", id: "close-confirm",
                        onclick: move |_| { confirm_close.set(false); rt.send(Command::Case(CaseCmd::Close { case: case.clone() })) },
                        {tr.t("case-close")}
                    }
                    button { class: "big", onclick: move |_| confirm_close.set(false), {tr.t("cancel")} }
                }
            }
        };
    }
    rsx! {
        button { class: "big", id: "close-case", onclick: move |_| confirm_close.set(true), {tr.t("case-close")} }
    }
}
