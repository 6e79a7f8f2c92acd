//! Case studies: the format, the embedded library and packs published as signed content.

use sanad_core::{Answers, Classification, Engine, Gender};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a case study is about. A study may have several types (a child begging, a
/// smuggling journey that turned into labour exploitation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StudyType {
    /// Trafficking for labour.
    Labour,
    /// Trafficking for sexual exploitation.
    SexualExploitation,
    /// Trafficking for domestic servitude.
    DomesticServitude,
    /// Trafficking for begging.
    Begging,
    /// Trafficking for forced criminality.
    ForcedCriminality,
    /// Smuggling, nothing more.
    SmugglingOnly,
    /// Smuggling with abuse or ransom on the way.
    SmugglingAbuseInTransit,
    /// Smuggling that turned into trafficking.
    SmugglingTurnedTrafficking,
    /// A child travelling with no adult.
    ChildUnaccompanied,
    /// A child separated from the parents, with another adult.
    ChildSeparated,
    /// A child in the care of the people exploiting them.
    ChildInExploitersCare,
    /// An adult with vulnerabilities and no indicator.
    AdultVulnerableNoIndicator,
}

impl StudyType {
    /// Every type, in the order the issue lists them.
    pub const ALL: [StudyType; 12] = [
        StudyType::Labour,
        StudyType::SexualExploitation,
        StudyType::DomesticServitude,
        StudyType::Begging,
        StudyType::ForcedCriminality,
        StudyType::SmugglingOnly,
        StudyType::SmugglingAbuseInTransit,
        StudyType::SmugglingTurnedTrafficking,
        StudyType::ChildUnaccompanied,
        StudyType::ChildSeparated,
        StudyType::ChildInExploitersCare,
        StudyType::AdultVulnerableNoIndicator,
    ];
    /// Whether the type is about a child.
    pub fn is_child(self) -> bool {
        matches!(
            self,
            StudyType::ChildUnaccompanied
                | StudyType::ChildSeparated
                | StudyType::ChildInExploitersCare
        )
    }
    /// The Fluent message id of the type's name.
    pub fn message_id(self) -> &'static str {
        match self {
            StudyType::Labour => "training-type-labour",
            StudyType::SexualExploitation => "training-type-sexual",
            StudyType::DomesticServitude => "training-type-domestic",
            StudyType::Begging => "training-type-begging",
            StudyType::ForcedCriminality => "training-type-criminality",
            StudyType::SmugglingOnly => "training-type-smuggling-only",
            StudyType::SmugglingAbuseInTransit => "training-type-smuggling-abuse",
            StudyType::SmugglingTurnedTrafficking => "training-type-smuggling-turned",
            StudyType::ChildUnaccompanied => "training-type-child-unaccompanied",
            StudyType::ChildSeparated => "training-type-child-separated",
            StudyType::ChildInExploitersCare => "training-type-child-exploiters-care",
            StudyType::AdultVulnerableNoIndicator => "training-type-adult-vulnerable",
        }
    }
}

/// Where the story happens: the routes the workers see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// Oujda and the Algerian border.
    OujdaBorder,
    /// Nador and the sea crossing.
    NadorSea,
    /// Fes.
    Fes,
    /// The route through Libya.
    LibyanRoute,
}

impl Setting {
    /// Every setting.
    pub const ALL: [Setting; 4] = [
        Setting::OujdaBorder,
        Setting::NadorSea,
        Setting::Fes,
        Setting::LibyanRoute,
    ];
    /// The Fluent message id of the setting's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Setting::OujdaBorder => "training-setting-oujda",
            Setting::NadorSea => "training-setting-nador",
            Setting::Fes => "training-setting-fes",
            Setting::LibyanRoute => "training-setting-libya",
        }
    }
}

/// A study's story in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// A short title.
    pub title: String,
    /// What the person says.
    pub says: String,
    /// What the worker observes.
    pub observes: String,
    /// Where the story comes from (invented, or the court and year of a decided case).
    pub source: String,
}

/// One case study: the stories and the answer key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    /// Stable id, e.g. `labour-fes-1`.
    pub id: String,
    /// What it is about (at least one).
    pub types: Vec<StudyType>,
    /// Where it happens.
    pub setting: Setting,
    /// How the person is addressed (the Arabic texts agree with it).
    pub gender: Gender,
    /// The classification the key gives (checked against the engine).
    pub classification: Classification,
    /// The answer key: input code → `yes`, `no`, `unknown` or `declined`.
    pub key: std::collections::BTreeMap<String, String>,
    /// English story.
    pub en: Story,
    /// French story.
    pub fr: Story,
    /// Arabic story.
    pub ar: Story,
}

impl CaseStudy {
    /// The answer key as the engine takes it.
    pub fn key_answers(&self) -> Result<Answers, StudyError> {
        Answers::from_pairs(self.key.iter().map(|(c, v)| (c.as_str(), v.as_str()))).map_err(
            |errs| {
                StudyError::new(
                    &self.id,
                    errs.iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            },
        )
    }
    /// The story in a language (`en`, `fr`, `ar`; anything else gives English).
    pub fn story(&self, lang: &str) -> &Story {
        match lang {
            "fr" => &self.fr,
            "ar" => &self.ar,
            _ => &self.en,
        }
    }
    /// Whether the study is about a child.
    pub fn is_child(&self) -> bool {
        self.types.iter().any(|t| t.is_child())
    }

    fn validate(&self, engine: &Engine) -> Result<(), StudyError> {
        let bad = |p: &str| Err(StudyError::new(&self.id, p));
        if self.id.is_empty()
            || !self
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return bad("the id must be letters, digits and dashes");
        }
        if self.types.is_empty() {
            return bad("no type");
        }
        for (lang, s) in [("en", &self.en), ("fr", &self.fr), ("ar", &self.ar)] {
            for (field, text) in [
                ("title", &s.title),
                ("says", &s.says),
                ("observes", &s.observes),
                ("source", &s.source),
            ] {
                if text.trim().is_empty() {
                    return bad(&format!("{lang}.{field} is empty"));
                }
            }
        }
        let got = engine.evaluate(&self.key_answers()?).classification;
        if got != self.classification {
            return bad(&format!(
                "the key gives {got}, the study states {}",
                self.classification
            ));
        }
        Ok(())
    }
}

/// What is wrong with a study or a pack; names the study.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("case study '{study}': {problem}")]
pub struct StudyError {
    /// The study's id (or the pack, when it does not parse).
    pub study: String,
    /// What is wrong.
    pub problem: String,
}

impl StudyError {
    fn new(study: &str, problem: impl Into<String>) -> StudyError {
        StudyError {
            study: study.to_owned(),
            problem: problem.into(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    study: Vec<CaseStudy>,
}

/// The embedded study files (one per theme).
const EMBEDDED: &[(&str, &str)] = &[
    ("labour.toml", include_str!("../content/labour.toml")),
    (
        "exploitation.toml",
        include_str!("../content/exploitation.toml"),
    ),
    ("smuggling.toml", include_str!("../content/smuggling.toml")),
    ("children.toml", include_str!("../content/children.toml")),
];

/// A set of validated case studies, in file order, ids unique.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    studies: Vec<CaseStudy>,
}

impl Library {
    /// The studies built into the app.
    pub fn embedded(engine: &Engine) -> Result<Library, StudyError> {
        let mut lib = Library::default();
        for (name, text) in EMBEDDED {
            lib.add_pack(name, text, engine)?;
        }
        Ok(lib)
    }

    /// Add the studies of a pack (TOML, `[[study]]` tables). Every study is checked (ids,
    /// texts in the three languages, the key gives the stated classification); on any
    /// error nothing is added and the error names the study.
    pub fn add_pack(
        &mut self,
        name: &str,
        toml_text: &str,
        engine: &Engine,
    ) -> Result<usize, StudyError> {
        let pack: PackFile =
            toml::from_str(toml_text).map_err(|e| StudyError::new(name, e.message()))?;
        let mut seen: BTreeSet<&str> = self.studies.iter().map(|s| s.id.as_str()).collect();
        for s in &pack.study {
            s.validate(engine)?;
            if !seen.insert(&s.id) {
                return Err(StudyError::new(&s.id, "the id is used twice"));
            }
        }
        let n = pack.study.len();
        self.studies.extend(pack.study);
        Ok(n)
    }

    /// Add the studies of the organisation's published pack: checked as [`Library::add_pack`]
    /// checks them (ids unique within the pack); a study whose id is already here replaces
    /// it in place (the organisation's newer version), the others are added after. On any
    /// error nothing changes.
    pub fn update_with_pack(
        &mut self,
        name: &str,
        toml_text: &str,
        engine: &Engine,
    ) -> Result<usize, StudyError> {
        let mut pack = Library::default();
        let n = pack.add_pack(name, toml_text, engine)?;
        for s in pack.studies {
            match self.studies.iter_mut().find(|x| x.id == s.id) {
                Some(old) => *old = s,
                None => self.studies.push(s),
            }
        }
        Ok(n)
    }

    /// Every study.
    pub fn studies(&self) -> &[CaseStudy] {
        &self.studies
    }

    /// A study by id.
    pub fn get(&self, id: &str) -> Option<&CaseStudy> {
        self.studies.iter().find(|s| s.id == id)
    }

    /// Number of studies of a type.
    pub fn count_type(&self, t: StudyType) -> usize {
        self.studies.iter().filter(|s| s.types.contains(&t)).count()
    }

    /// Number of studies in a setting.
    pub fn count_setting(&self, s: Setting) -> usize {
        self.studies.iter().filter(|x| x.setting == s).count()
    }
}
