//! Rendering texts in components: the current interface language and a `t()` helper.

use dioxus::prelude::*;
use fluent_bundle::FluentValue;
use sanad_core::Gender;
use sanad_i18n::{Lang, Localizer};
use std::rc::Rc;

use crate::runtime::AppState;

/// Texts for the current interface language (cheap to copy into closures).
#[derive(Clone)]
pub struct Tr {
    l10n: Rc<Localizer>,
    /// The interface language.
    pub lang: Lang,
}

impl Tr {
    /// A message in the interface language.
    pub fn t(&self, id: &str) -> String {
        self.l10n.text(self.lang, id)
    }
    /// A message with one numeric argument.
    pub fn n(&self, id: &str, name: &str, n: usize) -> String {
        self.l10n
            .format(self.lang, id, &[(name, FluentValue::from(n))])
    }
    /// A message with several numeric arguments.
    pub fn l10n_args(&self, id: &str, args: &[(&str, usize)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(*v)))
            .collect();
        self.l10n.format(self.lang, id, &args)
    }
    /// A message with several text arguments.
    pub fn l10n_text_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.clone())))
            .collect();
        self.l10n.format(self.lang, id, &args)
    }
    /// A message with one text argument.
    pub fn s(&self, id: &str, name: &str, v: &str) -> String {
        self.l10n
            .format(self.lang, id, &[(name, FluentValue::from(v.to_owned()))])
    }
    /// A message in another language (the interview language).
    pub fn t_in(&self, lang: Lang, id: &str) -> String {
        self.l10n.text(lang, id)
    }
    /// A text read to or about the person, in `lang`, with their gender (`$gender`) and,
    /// for count messages, `$count`.
    pub fn person(&self, lang: Lang, id: &str, gender: Gender, count: Option<usize>) -> String {
        let mut args = vec![("gender", FluentValue::from(gender.as_str()))];
        if let Some(n) = count {
            args.push(("count", FluentValue::from(n)));
        }
        self.l10n.format(lang, id, &args)
    }
    /// Whether a message (or `id.attr`) exists.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.l10n.has(lang, id)
    }
    /// Name of a referral category in the interface language.
    pub fn category(&self, c: sanad_core::RefCategory) -> String {
        self.t(&sanad_i18n::code_message_id(c.as_str()))
    }
    /// Name of a referral category given by its key (`ref.medical`).
    pub fn category_key(&self, key: &str) -> String {
        self.t(&sanad_i18n::code_message_id(key))
    }
    /// Label of an input code in the interface language.
    pub fn label(&self, code: &str) -> String {
        self.l10n
            .code_texts(self.lang, code)
            .map(|t| t.label)
            .unwrap_or_else(|| code.to_owned())
    }
}

/// The texts hook: re-renders the component when the interface language changes.
pub fn use_tr() -> Tr {
    let state = use_context::<AppState>();
    let l10n = use_context::<Signal<Rc<Localizer>>>();
    Tr {
        l10n: l10n(),
        lang: (state.ui_lang)(),
    }
}
