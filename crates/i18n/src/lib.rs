//! Sanad's texts: Fluent resources for English, French and Arabic, embedded at build time
//! from `locales/<lang>/*.ftl` (the same file names in every language), and their
//! rendering. Fluent wraps placeables in bidi isolation marks (U+2068 … U+2069) so that
//! Latin names and numbers read correctly inside Arabic sentences.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use sanad_core::lookup::{CodeTexts, IndicatorIndex};
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// An interface or interview language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Arabic (right to left).
    Ar,
}

impl Lang {
    /// The three languages, in menu order.
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::Fr, Lang::En];
    /// BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }
    /// Parse a BCP 47 code (`en`, `fr`, `ar`, also `fr-MA`, `ar-MA`, ...).
    pub fn from_code(s: &str) -> Option<Lang> {
        match s.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }
    /// Text direction for HTML `dir`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }
    /// The language's own name.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }
}

/// The locale files; every language has each of them.
pub const FILES: [&str; 5] = [
    "app.ftl",
    "screening.ftl",
    "questions.ftl",
    "lookup.ftl",
    "training.ftl",
];

macro_rules! lang_files {
    ($l:literal) => {
        [
            include_str!(concat!("../../../locales/", $l, "/app.ftl")),
            include_str!(concat!("../../../locales/", $l, "/screening.ftl")),
            include_str!(concat!("../../../locales/", $l, "/questions.ftl")),
            include_str!(concat!("../../../locales/", $l, "/lookup.ftl")),
            include_str!(concat!("../../../locales/", $l, "/training.ftl")),
        ]
    };
}

fn sources(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::En => lang_files!("en"),
        Lang::Fr => lang_files!("fr"),
        Lang::Ar => lang_files!("ar"),
    }
}

/// A resource that did not parse or load.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locale {lang}/{file}: {problem}")]
pub struct I18nError {
    /// Language code.
    pub lang: &'static str,
    /// File name.
    pub file: &'static str,
    /// What went wrong.
    pub problem: String,
}

/// The Fluent message id of an input code: its dots become dashes
/// (`safety.immediate_danger` → `safety-immediate_danger`).
pub fn code_message_id(code: &str) -> String {
    code.replace('.', "-")
}

fn message_ids(res: &FluentResource) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in res.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            ids.insert(m.id.name.to_owned());
            for a in &m.attributes {
                ids.insert(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    ids
}

/// Check checklist content published by the organisation before a device keeps it:
/// `rules` must be a valid rule set; `training` a valid pack of case studies;
/// `questions-<lang>` must parse and define exactly the messages and attributes of the
/// embedded `questions.ftl` of that language (so no question ever lacks its text). The
/// error names what is wrong.
pub fn validate_content(kind: &str, payload: &str) -> Result<(), String> {
    if kind == "rules" {
        return sanad_core::RuleSet::from_toml(payload)
            .map(|_| ())
            .map_err(|e| e.to_string());
    }
    if kind == "training" {
        // A pack of case studies: every study told in the three languages, and every key
        // gives the classification the study states (checked with the built-in rules).
        let engine = sanad_core::Engine::embedded().map_err(|e| e.to_string())?;
        return sanad_training::Library::default()
            .add_pack("training", payload, &engine)
            .map(|_| ())
            .map_err(|e| e.to_string());
    }
    if kind == "retention" {
        return sanad_core::rights::parse_retention(payload).map(|_| ());
    }
    let lang = kind
        .strip_prefix("questions-")
        .and_then(Lang::from_code)
        .ok_or_else(|| format!("unknown content kind '{kind}'"))?;
    let res = FluentResource::try_new(payload.to_owned())
        .map_err(|(_, errs)| format!("{} Fluent syntax error(s)", errs.len()))?;
    let embedded = FluentResource::try_new(sources(lang)[2].to_owned())
        .map_err(|_| "the embedded questions do not parse".to_owned())?;
    let (got, want) = (message_ids(&res), message_ids(&embedded));
    let missing: Vec<&String> = want.difference(&got).collect();
    let extra: Vec<&String> = got.difference(&want).collect();
    if missing.is_empty() && extra.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{kind}: {} missing message(s) {:?}, {} unknown message(s) {:?}",
            missing.len(),
            missing.iter().take(5).collect::<Vec<_>>(),
            extra.len(),
            extra.iter().take(5).collect::<Vec<_>>()
        ))
    }
}

/// Bundles for the three languages.
pub struct Localizer {
    bundles: Vec<(Lang, FluentBundle<FluentResource>, BTreeSet<String>)>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field(
                "langs",
                &self.bundles.iter().map(|b| b.0).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Localizer {
    /// Parse the embedded resources. Any syntax error or duplicate id is an error naming the
    /// file.
    pub fn new() -> Result<Localizer, I18nError> {
        Localizer::with_questions(|_| None)
    }

    /// The embedded resources, with the question texts of a language replaced by
    /// `questions(lang)` when it gives some (checklist content the organisation published,
    /// checked first with [`validate_content`]). Errors as for [`Localizer::new`].
    pub fn with_questions<'a>(
        questions: impl Fn(Lang) -> Option<&'a str>,
    ) -> Result<Localizer, I18nError> {
        let mut bundles = Vec::new();
        for lang in [Lang::En, Lang::Fr, Lang::Ar] {
            let langid: LanguageIdentifier = lang.code().parse().map_err(|_| I18nError {
                lang: lang.code(),
                file: "-",
                problem: "bad language id".into(),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let mut ids = BTreeSet::new();
            let mut srcs: [&str; 5] = sources(lang);
            if let Some(q) = questions(lang) {
                srcs[2] = q;
            }
            for (file, src) in FILES.into_iter().zip(srcs) {
                let fail = |problem: String| I18nError {
                    lang: lang.code(),
                    file,
                    problem,
                };
                let res = FluentResource::try_new(src.to_owned())
                    .map_err(|(_, errs)| fail(format!("{errs:?}")))?;
                ids.extend(message_ids(&res));
                bundle
                    .add_resource(res)
                    .map_err(|errs| fail(format!("{errs:?}")))?;
            }
            bundles.push((lang, bundle, ids));
        }
        Ok(Localizer { bundles })
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        // All three languages are always loaded by `new`.
        &self
            .bundles
            .iter()
            .find(|b| b.0 == lang)
            .unwrap_or(&self.bundles[0])
            .1
    }

    /// Every message id, and every attribute as `id.attr`, of a language.
    pub fn ids(&self, lang: Lang) -> &BTreeSet<String> {
        &self
            .bundles
            .iter()
            .find(|b| b.0 == lang)
            .unwrap_or(&self.bundles[0])
            .2
    }

    /// Whether a message (or `id.attr`) exists in a language.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.ids(lang).contains(id)
    }

    /// Render a message (or, with `id.attr`, an attribute). A missing id renders as the id
    /// itself, so a gap is visible and never a crash; the locale tests keep it from happening.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let bundle = self.bundle(lang);
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(msg) = bundle.get_message(msg_id) else {
            return id.to_owned();
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|x| x.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(
                pattern,
                if args.is_empty() { None } else { Some(&fargs) },
                &mut errors,
            )
            .into_owned()
    }

    /// Shorthand for a message without arguments.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// Label, question and help of an input code.
    pub fn code_texts(&self, lang: Lang, code: &str) -> Option<CodeTexts> {
        let id = code_message_id(code);
        if !self.has(lang, &id) {
            return None;
        }
        Some(CodeTexts {
            label: self.text(lang, &format!("{id}.label")),
            question: self.text(lang, &id),
            help: self.text(lang, &format!("{id}.help")),
        })
    }

    /// The indicator lookup index over all three languages.
    pub fn indicator_index(&self) -> IndicatorIndex {
        IndicatorIndex::build(&["en", "fr", "ar"], |code, lang| {
            self.code_texts(Lang::from_code(lang)?, code)
        })
    }
}
