//! The one runtime task between the UI and the core: commands in, state out.
//!
//! Components send [`Command`]s; the task owns the screening [`Session`] and the engine,
//! and publishes what screens show through the signals of [`AppState`]. No component calls
//! the engine, a database or the network.

use dioxus::prelude::*;
use futures_util::StreamExt;
use sanad_core::directory::{DirectoryQuery, PhoneView, Service, Texts, parse_json};
use sanad_core::lookup::{IndicatorIndex, LookupHit};
use sanad_core::{Answer, CodeId, Engine, RefCategory, ScreeningResult, Session, code_id};
use sanad_i18n::{Lang, Localizer};
use sanad_store::directory::Directory;
use std::path::Path;
use std::rc::Rc;

/// The sample directory shipped with the app (loaded on first run, labelled as sample).
pub const SAMPLE_DIRECTORY: &str = include_str!("../assets/sample-directory.json");

/// What the UI asks the runtime to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start a new, empty screening.
    NewScreening,
    /// Answer the current question.
    Answer(Answer),
    /// Skip the current question.
    Skip,
    /// Go back to the previous question.
    Back,
    /// Keep asking after the decision is settled.
    ContinuePastStop,
    /// Change the interface language.
    SetUiLang(Lang),
    /// Change the interview language (the language questions are read out in).
    SetInterviewLang(Lang),
    /// Search the indicator catalogue.
    SearchIndicators(String),
    /// Search the referral directory (words in any language, optional filters).
    SearchDirectory {
        /// What the worker typed.
        text: String,
        /// Only this referral category.
        category: Option<RefCategory>,
        /// Only this city (canonical key).
        city: Option<String>,
        /// Only services where this language is spoken (ISO 639).
        language: Option<String>,
        /// Only services for this group (`sanad-eligibility` code).
        serves: Option<String>,
    },
    /// Show one directory service.
    OpenService(String),
}

/// One directory service as the screens show it (texts in every language: the component
/// picks the interface language, so a language switch needs no new search).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCard {
    /// Service id.
    pub id: String,
    /// Name.
    pub name: Texts,
    /// Organisation.
    pub organization: Texts,
    /// Description.
    pub description: Texts,
    /// Referral categories.
    pub categories: Vec<RefCategory>,
    /// Numbers to call.
    pub phones: Vec<PhoneView>,
    /// Languages spoken (ISO 639).
    pub languages: Vec<String>,
    /// Last verified (`YYYY-MM-DD`), `None`: not verified.
    pub verified: Option<String>,
    /// Sample data.
    pub sample: bool,
}

impl ServiceCard {
    fn of(s: &Service) -> ServiceCard {
        let v = &s.view;
        ServiceCard {
            id: v.id.clone(),
            name: v.name.clone(),
            organization: v.organization.clone(),
            description: v.description.clone(),
            categories: v.categories.clone(),
            phones: v.phones.clone(),
            languages: v.languages.clone(),
            verified: v.assured_date.clone(),
            sample: v.sample,
        }
    }
}

/// What the directory screens show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryView {
    /// The directory could be opened.
    pub available: bool,
    /// Number of services.
    pub total: usize,
    /// How many of them are sample data (non-zero: the screens say it is a sample).
    pub sample: usize,
    /// Results of the last search, best first.
    pub results: Vec<ServiceCard>,
    /// The service opened last.
    pub detail: Option<ServiceCard>,
}

/// What the screening screen shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScreeningView {
    /// The question to ask now (`None`: the interview is over).
    pub current: Option<CodeId>,
    /// Answers given so far.
    pub answered: usize,
    /// The decision is settled by the answers so far.
    pub decided: bool,
    /// There is a previous question to go back to.
    pub can_back: bool,
    /// A danger or urgent-medical answer is `yes`: show the emergency numbers now.
    pub emergency: bool,
    /// The result on the answers so far.
    pub result: Option<Rc<ScreeningResult>>,
}

/// The app's shared UI state (signals are `Copy`).
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub ui_lang: Signal<Lang>,
    /// Interview language.
    pub interview_lang: Signal<Lang>,
    /// The screening in progress.
    pub screening: Signal<ScreeningView>,
    /// Indicator lookup results.
    pub lookup: Signal<Vec<LookupHit>>,
    /// The referral directory.
    pub directory: Signal<DirectoryView>,
    /// A problem to show (never contains case data).
    pub error: Signal<Option<String>>,
}

/// Long-lived services owned by the runtime.
pub struct Services {
    engine: Result<Engine, String>,
    index: IndicatorIndex,
    directory: Option<Directory>,
}

impl Services {
    /// Load the engine's rules, build the indicator index and open the directory in
    /// `data_dir` (loading the sample directory on first run).
    pub fn load(l10n: &Localizer, data_dir: &Path) -> Services {
        Services {
            engine: Engine::embedded().map_err(|e| e.to_string()),
            index: l10n.indicator_index(),
            directory: open_directory(data_dir),
        }
    }

    /// The directory's counts, before any search.
    pub fn directory_view(&self) -> DirectoryView {
        match &self.directory {
            Some(d) => DirectoryView {
                available: true,
                total: d.len().unwrap_or(0),
                sample: d.sample_count(),
                ..DirectoryView::default()
            },
            None => DirectoryView::default(),
        }
    }
}

/// Open the directory database; an empty one gets the shipped sample. `None` if the file
/// cannot be opened (the directory screen says so; the rest of the app works).
fn open_directory(data_dir: &Path) -> Option<Directory> {
    std::fs::create_dir_all(data_dir).ok()?;
    let mut d = Directory::open(&data_dir.join("directory.db")).ok()?;
    if d.is_empty().ok()? {
        let sample = parse_json("sample-directory.json", SAMPLE_DIRECTORY).ok()?;
        d.replace_all(&sample, None).ok()?;
    }
    Some(d)
}

fn view_of(e: &Engine, s: &Session) -> ScreeningView {
    let answers = s.answers();
    let yes = |c: &str| code_id(c).is_some_and(|id| answers.is_yes(id));
    ScreeningView {
        current: s.current(e),
        answered: s.answered(),
        decided: s.is_decided(e),
        can_back: !s.steps().is_empty(),
        emergency: yes("safety.immediate_danger") || yes("safety.urgent_medical_need"),
        result: Some(Rc::new(s.result(e))),
    }
}

/// Start the runtime task and provide its handle and the state to every component.
pub fn use_runtime(state: AppState, services: Rc<Services>) -> Coroutine<Command> {
    use_coroutine(move |mut rx: UnboundedReceiver<Command>| {
        let services = services.clone();
        async move {
            let mut state = state;
            let mut session = Session::new();
            // The interview language follows the interface language until the worker
            // picks one for the interview.
            let mut interview_chosen = false;
            while let Some(cmd) = rx.next().await {
                let engine = match &services.engine {
                    Ok(e) => *e,
                    Err(msg) => {
                        state.error.set(Some(msg.clone()));
                        continue;
                    }
                };
                match cmd {
                    Command::NewScreening => session = Session::new(),
                    Command::Answer(a) => {
                        if let Some(c) = session.current(&engine) {
                            session.answer(c, a);
                        }
                    }
                    Command::Skip => {
                        if let Some(c) = session.current(&engine) {
                            session.skip(c);
                        }
                    }
                    Command::Back => {
                        session.back();
                    }
                    Command::ContinuePastStop => session.continue_past_stop(),
                    Command::SetUiLang(l) => {
                        state.ui_lang.set(l);
                        if !interview_chosen {
                            state.interview_lang.set(l);
                        }
                        continue;
                    }
                    Command::SetInterviewLang(l) => {
                        interview_chosen = true;
                        state.interview_lang.set(l);
                        continue;
                    }
                    Command::SearchIndicators(q) => {
                        let lang = (state.ui_lang)();
                        state.lookup.set(services.index.search(&q, lang.code(), 20));
                        continue;
                    }
                    Command::SearchDirectory {
                        text,
                        category,
                        city,
                        language,
                        serves,
                    } => {
                        if let Some(d) = &services.directory {
                            let q = DirectoryQuery {
                                text,
                                category,
                                city,
                                language,
                                serves,
                                limit: 50,
                                ..DirectoryQuery::default()
                            };
                            let results = d
                                .search(&q)
                                .unwrap_or_default()
                                .iter()
                                .filter_map(|h| d.service(&h.id).ok().flatten())
                                .map(|s| ServiceCard::of(&s))
                                .collect();
                            state.directory.with_mut(|v| v.results = results);
                        }
                        continue;
                    }
                    Command::OpenService(id) => {
                        if let Some(d) = &services.directory {
                            let detail = d.service(&id).ok().flatten().map(|s| ServiceCard::of(&s));
                            state.directory.with_mut(|v| v.detail = detail);
                        }
                        continue;
                    }
                }
                state.screening.set(view_of(&engine, &session));
            }
        }
    })
}
