//! The right of access (Law 09-08): everything the device holds about one case, as a
//! printable page in the person's language (Arabic or French; English for the worker) and
//! the JSON behind it — the folded state and every event of the log, corrections and the
//! corrected records alike. Nothing is left out and nothing is added from elsewhere.

use sanad_core::CaseRepository;
use sanad_core::case::{CaseState, ConsentScope, Event};
use sanad_i18n::{Lang, Localizer};
use sanad_store::Vault;
use serde_json::json;

use crate::ids::CaseId;
use crate::problems::kind_detail;
use crate::rights::RightsError;

/// An access export: the page and the JSON behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessExport {
    /// A complete HTML document (printable, `lang` and `dir` set).
    pub html: String,
    /// The state and every event, as JSON.
    pub json: String,
}

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn scope_id(s: ConsentScope) -> &'static str {
    match s {
        ConsentScope::DataStorage => "access-consent-data",
        ConsentScope::Referral => "access-consent-referral",
        ConsentScope::LawEnforcement => "access-consent-law",
    }
}

/// Build the export of `case` in `lang`, made at `now_ms`.
pub fn access_export(
    v: &Vault,
    l10n: &Localizer,
    lang: Lang,
    case: CaseId,
    now_ms: i64,
) -> Result<AccessExport, RightsError> {
    let state = v.case(case.raw())?;
    let events = v.events(case.raw())?;
    let json = serde_json::to_string_pretty(&json!({
        "format": "Sanad access export v1",
        "case_id": case.to_string(),
        "generated_ms": now_ms,
        "state": state,
        "events": events,
    }))
    .unwrap_or_default();
    let html = page(l10n, lang, &state, &events, now_ms);
    Ok(AccessExport { html, json })
}

fn page(l10n: &Localizer, lang: Lang, s: &CaseState, events: &[Event], now_ms: i64) -> String {
    let t = |id: &str| escape(&strip_isolation(&l10n.text(lang, id)));
    let yes_no = |b: bool| t(if b { "access-yes" } else { "access-no" });
    let mut h = String::with_capacity(256 + events.len() * 160);
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse;width:100%}}\
         td,th{{border:1px solid #888;padding:4px;text-align:start;vertical-align:top}}</style></head><body>\n",
        lang.code(),
        lang.dir(),
        t("access-title")
    ));
    h.push_str(&format!(
        "<h1>{}</h1>\n<p>{}</p>\n<dl>\n",
        t("access-title"),
        t("access-intro")
    ));
    let mut row =
        |k: &str, val: String| h.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", t(k), val));
    row("case-reference", escape(&s.reference));
    row("access-alias", escape(&s.alias));
    row("access-opened", crate::morocco_time(s.opened_ms));
    row("access-closed", yes_no(s.closed));
    row("access-sharing-withdrawn", yes_no(s.sharing_withdrawn));
    for (scope, given) in &s.consents {
        row(scope_id(*scope), yes_no(*given));
    }
    h.push_str("</dl>\n");
    h.push_str(&format!("<h2>{}</h2>\n<ol>\n", t("case-notes")));
    for n in &s.notes {
        h.push_str(&format!("<li>{}</li>\n", escape(n)));
    }
    h.push_str(&format!(
        "</ol>\n<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        t("case-timeline"),
        t("access-when"),
        t("access-what"),
        t("access-detail")
    ));
    for e in events {
        h.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            crate::morocco_time(e.at_ms),
            t(&format!("event-{}", e.kind.type_name())),
            escape(&kind_detail(&e.kind))
        ));
    }
    h.push_str(&format!(
        "</table>\n<p>{}</p>\n<p>{} {}</p>\n</body></html>\n",
        t("access-rights"),
        t("access-generated"),
        crate::morocco_time(now_ms)
    ));
    h
}

/// Fluent's bidi isolation marks are left out of the page (the `dir` of the document
/// already orders the text).
fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}
