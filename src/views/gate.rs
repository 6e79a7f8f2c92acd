//! The gate: first-run set-up and the unlock screen (nothing else shows while locked,
//! except the emergency numbers).

use dioxus::prelude::*;
use sanad_core::passphrase::{PassStrength, strength};
use sanad_store::Secret;

use crate::components::{EnrollFields, LangSwitch, Notice};
use crate::i18n::use_tr;
use crate::runtime::{AppState, CaseCmd, Command, GateView, Problem};

/// First run: language, passphrase (strength shown), optional duress passphrase, optional
/// enrollment; the sample directory is already loaded and labelled.
#[component]
pub fn FirstRunScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut pass = use_signal(String::new);
    let mut confirm = use_signal(String::new);
    let duress = use_signal(String::new);
    let duress2 = use_signal(String::new);
    let mut show = use_signal(|| false);
    let server = use_signal(String::new);
    let code = use_signal(String::new);
    let org = use_signal(String::new);
    let dir = (state.directory)();
    let mut notice = state.notice;
    let create = move |_| {
        let (p, d) = (pass(), duress());
        let trimmed = |f: Signal<String>| f().trim().to_owned();
        let (srv, c, o) = (trimmed(server), trimmed(code), trimmed(org));
        let entries = SetupEntries {
            pass: &p,
            confirm: &confirm(),
            duress: &d,
            duress_again: &duress2(),
            server: &srv,
            code: &c,
            org: &o,
        };
        if let Some(id) = entries.problem() {
            return notice.set(Some(Problem::new(id)));
        }
        notice.set(None);
        rt.send(Command::Case(CaseCmd::Init {
            pass: Secret::new(p),
            duress: (!d.is_empty()).then(|| Secret::new(d)),
        }));
        if !srv.is_empty() {
            rt.send(Command::Case(CaseCmd::Enroll {
                server: srv,
                code: c,
                org: o,
            }));
        }
    };
    rsx! {
        h1 { {tr.t("setup-title")} }
        p { {tr.t("setup-intro")} }
        h2 { {tr.t("setup-language")} }
        LangSwitch { label: tr.t("lang-interface"), current: tr.lang, interview: false }
        h2 { {tr.t("setup-passphrase")} }
        p { class: "note", {tr.t("setup-passphrase-help")} }
        label { class: "field",
            span { {tr.t("setup-passphrase")} }
            input { r#type: if show() { "text" } else { "password" }, id: "setup-pass", class: "search", autocomplete: "new-password",
                oninput: move |e| pass.set(e.value()) }
        }
        StrengthMeter { pass: pass() }
        label { class: "field",
            span { {tr.t("setup-confirm")} }
            input { r#type: if show() { "text" } else { "password" }, id: "setup-confirm", class: "search", autocomplete: "new-password",
                oninput: move |e| confirm.set(e.value()) }
        }
        label { class: "check",
            input { r#type: "checkbox", id: "setup-show", onchange: move |e| show.set(e.checked()) }
            span { {tr.t("setup-show-passphrase")} }
        }
        SetupDuress { duress, duress2, show }
        details { class: "help",
            summary { {tr.t("setup-enroll")} }
            p { class: "note", {tr.t("setup-enroll-help")} }
            EnrollFields { prefix: "setup", server, code, org }
        }
        if dir.sample > 0 {
            p { class: "sample", id: "setup-sample", {tr.n("setup-sample", "count", dir.sample)} }
        }
        button { class: "big primary", id: "setup-create", onclick: create, {tr.t("setup-create")} }
        Notice {}
    }
}

/// How strong the passphrase typed so far is, announced as it changes.
#[component]
fn StrengthMeter(pass: String) -> Element {
    let tr = use_tr();
    let level = strength(&pass);
    rsx! {
        p { class: "meter {level.as_str()}", id: "strength", role: "status", "aria-live": "polite",
            span { class: "bar-fill", "aria-hidden": "true" }
            {tr.t(&format!("strength-{}", level.as_str()))}
        }
    }
}

/// The optional duress passphrase, typed twice, folded away on the set-up screen.
#[component]
fn SetupDuress(duress: Signal<String>, duress2: Signal<String>, show: Signal<bool>) -> Element {
    let tr = use_tr();
    let (mut duress, mut duress2) = (duress, duress2);
    rsx! {
    details { class: "help",
        summary { {tr.t("setup-duress")} }
        p { class: "note", {tr.t("setup-duress-help")} }
        input { r#type: if show() { "text" } else { "password" }, id: "setup-duress", class: "search", autocomplete: "off",
            "aria-label": tr.t("setup-duress"), oninput: move |e| duress.set(e.value()) }
        input { r#type: if show() { "text" } else { "password" }, id: "setup-duress-confirm", class: "search", autocomplete: "off",
            "aria-label": tr.t("setup-duress-confirm"), oninput: move |e| duress2.set(e.value()) }
    }
    }
}

/// Unlock: passphrase; the wait after failed attempts and the attempts left are shown.
#[component]
pub fn UnlockScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut pass = use_signal(String::new);
    let gate = (state.gate)();
    let busy = gate == GateView::Busy;
    rsx! {
        h1 { {tr.t("unlock-title")} }
        div { class: "unlock",
            label { class: "field",
                span { {tr.t("unlock-passphrase")} }
                input { r#type: "password", id: "unlock-pass", class: "search", autocomplete: "current-password",
                    oninput: move |e| pass.set(e.value()),
                    onkeydown: move |e| if e.key() == Key::Enter && !busy {
                        rt.send(Command::Case(CaseCmd::Unlock(Secret::new(pass()))));
                    }
                }
            }
            if let GateView::Locked { failed, attempts_left, wait_secs } = gate {
                if failed > 0 {
                    p { class: "note", id: "attempts", role: "status", {tr.n("unlock-attempts-left", "n", attempts_left as usize)} }
                }
                if wait_secs > 0 {
                    p { class: "note", id: "wait", role: "status", {tr.n("unlock-wait", "n", wait_secs as usize)} }
                }
            }
            if busy {
                p { class: "note", role: "status", {tr.t("unlock-busy")} }
            }
            button { class: "big primary", id: "unlock", disabled: busy,
                onclick: move |_| rt.send(Command::Case(CaseCmd::Unlock(Secret::new(pass())))),
                {tr.t("unlock-button")}
            }
            Notice {}
        }
    }
}

/// What the worker typed on the set-up screen.
struct SetupEntries<'a> {
    pass: &'a str,
    confirm: &'a str,
    duress: &'a str,
    duress_again: &'a str,
    server: &'a str,
    code: &'a str,
    org: &'a str,
}

impl SetupEntries<'_> {
    /// The message id of the first thing wrong, in the order the screen shows the fields.
    fn problem(&self) -> Option<&'static str> {
        if strength(self.pass) == PassStrength::TooShort {
            return Some("setup-too-short");
        }
        if self.pass != self.confirm {
            return Some("setup-mismatch");
        }
        let d = self.duress;
        if !d.is_empty() && (d == self.pass || strength(d) == PassStrength::TooShort) {
            return Some("setup-duress-invalid");
        }
        if d != self.duress_again {
            return Some("setup-duress-mismatch");
        }
        let org_given = !self.org.is_empty() || crate::backend::BUILT_IN_ORG.is_some();
        if self.server.is_empty() != self.code.is_empty() || (!self.server.is_empty() && !org_given)
        {
            return Some("setup-enroll-incomplete");
        }
        None
    }
}
