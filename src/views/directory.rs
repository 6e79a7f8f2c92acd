use dioxus::prelude::*;
use sanad_core::RefCategory;
use sanad_core::directory::ELIGIBILITY_CODES;
use sanad_core::directory::query::CITIES;
use sanad_i18n::Lang;

use crate::i18n::{Tr, use_tr};
use crate::routes::Route;
use crate::runtime::{AppState, Command, DirectorySearch, ServiceCard};

/// A city's name for the interface: its Arabic spelling in Arabic, else the usual Latin one.
pub(crate) fn city_name(key: &str, tr: &Tr) -> String {
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

/// Search as you type, with filters (category, city, language spoken, who is served);
/// results open the service.
#[component]
pub fn DirectoryScreen() -> Element {
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    // Coming back from a service page: the last search, as the worker left it.
    let last = use_hook(|| state.directory.peek().last.clone());
    let mut q = use_signal(|| last.clone());
    use_hook(move || rt.send(Command::SearchDirectory(q.peek().clone())));
    let view = (state.directory)();
    if !view.loaded {
        return rsx! { h1 { {tr.t("directory-title")} } p { class: "note", role: "status", "…" } };
    }
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
            placeholder: tr.t("directory-search"), autocomplete: "off", initial_value: "{last.text}",
            oninput: move |e| {
                q.with_mut(|q| q.text = e.value());
                rt.send(Command::SearchDirectory(q()));
            }
        }
        DirectoryFilters { q }
        DirectoryResults { q }
    }
}

/// The filters; each change searches again.
#[component]
fn DirectoryFilters(q: Signal<DirectorySearch>) -> Element {
    let mut q = q;
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    // The choices shown at first (the inputs are uncontrolled after that).
    let last = use_hook(|| q.peek().clone());
    let mut pick = move |f: &dyn Fn(&mut DirectorySearch)| {
        q.with_mut(f);
        rt.send(Command::SearchDirectory(q()));
    };
    rsx! {
        div { class: "filters",
            Filter { id: "directory-category", label: tr.t("directory-category"), any: tr.t("directory-any-category"), selected: last.category.map(|c| c.as_str().to_owned()),
                options: RefCategory::ALL.iter().map(|c| (c.as_str().to_owned(), tr.category(*c))).collect(),
                onpick: move |v: Option<String>| pick(&|q: &mut DirectorySearch| q.category = v.as_deref().and_then(RefCategory::parse)),
            }
            Filter { id: "directory-city", label: tr.t("directory-city"), any: tr.t("directory-any-city"), selected: last.city.clone(),
                options: CITIES.iter().map(|(k, _)| ((*k).to_owned(), city_name(k, &tr))).collect(),
                onpick: move |v: Option<String>| pick(&|q: &mut DirectorySearch| q.city = v.clone()),
            }
            Filter { id: "directory-language", label: tr.t("directory-language"), any: tr.t("directory-any-language"), selected: last.language.clone(),
                options: Lang::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect(),
                onpick: move |v: Option<String>| pick(&|q: &mut DirectorySearch| q.language = v.clone()),
            }
            Filter { id: "directory-serves", label: tr.t("directory-serves"), any: tr.t("directory-anyone"), selected: last.serves.clone(),
                options: ELIGIBILITY_CODES.iter().map(|c| ((*c).to_owned(), tr.t(&format!("serves-{c}")))).collect(),
                onpick: move |v: Option<String>| pick(&|q: &mut DirectorySearch| q.serves = v.clone()),
            }
            label { class: "check",
                input { r#type: "checkbox", id: "directory-open-now", initial_checked: last.open_now,
                    onchange: move |e| {
                        let on = e.checked();
                        pick(&|q: &mut DirectorySearch| q.open_now = on)
                    }
                }
                span { {tr.t("directory-open-now")} }
            }
        }
    }
}

/// The results: how many, for which words, the nearest city when the one chosen has
/// none, and the services.
#[component]
fn DirectoryResults(q: Signal<DirectorySearch>) -> Element {
    let mut q = q;
    let tr = use_tr();
    let state = use_context::<AppState>();
    let rt = use_coroutine_handle::<Command>();
    let view = (state.directory)();
    rsx! {
        p { class: "count", id: "directory-count", {tr.n("directory-count", "count", view.results.len())} }
        if let Some(words) = &view.showing_for {
            p { class: "note", id: "directory-relaxed", role: "status", {tr.s("lookup-showing-all", "words", &words.join(", "))} }
        }
        if view.results.is_empty() {
            p { class: "note", {tr.t("directory-none")} }
        }
        if let Some(near) = &view.nearest {
            p { class: "note", id: "directory-nearest", role: "status", {tr.s("directory-nearest", "city", &city_name(near, &tr))} }
            button { class: "big", id: "directory-try-nearest",
                onclick: {
                    let near = near.clone();
                    move |_| {
                        q.with_mut(|q| q.city = Some(near.clone()));
                        rt.send(Command::SearchDirectory(q()));
                        let js = format!("const s = document.getElementById('directory-city'); if (s) s.value = {};", serde_json::Value::String(near.clone()));
                        document::eval(&js);
                    }
                },
                {tr.s("directory-show-city", "city", &city_name(near, &tr))}
            }
        }
        ul { class: "hits", id: "directory-hits",
            for s in view.results.iter() {
                ServiceItem { key: "{s.id}", card: s.clone() }
            }
        }
    }
}

/// A labelled choice with an "any" first; picks `None` for "any".
#[component]
fn Filter(
    id: &'static str,
    label: String,
    any: String,
    options: Vec<(String, String)>,
    selected: Option<String>,
    onpick: EventHandler<Option<String>>,
) -> Element {
    rsx! {
        label {
            span { {label} }
            select { id,
                onchange: move |e| {
                    let v = e.value();
                    onpick.call((!v.is_empty()).then_some(v));
                },
                option { value: "", {any} }
                for (value, text) in options {
                    option { key: "{value}", value: "{value}", selected: selected.as_deref() == Some(value.as_str()), {text} }
                }
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
                OpenNow { open: card.open_now }
            }
        }
    }
}

/// "Open now" / "Closed now" in words (Morocco time); nothing when no hours are known.
#[component]
fn OpenNow(open: Option<bool>) -> Element {
    let tr = use_tr();
    match open {
        Some(true) => rsx! { span { class: "tag open", {tr.t("service-open-now")} } },
        Some(false) => rsx! { span { class: "tag closed", {tr.t("service-closed-now")} } },
        None => rsx! {},
    }
}

/// The digits WhatsApp's link wants: international form without `+`; Moroccan mobile
/// numbers (06…, 07…) get the country code. `None` for numbers WhatsApp cannot reach
/// (short codes, landlines by type).
fn whatsapp_number(number: &str, kind: Option<&str>) -> Option<String> {
    if matches!(kind, Some("fax" | "pager")) {
        return None;
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let intl = if number.trim_start().starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if digits.starts_with("06") || digits.starts_with("07") {
        format!("212{}", &digits[1..])
    } else {
        return None;
    };
    (intl.len() >= 10).then_some(intl)
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
    let mut copied = use_signal(|| None::<String>);
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
                    a { class: "big call", href: "tel:{p.number}", {tr.s("service-call", "number", &p.number)} }
                    // HSDS phone types "sms" and "text" take text messages; "voice" only calls.
                    if matches!(p.kind.as_deref(), Some("sms" | "text")) {
                        a { class: "big", href: "sms:{p.number}", dir: "ltr", {tr.t("service-sms")} }
                    }
                    if let Some(w) = whatsapp_number(&p.number, p.kind.as_deref()) {
                        a { class: "big", href: "https://wa.me/{w}", rel: "noopener", {tr.t("service-whatsapp")} }
                    }
                    button { class: "big", id: "copy-{p.number}",
                        onclick: {
                            let n = p.number.clone();
                            move |_| {
                                let js = format!("navigator.clipboard && navigator.clipboard.writeText({});", serde_json::Value::String(n.clone()));
                                document::eval(&js);
                                copied.set(Some(n.clone()));
                            }
                        },
                        {tr.t("service-copy")}
                    }
                    if copied().as_deref() == Some(p.number.as_str()) {
                        p { class: "notice ok", role: "status", id: "copied", {tr.t("service-copied")} }
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
        if !card.hours.is_empty() {
            h2 { {tr.t("service-hours")} }
            p { class: "tags", OpenNow { open: card.open_now } }
            ul { class: "hours", dir: "ltr",
                for (i, h) in card.hours.iter().enumerate() { li { key: "{i}", {h.clone()} } }
            }
        }
        Link { class: "big", id: "service-back", to: Route::DirectoryScreen {}, {tr.t("service-back")} }
    }
}
