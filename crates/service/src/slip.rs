//! The referral slip for partners outside the system, in the service's language: a
//! printable HTML page and a QR code (SVG) carrying the same lines — a reference, the
//! urgency and due date, the need, the fields the person agreed to share and the short
//! code the partner gives back with the answer. Nothing else of the case is on it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use sanad_core::referral::{SharedField, Slip, SlipLanguage};
use sanad_i18n::{Lang, Localizer};
use std::sync::OnceLock;

/// A slip, rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct SlipView {
    /// The referral's event id.
    pub referral: String,
    /// Reference (`XXXX-XXXX`).
    pub reference: String,
    /// The confirmation code.
    pub code: String,
    /// Language code of the slip (`ar`, `fr`, `en`).
    pub lang: &'static str,
    /// Writing direction (`rtl` for Arabic).
    pub dir: &'static str,
    /// The slip's title, in its language.
    pub title: String,
    /// The slip's lines as label and value, in order (what the page and the QR code say).
    pub lines: Vec<(String, String)>,
    /// What the QR code carries (plain text: any phone's reader shows it).
    pub qr_text: String,
    /// The QR code as an SVG element.
    pub qr_svg: String,
    /// The printable page (a whole HTML document).
    pub html: String,
}

/// Why a slip could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The texts did not load (a build error; the locale tests catch it).
    #[error("the texts did not load")]
    Texts,
    /// Too much text for one QR code.
    #[error("the slip is too long for one QR code")]
    TooLong,
}

fn texts() -> Option<&'static Localizer> {
    static L10N: OnceLock<Option<Localizer>> = OnceLock::new();
    L10N.get_or_init(|| Localizer::new().ok()).as_ref()
}

fn lang_of(l: SlipLanguage) -> Lang {
    match l {
        SlipLanguage::Ar => Lang::Ar,
        SlipLanguage::Fr => Lang::Fr,
        SlipLanguage::En => Lang::En,
    }
}

/// The slip's lines (label, value) in its language: reference, code, urgency, due, need,
/// service, then the consented fields.
fn lines(l10n: &Localizer, lang: Lang, slip: &Slip, service: &str) -> Vec<(String, String)> {
    let t = |id: &str| l10n.text(lang, id);
    let mut out = vec![
        (t("slip-reference"), slip.reference.clone()),
        (t("slip-code"), slip.code.clone()),
        (
            t("slip-urgency"),
            t(&format!("urgency-{}", slip.urgency.as_str())),
        ),
        (t("slip-due"), crate::morocco_time(slip.due_ms)),
        (
            t("slip-need"),
            t(&sanad_i18n::code_message_id(slip.category.as_str())),
        ),
    ];
    if !service.is_empty() {
        out.push((t("slip-service"), service.to_owned()));
    }
    for line in &slip.lines {
        let label = t(&format!("share-{}", line.field.as_str()));
        let value = match line.field {
            SharedField::ScreeningOutcome => t(&format!("outcome-{}", line.value)),
            SharedField::ContactByWorker => t("slip-contact-by-worker"),
            _ => line.value.clone(),
        };
        out.push((label, value));
    }
    out
}

fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// The QR code of a text, as an inline SVG element.
pub fn qr_svg(text: &str) -> Result<String, RenderError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| RenderError::TooLong)?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // An element to put inside a page, without the XML declaration.
    Ok(match image.find("<svg") {
        Some(i) => image[i..].to_owned(),
        None => image,
    })
}

/// Render a slip in its language. `service` is the service's name (or empty).
pub fn render(slip: &Slip, service: &str) -> Result<SlipView, RenderError> {
    let l10n = texts().ok_or(RenderError::Texts)?;
    let lang = lang_of(slip.language);
    let t = |id: &str| l10n.text(lang, id);
    let lines = lines(l10n, lang, slip, service);
    let mut qr_text = format!("{}\n", t("slip-title"));
    for (label, value) in &lines {
        qr_text.push_str(&format!("{label}: {value}\n"));
    }
    qr_text.push_str(&t("slip-answer-help"));
    let qr = qr_svg(&qr_text)?;
    let mut rows = String::new();
    for (label, value) in &lines {
        rows.push_str(&format!(
            "<dt>{}</dt><dd dir=\"auto\">{}</dd>\n",
            escape(label),
            escape(value)
        ));
    }
    let body = format!(
        "<main class=\"slip\" id=\"slip\">\n<h1>{title}</h1>\n<dl>\n{rows}</dl>\n\
         <div class=\"qr\" role=\"img\" aria-label=\"{qr_label}\">{qr}</div>\n\
         <p class=\"answer\">{help}</p>\n</main>",
        title = escape(&t("slip-title")),
        qr_label = escape(&t("slip-qr-label")),
        help = escape(&t("slip-answer-help")),
    );
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>body{{font-family:sans-serif;margin:2em;}}\
         dt{{font-weight:bold;margin-top:.6em;}}dd{{margin:0;font-size:1.2em;}}\
         .qr svg{{width:60mm;height:60mm;}}@media print{{body{{margin:0;}}}}</style>\n\
         </head>\n<body>\n{body}\n</body>\n</html>\n",
        code = lang.code(),
        dir = lang.dir(),
        title = escape(&t("slip-title")),
    );
    Ok(SlipView {
        referral: slip.referral.to_string(),
        reference: slip.reference.clone(),
        code: slip.code.clone(),
        lang: lang.code(),
        dir: lang.dir(),
        title: t("slip-title"),
        lines,
        qr_text,
        qr_svg: qr,
        html,
    })
}
