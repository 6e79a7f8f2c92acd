//! The checklist content in use: the newest content the organisation signed and a sync
//! kept (`content/<kind>.json`), verified again every time it is loaded (signature with
//! the certified content key, then the payload's validity); whatever is missing or fails
//! falls back to the content built into the app, with the reason.

use sanad_core::{Engine, RuleError};
use sanad_i18n::{I18nError, Lang, Localizer};
use sanad_protocol::{CONTENT_KINDS, ContentUpdate};
use std::collections::BTreeMap;
use std::path::Path;

/// Why a kept content file is not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    /// The content kind (`rules`, `questions-fr`, ...).
    pub kind: String,
    /// Why, in plain words (no content).
    pub why: String,
}

/// The content to use: pulled payloads that verified, by kind, with their versions, and
/// the kinds that fell back to the built-in content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Content {
    /// Verified payloads by kind: (version, payload).
    pub pulled: BTreeMap<String, (u64, String)>,
    /// Kept files that were not used, and why.
    pub fallbacks: Vec<Fallback>,
}

impl Content {
    /// The pulled rules' version, `None` for the built-in rules.
    pub fn rules_version(&self) -> Option<u64> {
        self.pulled.get("rules").map(|(v, _)| *v)
    }

    /// The version shown in "About": the newest pulled content in use, `None` when only
    /// the built-in content is.
    pub fn version(&self) -> Option<u64> {
        self.pulled.values().map(|(v, _)| *v).max()
    }

    /// The screening engine: the pulled rules, else the built-in ones. (Pulled rules were
    /// validated when loaded; should they still fail, the built-in rules are used.)
    pub fn engine(&self) -> Result<Engine, RuleError> {
        match self.pulled.get("rules") {
            Some((_, toml)) => Engine::from_toml(toml).or_else(|_| Engine::embedded()),
            None => Engine::embedded(),
        }
    }

    /// The texts: the built-in ones with the pulled questions of each language.
    pub fn localizer(&self) -> Result<Localizer, I18nError> {
        let pulled = |l: Lang| {
            self.pulled
                .get(&format!("questions-{}", l.code()))
                .map(|(_, p)| p.as_str())
        };
        Localizer::with_questions(pulled).or_else(|_| Localizer::new())
    }
}

/// Load what `dir` keeps, verifying each file with `content_key` (hex; `None`: the device
/// is not enrolled, nothing pulled is trusted).
pub fn load_kept(dir: &Path, content_key: Option<&str>) -> Content {
    let mut c = Content::default();
    for kind in CONTENT_KINDS {
        let path = dir.join(format!("{kind}.json"));
        let Ok(bytes) = std::fs::read(&path) else {
            continue; // nothing kept: the built-in content, nothing to say
        };
        match verify(kind, &bytes, content_key) {
            Ok(u) => {
                c.pulled.insert(kind.to_owned(), (u.version, u.payload));
            }
            Err(why) => c.fallbacks.push(Fallback {
                kind: kind.to_owned(),
                why,
            }),
        }
    }
    c
}

fn verify(kind: &str, bytes: &[u8], key: Option<&str>) -> Result<ContentUpdate, String> {
    let key = key.ok_or("this device is not enrolled, so no organisation key can check it")?;
    let u: ContentUpdate =
        serde_json::from_slice(bytes).map_err(|_| "the kept file is damaged".to_owned())?;
    if u.kind != kind {
        return Err(format!("the kept file holds '{}' content", u.kind));
    }
    if !sanad_store::bundle::verify_command(key, &u.signed_text(), &u.signature) {
        return Err("its signature does not verify with the organisation's content key".into());
    }
    sanad_i18n::validate_content(kind, &u.payload)
        .map_err(|e| format!("its content is not valid: {e}"))?;
    Ok(u)
}
