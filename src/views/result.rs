use dioxus::prelude::*;
use sanad_core::{Dimension, Outcome, RefCategory, ResultFlag};

use crate::components::Notice;
use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::{AppState, Command, ServiceCard};
use crate::views::NewScreeningButton;
use crate::views::ReferralTerms;
use crate::views::referrals::refer_command;

/// The result: classification first, then outcome, why, the consent to keep a record and
/// saving, referrals, dimensions, disclaimer. Texts about the person use their gender.
#[component]
pub fn ResultScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    use_hook(|| rt.send(Command::LoadReferralOptions));
    if (state.practice)().study.is_some() {
        return rsx! { crate::views::PracticeResult {} };
    }
    let view = (state.screening)();
    let gender = view.gender;
    let Some(r) = view.result else {
        return rsx! { Link { class: "big", to: Route::HomeScreen {}, {tr.t("nav-home")} } };
    };
    let gate = r.is_gate();
    // Stopped before the end: the interview still had a question and no settled decision,
    // or a stop card ended it.
    let partial = view.stop.is_some() || (view.current.is_some() && !view.decided);
    rsx! {
        h1 { class: "classification {r.classification}", id: "classification", {tr.t(&format!("classification-{}", r.classification))} }
        if partial && !view.consent_asked && r.outcome == Outcome::NoConsent {
            p { class: "outcome", id: "outcome", {tr.t("result-consent-not-asked")} }
        } else {
            p { class: "outcome", id: "outcome", {tr.person(tr.lang, &format!("outcome-{}", r.outcome), gender, None)} }
        }
        if !gate && r.flag(ResultFlag::ProvisionalWeights) {
            p { class: "note", {tr.t("result-provisional")} }
        }
        if partial {
            PartialSection {}
        }
        ReferralsSection {}
        WhySection {}
        SaveSection {}
        if !gate {
            DimensionsSection {}
        }
        p { class: "disclaimer", role: "note", {tr.t("result-disclaimer")} }
        div { class: "steps",
            NewScreeningButton { id: "restart", primary: false, label: tr.t("screening-restart") }
            Link { class: "big", to: Route::HomeScreen {}, {tr.t("nav-home")} }
        }
    }
}

/// Stopped before the end: how many answers, the indicator groups not asked, and the way
/// back to the questions (unless a stop card ended it).
#[component]
fn PartialSection() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let view = (state.screening)();
    rsx! {
        section { class: "partial", id: "partial", role: "status",
            h2 { {tr.t("result-partial-title")} }
            p { {tr.n("result-partial-answered", "n", view.answered)} }
            if !view.unasked.is_empty() {
                p { {tr.t("result-partial-not-asked")} }
                ul { id: "not-asked",
                    for d in view.unasked.iter() {
                        li { key: "{d.key()}", {tr.t(&format!("dim-{}", d.key()))} }
                    }
                }
            }
            if view.stop.is_none() {
                Link { class: "big", id: "resume-questions", to: Route::ScreeningScreen {}, {tr.t("result-partial-resume")} }
            }
        }
    }
}

/// What now: the suggested referrals, what to do first on top, with services to refer to
/// once the screening is saved and the person agreed.
#[component]
fn ReferralsSection() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let mut consent = use_signal(|| false);
    let (saved, referred) = ((state.saved)(), (state.referred)());
    let options = (state.referral_options)();
    let Some(r) = (state.screening)().result else {
        return rsx! {};
    };
    let ordered = next_steps_first(&r.referrals);
    rsx! {
        section { class: "referrals",
            h2 { id: "what-now", {tr.t("result-what-now")} }
            if saved.is_some() && !r.referrals.is_empty() {
                label { class: "check",
                    input { r#type: "checkbox", id: "referral-consent", onchange: move |e| consent.set(e.checked()) }
                    span { {tr.t("result-referral-consent")} }
                }
                if consent() { ReferralTerms {} }
            }
            ul { id: "referrals",
                for c in ordered.iter().copied() {
                    li { key: "{c}", class: "ref",
                        h3 { {tr.category(c)} }
                        ul { class: "hits",
                            for s in options.iter().filter(|(k, _)| *k == c).flat_map(|(_, l)| l.iter()).cloned() {
                                ReferralService { key: "{c}-{s.id}", category: c, card: s.clone(), case: saved.as_ref().map(|x| x.0.clone()), consent: consent(), done: referred.contains(&crate::backend::referral_key(c, Some(&s.id))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Why: each reason with its indicators (each indicator once, under the first reason that
/// names it). A gate shows no flags or dimensions, so their reasons are left out.
#[component]
fn WhySection() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let view = (state.screening)();
    let (gender, observed) = (view.gender, view.observed.clone());
    let Some(r) = view.result else {
        return rsx! {};
    };
    let gate = r.is_gate();
    let mut first_reason = std::collections::BTreeMap::new();
    for reason in r.reasons.iter() {
        for c in reason.codes.iter() {
            first_reason
                .entry(c.as_str())
                .or_insert(reason.message.clone());
        }
    }
    rsx! {
        section { class: "why",
            h2 { {tr.t("screening-why")} }
            ul {
                for reason in r.reasons.iter().filter(|x| !(gate && x.source.hidden_by_gate())) {
                    li { key: "{reason.message}",
                        {tr.person(tr.lang, &reason.message, gender, Some(reason.codes.len()))}
                        if !reason.codes.is_empty() {
                            ul { class: "codes",
                                for c in reason.codes.iter().filter(|c| first_reason.get(c.as_str()) == Some(&reason.message)) {
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
    }
}

/// Keeping a record: asked first (Law 09-08), then the case reference and alias.
#[component]
fn SaveSection() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let saved = (state.saved)();
    let record = (state.record_consent)();
    rsx! {
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
                    RecordConsent {}
                },
                None => rsx! {
                    SaveForm {}
                },
            }
            Notice {}
        }
    }
}

/// The person's answer to keeping a record, read out in the interview language.
#[component]
fn RecordConsent() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let interview = (state.interview_lang)();
    let gender = (state.screening)().gender;
    rsx! {
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
    }
}

/// The case reference and alias (uncontrolled inputs), and save.
#[component]
fn SaveForm() -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let mut reference = use_signal(String::new);
    let mut alias = use_signal(String::new);
    rsx! {
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
    }
}

/// The six indicator groups: positive, not positive, or not asked (never "no").
#[component]
fn DimensionsSection() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let view = (state.screening)();
    let Some(r) = view.result else {
        return rsx! {};
    };
    let unasked = view.unasked;
    let dims = Dimension::ALL.map(|d| (d.key(), d, r.dimensions[d.key()]));
    rsx! {
        section { class: "dims",
            h2 { {tr.t("screening-dimensions")} }
            ul {
                for (d, dim, v) in dims {
                    li { key: "{d}", id: "dim-{d}", class: if v.positive { "dim on" } else if unasked.contains(&dim) { "dim unasked" } else { "dim" },
                        span { {tr.t(&format!("dim-{d}"))} }
                        " — "
                        strong { {tr.t(if v.positive { "result-dimension-positive" } else if unasked.contains(&dim) { "result-dimension-not-asked" } else { "result-dimension-not-positive" })} }
                    }
                }
            }
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
    let state = use_context::<AppState>();
    let ui_lang = tr.lang;
    let lang = tr.lang.code();
    let phone = card.phones.first().map(|p| p.number.clone());
    // One id per (category, service): a service may be offered under several categories.
    let key = format!(
        "{}-{}",
        category.as_str().trim_start_matches("ref."),
        card.id
    );
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
                    a { class: "big call", href: "tel:{n}", {tr.s("service-call", "number", &n)} }
                }
                if done {
                    p { class: "tag", id: "referred-{key}", role: "status", {tr.t("result-referred")} }
                } else if let Some(case) = case {
                    button { class: "big", id: "refer-{key}", disabled: !consent,
                        onclick: move |_| rt.send(refer_command(&state, case.clone(), category, card.id.clone(), &card.languages, ui_lang)),
                        {tr.t("result-refer")}
                    }
                }
            }
        }
    }
}

/// The suggested categories, what to do now first: emergency, the trafficking line and
/// child protection before medical, asylum and legal help, basic needs last.
fn next_steps_first(referrals: &[RefCategory]) -> Vec<RefCategory> {
    use RefCategory as R;
    const ORDER: [RefCategory; 13] = [
        R::Emergency,
        R::TipHotline,
        R::ChildProtection,
        R::Medical,
        R::Shelter,
        R::Asylum,
        R::LegalAid,
        R::Psychosocial,
        R::LawEnforcement,
        R::Consular,
        R::Avrr,
        R::EducationTraining,
        R::BasicNeeds,
    ];
    let mut v = referrals.to_vec();
    v.sort_by_key(|c| ORDER.iter().position(|o| o == c).unwrap_or(ORDER.len()));
    v
}
