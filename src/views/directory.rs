use dioxus::prelude::*;
use sanad_core::RefCategory;
use sanad_core::directory::ELIGIBILITY_CODES;
use sanad_core::directory::query::CITIES;
use sanad_i18n::Lang;

use crate::i18n::{Tr, use_tr};
use crate::routes::Route;
use crate::runtime::{AppState, Command, ServiceCard};

/// A city's name for the interface: its Arabic spelling in Arabic, else the usual Latin one.
fn city_name(key: &str, tr: &Tr) -> String {
    let spellings = CITIES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(&[][..], |(_, s)| *s);
    let arabic = spellings
        .iter()
        .find(|s| s.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}')));
    match (tr.lang.code(), arabic) {
        ("ar", Some(a)) => (*a).to_owned(),
        _ if key == "fes" => "Fès".to_owned(),
        _ => {
            let mut c = key.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    }
}

/// The sample notice, shown wherever directory entries are shown while the sample is loaded.
#[component]
fn SampleNotice() -> Element {
    let tr = use_tr();
    rsx! {
        p { class: "sample", id: "directory-sample", role: "note", {tr.t("directory-sample")} }
    }
}

/// Search as you type, with category and city filters; results open the service.
#[component]
pub fn DirectoryScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let mut text = use_signal(String::new);
    let mut category = use_signal(|| None::<RefCategory>);
    let mut city = use_signal(|| None::<String>);
    let mut language = use_signal(|| None::<String>);
    let mut serves = use_signal(|| None::<String>);
    let search = move || {
        rt.send(Command::SearchDirectory {
            text: text(),
            category: category(),
            city: city(),
            language: language(),
            serves: serves(),
        })
    };
    let some = |v: String| (!v.is_empty()).then_some(v);
    use_hook(search);
    let view = (state.directory)();
    if !view.available {
        return rsx! {
            h1 { {tr.t("directory-title")} }
            p { class: "error", role: "alert", {tr.t("directory-unavailable")} }
        };
    }
    rsx! {
        h1 { {tr.t("directory-title")} }
        if view.sample > 0 { SampleNotice {} }
        // Uncontrolled input: the webview renderers drop keystrokes on controlled inputs.
        input { r#type: "search", id: "directory-query", class: "search", "aria-label": tr.t("directory-search"),
            placeholder: tr.t("directory-search"), autocomplete: "off",
            oninput: move |e| {
                text.set(e.value());
                search();
            }
        }
        div { class: "filters",
            label {
                span { {tr.t("directory-category")} }
                select { id: "directory-category",
                    onchange: move |e| {
                        category.set(RefCategory::parse(&e.value()));
                        search();
                    },
                    option { value: "", {tr.t("directory-any-category")} }
                    for c in RefCategory::ALL {
                        option { key: "{c}", value: c.as_str(), {tr.category(*c)} }
                    }
                }
            }
            label {
                span { {tr.t("directory-city")} }
                select { id: "directory-city",
                    onchange: move |e| {
                        city.set(some(e.value()));
                        search();
                    },
                    option { value: "", {tr.t("directory-any-city")} }
                    for (key, _) in CITIES {
                        option { key: "{key}", value: *key, {city_name(key, &tr)} }
                    }
                }
            }
            label {
                span { {tr.t("directory-language")} }
                select { id: "directory-language",
                    onchange: move |e| {
                        language.set(some(e.value()));
                        search();
                    },
                    option { value: "", {tr.t("directory-any-language")} }
                    for l in Lang::ALL {
                        option { key: "{l.code()}", value: l.code(), lang: l.code(), {l.native_name()} }
                    }
                }
            }
            label {
                span { {tr.t("directory-serves")} }
                select { id: "directory-serves",
                    onchange: move |e| {
                        serves.set(some(e.value()));
                        search();
                    },
                    option { value: "", {tr.t("directory-anyone")} }
                    for code in ELIGIBILITY_CODES {
                        option { key: "{code}", value: code, {tr.t(&format!("serves-{code}"))} }
                    }
                }
            }
        }
        p { class: "count", id: "directory-count", {tr.n("directory-count", "count", view.results.len())} }
        if view.results.is_empty() {
            p { class: "note", {tr.t("directory-none")} }
        }
        ul { class: "hits", id: "directory-hits",
            for s in view.results.iter() {
                ServiceItem { key: "{s.id}", card: s.clone() }
            }
        }
    }
}

#[component]
fn ServiceItem(card: ServiceCard) -> Element {
    let tr = use_tr();
    let lang = tr.lang.code();
    rsx! {
        li { class: "hit service",
            Link { class: "service-link", id: "service-{card.id}", to: Route::ServiceScreen { id: card.id.clone() },
                h2 { {card.name.get(lang).to_owned()} }
                p { class: "org", {card.organization.get(lang).to_owned()} }
            }
            p { class: "tags",
                for c in card.categories.iter() {
                    span { key: "{c}", class: "tag", {tr.category(*c)} }
                }
                Verification { card: card.clone() }
            }
        }
    }
}

/// "Sample entry" and "Not verified" / "Last verified …", in words (not colour alone).
#[component]
fn Verification(card: ServiceCard) -> Element {
    let tr = use_tr();
    rsx! {
        if card.sample {
            span { class: "tag sample-tag", {tr.t("service-sample")} }
        }
        match &card.verified {
            Some(d) => rsx! { span { class: "tag verified", {tr.s("service-verified", "date", d)} } },
            None => rsx! { span { class: "tag unverified", {tr.t("service-unverified")} } },
        }
    }
}

/// One service: what it does, who runs it, tap-to-call and text buttons, languages spoken.
#[component]
pub fn ServiceScreen(id: String) -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let wanted = id.clone();
    use_hook(move || rt.send(Command::OpenService(wanted)));
    let view = (state.directory)();
    let Some(card) = view.detail.filter(|c| c.id == id) else {
        return rsx! { Link { class: "big", to: Route::DirectoryScreen {}, {tr.t("service-back")} } };
    };
    let lang = tr.lang.code();
    let langs = card
        .languages
        .iter()
        .map(|l| {
            Lang::from_code(l).map_or_else(|| l.to_uppercase(), |x| x.native_name().to_owned())
        })
        .collect::<Vec<_>>()
        .join(", ");
    rsx! {
        if card.sample { SampleNotice {} }
        h1 { id: "service-name", {card.name.get(lang).to_owned()} }
        p { class: "org", {card.organization.get(lang).to_owned()} }
        p { class: "tags", Verification { card: card.clone() } }
        p { class: "description", {card.description.get(lang).to_owned()} }
        ul { class: "numbers",
            for p in card.phones.iter() {
                li { key: "{p.number}",
                    a { class: "big call", href: "tel:{p.number}", dir: "ltr", {tr.s("service-call", "number", &p.number)} }
                    // HSDS phone types "sms" and "text" take text messages; "voice" only calls.
                    if matches!(p.kind.as_deref(), Some("sms" | "text")) {
                        a { class: "big", href: "sms:{p.number}", dir: "ltr", {tr.t("service-sms")} }
                    }
                }
            }
        }
        if !card.categories.is_empty() {
            h2 { {tr.t("service-categories")} }
            p { class: "tags",
                for c in card.categories.iter() {
                    span { key: "{c}", class: "tag", {tr.category(*c)} }
                }
            }
        }
        if !langs.is_empty() {
            p { class: "languages", {tr.s("service-languages", "langs", &langs)} }
        }
        Link { class: "big", id: "service-back", to: Route::DirectoryScreen {}, {tr.t("service-back")} }
    }
}
