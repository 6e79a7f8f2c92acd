//! The one runtime task between the UI and the core: commands in, state out.
//!
//! Components send [`Command`]s; the task owns the screening [`Session`] and the engine,
//! and publishes what screens show through the signals of [`AppState`]. No component calls
//! the engine, a database or the network.

use dioxus::prelude::*;
use futures_util::StreamExt;
use sanad_core::lookup::{IndicatorIndex, LookupHit};
use sanad_core::{Answer, CodeId, Engine, ScreeningResult, Session, code_id};
use sanad_i18n::{Lang, Localizer};
use std::rc::Rc;

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
    /// A problem to show (never contains case data).
    pub error: Signal<Option<String>>,
}

/// Long-lived services owned by the runtime.
pub struct Services {
    engine: Result<Engine, String>,
    index: IndicatorIndex,
}

impl Services {
    /// Load the engine's rules and build the indicator index.
    pub fn load(l10n: &Localizer) -> Services {
        Services {
            engine: Engine::embedded().map_err(|e| e.to_string()),
            index: l10n.indicator_index(),
        }
    }
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
                }
                state.screening.set(view_of(&engine, &session));
            }
        }
    })
}
