use dioxus::prelude::*;
use sanad_core::Dimension;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, CaseCmd, Command, ServiceCard};

/// The result: classification first, then outcome, why, the consent to keep a record and
/// saving, referrals, dimensions, disclaimer. Texts about the person use their gender.
#[component]
pub fn ResultScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    use_hook(|| rt.send(Command::LoadReferralOptions));
    let mut reference = use_signal(String::new);
    let mut alias = use_signal(String::new);
    let mut consent = use_signal(|| false);
    let saved = (state.saved)();
    let referred = (state.referred)();
    let options = (state.referral_options)();
    let record = (state.record_consent)();
    let interview = (state.interview_lang)();
    let view = (state.screening)();
    let (gender, observed) = (view.gender, view.observed.clone());
    let Some(r) = view.result else {
        return rsx! { Link { class: "big", to: Route::HomeScreen {}, {tr.t("nav-home")} } };
    };
    let gate = r.is_gate();
    let dims = Dimension::ALL.map(|d| (d, r.dimensions[d.key()]));
    let hide = |m: &str| {
        gate && (m.ends_with("-positive")
            || m.starts_with("screening-reason-smuggl")
            || m.contains("provisional"))
    };
    rsx! {
        h1 { class: "classification {r.classification}", id: "classification", {tr.t(&format!("classification-{}", r.classification))} }
        p { class: "outcome", id: "outcome", {tr.person(tr.lang, &format!("outcome-{}", r.outcome), gender, None)} }
        if !gate && r.flags.get("provisional_weights").copied().unwrap_or(false) {
            p { class: "note", {tr.t("result-provisional")} }
        }
        section { class: "why",
            h2 { {tr.t("screening-why")} }
            ul {
                for reason in r.reasons.iter().filter(|x| !hide(&x.message)) {
                    li { key: "{reason.message}",
                        {tr.person(tr.lang, &reason.message, gender, Some(reason.codes.len()))}
                        if !reason.codes.is_empty() {
                            ul { class: "codes",
                                for c in reason.codes.iter() {
                                    li { key: "{c}", {tr.label(c)}
                                        if observed.contains(c) {
                                            " "
                                            span { class: "tag observe-tag", {tr.t("observe-tag")} }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        section { class: "save", id: "save-case",
            h2 { {tr.t("result-save")} }
            match &saved {
                Some((_, reference)) => rsx! {
                    p { class: "notice ok", id: "saved", role: "status", {tr.s("result-saved", "reference", reference)} }
                },
                None if record == Some(false) => rsx! {
                    p { class: "notice", id: "record-refused", role: "status", {tr.t("record-consent-refused")} }
                },
                None if record.is_none() => rsx! {
                    div { class: "record-consent", id: "record-consent",
                        h3 { {tr.t("record-consent-title")} }
                        p { class: "q", lang: interview.code(), dir: interview.dir(), {tr.person(interview, "record-consent-question", gender, None)} }
                        if interview != tr.lang {
                            p { class: "q-worker", {tr.person(tr.lang, "record-consent-question", gender, None)} }
                        }
                        p { class: "note", {tr.t("record-consent-help")} }
                        div { class: "answers",
                            button { class: "answer yes", id: "record-yes", onclick: move |_| rt.send(Command::RecordConsent(true)), {tr.t("record-consent-yes")} }
                            button { class: "answer no", id: "record-no", onclick: move |_| rt.send(Command::RecordConsent(false)), {tr.t("record-consent-no")} }
                        }
                    }
                },
                None => rsx! {
                    p { class: "note", {tr.t("result-save-help")} }
                    label { class: "field",
                        span { {tr.t("case-reference")} }
                        input { r#type: "text", id: "case-ref", class: "search", dir: "auto", autocomplete: "off",
                            oninput: move |e| reference.set(e.value()) }
                    }
                    label { class: "field",
                        span { {tr.t("case-alias")} }
                        input { r#type: "text", id: "case-alias", class: "search", dir: "auto", autocomplete: "off",
                            oninput: move |e| alias.set(e.value()) }
                    }
                    button { class: "big primary", id: "save-to-case",
                        onclick: move |_| rt.send(Command::SaveScreening { reference: reference(), alias: alias() }),
                        {tr.t("result-save-button")}
                    }
                },
            }
        }
        section { class: "referrals",
            h2 { {tr.t("screening-referrals")} }
            if saved.is_some() && !r.referrals.is_empty() {
                label { class: "check",
                    input { r#type: "checkbox", id: "referral-consent", onchange: move |e| consent.set(e.checked()) }
                    span { {tr.t("result-referral-consent")} }
                }
            }
            ul { id: "referrals",
                for c in r.referrals.iter().copied() {
                    li { key: "{c}", class: "ref",
                        h3 { {tr.category(c)} }
                        ul { class: "hits",
                            for s in options.iter().filter(|(k, _)| *k == c).flat_map(|(_, l)| l.iter()).cloned() {
                                ReferralService { key: "{c}-{s.id}", category: c, card: s.clone(), case: saved.as_ref().map(|x| x.0.clone()), consent: consent(), done: referred.contains(&s.id) }
                            }
                        }
                    }
                }
            }
        }
        if !gate {
            section { class: "dims",
                h2 { {tr.t("screening-dimensions")} }
                ul {
                    for (d, v) in dims {
                        li { key: "{d}", class: if v.positive { "dim on" } else { "dim" },
                            span { {tr.t(&format!("dim-{d}"))} }
                            " — "
                            strong { {tr.t(if v.positive { "result-dimension-positive" } else { "result-dimension-not-positive" })} }
                        }
                    }
                }
            }
        }
        p { class: "disclaimer", role: "note", {tr.t("result-disclaimer")} }
        div { class: "steps",
            button { class: "big", id: "restart", onclick: move |_| { rt.send(Command::NewScreening); nav.push(Route::ScreeningScreen {}); }, {tr.t("screening-restart")} }
            Link { class: "big", to: Route::HomeScreen {}, {tr.t("nav-home")} }
        }
    }
}

/// A service offered for a referral: its name, city, call link, and "refer" once the
/// screening is saved to a case and the person agreed.
#[component]
fn ReferralService(
    category: sanad_core::RefCategory,
    card: ServiceCard,
    case: Option<String>,
    consent: bool,
    done: bool,
) -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let lang = tr.lang.code();
    let phone = card.phones.first().map(|p| p.number.clone());
    rsx! {
        li { class: "hit service",
            Link { class: "service-link", to: Route::ServiceScreen { id: card.id.clone() },
                strong { {card.name.get(lang).to_owned()} }
                p { class: "org", {card.organization.get(lang).to_owned()} }
            }
            p { class: "tags",
                if card.sample { span { class: "tag sample-tag", {tr.t("service-sample")} } }
                for c in card.cities.iter() { span { key: "{c}", class: "tag", dir: "auto", {c.clone()} } }
            }
            div { class: "steps",
                if let Some(n) = phone {
                    a { class: "big call", href: "tel:{n}", dir: "ltr", {tr.s("service-call", "number", &n)} }
                }
                if done {
                    p { class: "tag", id: "referred-{card.id}", role: "status", {tr.t("result-referred")} }
                } else if let Some(case) = case {
                    button { class: "big", id: "refer-{card.id}", disabled: !consent,
                        onclick: move |_| rt.send(Command::Case(CaseCmd::Refer { case: case.clone(), category, service: Some(card.id.clone()) })),
                        {tr.t("result-refer")}
                    }
                }
            }
        }
    }
}
