//! Cases: the list (search by reference or alias) and one case with its timeline,
//! referral statuses and notes.

use dioxus::prelude::*;
use sanad_core::case::ReferralStatus;

use crate::components::{Notice, when};
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command};

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

/// One case.
#[component]
pub fn CaseScreen(id: String) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut note = use_signal(String::new);
    let mut confirm_close = use_signal(|| false);
    // A referral status is final: it is asked once more before it is recorded.
    let mut pending = use_signal(|| None::<(String, &'static str)>);
    let open_id = id.clone();
    use_hook(move || rt.send(Command::Case(CaseCmd::OpenCase(open_id))));
    // Referrals are shown by the service's name (the directory worker looks them up).
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
    let Some(c) = (state.case)().filter(|c| c.id == id) else {
        return rsx! { p { class: "note", role: "status", "…" } };
    };
    let names = (state.service_names)();
    let lang = tr.lang.code();
    let case_id = c.id.clone();
    rsx! {
        h1 { dir: "auto", id: "case-reference", {c.reference.clone()} }
        if !c.alias.is_empty() { p { class: "org", dir: "auto", {c.alias.clone()} } }
        if let Some((o, cl)) = c.last {
            p { class: "classification {cl}", {tr.t(&format!("classification-{cl}"))} }
            p { class: "outcome", {tr.t(&format!("outcome-{o}"))} }
        }
        if c.closed { p { class: "tag", id: "case-closed", {tr.t("cases-closed")} } }
        section {
            h2 { {tr.t("case-referrals")} }
            if c.referrals.is_empty() { p { class: "note", {tr.t("case-no-referrals")} } }
            ul { id: "case-referrals",
                for r in c.referrals.iter().cloned() {
                    li { key: "{r.id}", class: "ref",
                        strong { {tr.category(r.category)} }
                        if let Some(s) = &r.service {
                            " · "
                            bdi { class: "service-name", dir: "auto",
                                {names.get(s).map(|t| t.get(lang).to_owned()).unwrap_or_else(|| tr.t("case-service-unknown"))}
                            }
                        }
                        " — "
                        span { class: "status", {tr.t(&format!("referral-{}", r.status))} }
                        if !c.closed && (r.status == "completed" || r.status == "declined") {
                            button { class: "step", id: "undo-{r.id}",
                                onclick: {
                                    let (case, referral) = (case_id.clone(), r.id.clone());
                                    move |_| rt.send(Command::Case(CaseCmd::SetReferralStatus { case: case.clone(), referral: referral.clone(), status: ReferralStatus::Made }))
                                },
                                {tr.t("referral-undo")}
                            }
                        }
                        if !c.closed && (r.status == "made" || r.status == "accepted") {
                            if pending().as_ref().is_some_and(|(id, _)| *id == r.id) {
                                div { class: "confirm", role: "alertdialog", id: "status-confirm-{r.id}", "aria-labelledby": "status-q-{r.id}",
                                    p { id: "status-q-{r.id}", {tr.t(&format!("referral-confirm-{}", pending().map(|p| p.1).unwrap_or("declined")))} }
                                    div { class: "steps",
                                        button { class: "big primary", id: "status-yes",
                                            onclick: {
                                                let (case, referral) = (case_id.clone(), r.id.clone());
                                                move |_| {
                                                    let st = if pending().is_some_and(|p| p.1 == "completed") { ReferralStatus::Completed } else { ReferralStatus::Declined };
                                                    pending.set(None);
                                                    rt.send(Command::Case(CaseCmd::SetReferralStatus { case: case.clone(), referral: referral.clone(), status: st }))
                                                }
                                            },
                                            {tr.t("confirm")}
                                        }
                                        button { class: "big", id: "status-no", onclick: move |_| pending.set(None), {tr.t("cancel")} }
                                    }
                                }
                            } else {
                                div { class: "steps",
                                    for key in ["completed", "declined"] {
                                        button { class: "step", key: "{key}", id: "mark-{key}-{r.id}",
                                            onclick: {
                                                let referral = r.id.clone();
                                                move |_| pending.set(Some((referral.clone(), key)))
                                            },
                                            {tr.t(&format!("referral-mark-{key}"))}
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        section {
            h2 { {tr.t("case-notes")} }
            ul { id: "case-notes",
                for (i, n) in c.notes.iter().enumerate() { li { key: "{i}", dir: "auto", {n.clone()} } }
            }
            if !c.closed {
                label { class: "field",
                    span { {tr.t("case-add-note")} }
                    textarea { id: "note-text", class: "search", rows: "3", oninput: move |e| note.set(e.value()) }
                }
                button { class: "big", id: "add-note",
                    onclick: {
                        let case = case_id.clone();
                        move |_| {
                            rt.send(Command::Case(CaseCmd::AddNote { case: case.clone(), text: note() }));
                            note.set(String::new());
                            // The app resets the (uncontrolled) field itself.
                            document::eval("const t = document.getElementById('note-text'); if (t) t.value = '';");
                        }
                    },
                    {tr.t("case-save-note")}
                }
                Notice {}
            }
        }
        section {
            h2 { {tr.t("case-timeline")} }
            ol { class: "timeline", id: "timeline",
                for e in c.timeline.iter() {
                    li { key: "{e.id}",
                        span { class: "when", dir: "ltr", {when(e.at_ms)} }
                        " "
                        strong { {tr.t(&format!("event-{}", e.kind))} }
                        if e.kind == "note_added" { " — " span { dir: "auto", {e.detail.clone()} } }
                        if e.kind == "referral_made" { " — " {tr.category_key(&e.detail)} }
                        if e.kind == "referral_status_changed" { " — " {tr.t(&format!("referral-{}", e.detail))} }
                        if e.kind == "screening_recorded" { " — " {tr.t(&format!("classification-{}", e.detail))} }
                    }
                }
            }
        }
        if !c.closed {
            if confirm_close() {
                div { class: "decided", role: "alertdialog", "aria-labelledby": "close-q",
                    p { id: "close-q", {tr.t("case-close-confirm")} }
                    div { class: "steps",
                        button { class: "big danger", id: "close-confirm",
                            onclick: {
                                let case = case_id.clone();
                                move |_| { confirm_close.set(false); rt.send(Command::Case(CaseCmd::Close { case: case.clone() })) }
                            },
                            {tr.t("case-close")}
                        }
                        button { class: "big", onclick: move |_| confirm_close.set(false), {tr.t("cancel")} }
                    }
                }
            } else {
                button { class: "big", id: "close-case", onclick: move |_| confirm_close.set(true), {tr.t("case-close")} }
            }
        }
        super::case_rights::CaseRights { case: case_id.clone(), notes: c.notes.len(), withdrawn: c.sharing_withdrawn }
        Link { class: "big", to: Route::CasesScreen {}, {tr.t("cases-back")} }
    }
}
