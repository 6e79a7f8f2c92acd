//! The one runtime task between the UI and everything else: commands in, events out.
//!
//! Components send [`Command`]s. The task owns the screening [`Session`] and the engine
//! (fast, pure) and forwards everything slow or sensitive to the [`Backend`] workers; it
//! applies their [`Out`] events to the signals of [`AppState`]. No component calls the
//! engine, a database, the network or any crypto.

mod content;
mod practice;
mod state;

pub use crate::backend::{
    CaseCmd, CaseDetail, CaseRow, DirectorySearch, GateView, Problem, SAMPLE_DIRECTORY,
    ServiceCard, SettingsView, SyncView,
};
pub use content::ContentInUse;
pub use practice::{PracticeCmd, PracticeView, TrainingData};
pub use state::{ALREADY_TOLD, AppState, DirectoryView, ReferralTerms, ScreeningView, StopReason};

use dioxus::prelude::*;
use futures_util::StreamExt;
use futures_util::stream::select;
use sanad_core::lookup::IndicatorIndex;
use sanad_core::{Answer, Engine, Gender, Session, Step};
use sanad_core::{CodeId, code_id};
use sanad_i18n::{Lang, Localizer};
use std::path::PathBuf;
use std::rc::Rc;

use crate::backend::{Backend, DirCmd, Out, ScreeningToSave};
use sanad_service::Event;
use sanad_service::content::Content;

/// What the UI asks the runtime to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start a new, empty screening (drops the saved draft).
    NewScreening,
    /// Answer the current question.
    Answer(Answer),
    /// Skip the current question.
    Skip,
    /// Go back to the previous question.
    Back,
    /// Keep asking after the decision is settled.
    ContinuePastStop,
    /// How the person is addressed (chosen at the start of a screening).
    SetGender(Gender),
    /// The person's answer to keeping a record (Law 09-08). A no erases the draft.
    RecordConsent(bool),
    /// Change the interface language.
    SetUiLang(Lang),
    /// Change the interview language (the language questions are read out in).
    SetInterviewLang(Lang),
    /// Search the indicator catalogue.
    SearchIndicators(String),
    /// Ask this input code next in the screening in progress (from the indicator lookup).
    AskIndicator(String),
    /// Record a fact the person already told (yes), or take it back (`false`).
    AlreadyTold(String, bool),
    /// Search the referral directory.
    SearchDirectory(DirectorySearch),
    /// Show one directory service.
    OpenService(String),
    /// Look up the names of these directory services.
    ServiceNames(Vec<String>),
    /// Find services for the result's suggested referrals (the worker's city first).
    LoadReferralOptions,
    /// Save the screening's result to a case.
    SaveScreening {
        /// Case reference.
        reference: String,
        /// Alias (may be empty).
        alias: String,
    },
    /// A case-store command (unlock, lock, notes, sync, settings...).
    Case(CaseCmd),
    /// Dismiss the message shown.
    Dismiss,
    /// Practice and training (never kept in a case).
    Practice(PracticeCmd),
    /// Ask again which referrals are overdue or due today (the message shown stays).
    FollowUps,
}

/// Start the back end and the runtime task, and provide its handle to every component.
pub fn use_runtime(
    state: AppState,
    l10n: Signal<Rc<Localizer>>,
    data_dir: PathBuf,
) -> Coroutine<Command> {
    use_coroutine(move |rx: UnboundedReceiver<Command>| {
        let data_dir = data_dir.clone();
        async move {
            let (out_tx, out_rx) = futures_channel::mpsc::unbounded();
            let backend = Backend::start(data_dir.clone(), out_tx);
            let mut task = Task {
                state,
                engine: Engine::embedded().map_err(|e| e.to_string()),
                index: l10n.peek().indicator_index(),
                l10n,
                content: Content::default(),
                asked: None,
                previous: None,
                session: Session::new(),
                interview_chosen: false,
                backend,
                data_dir,
                practice: practice::Practice::default(),
            };
            match &task.engine {
                Err(e) => task.state.error.set(Some(e.clone())),
                Ok(e) => {
                    task.state
                        .observed_always
                        .set(Rc::new(state::always_observed(e)));
                    task.state
                        .training
                        .set(Some(Rc::new(TrainingData::load(e))));
                }
            }
            let mut events = select(
                rx.map(|c| Msg::In(Box::new(c))),
                out_rx.map(|e| Msg::Out(Box::new(e))),
            );
            while let Some(msg) = events.next().await {
                match msg {
                    Msg::In(cmd) => task.command(*cmd),
                    Msg::Out(ev) => task.event(*ev),
                }
            }
        }
    })
}

enum Msg {
    In(Box<Command>),
    Out(Box<Out>),
}

struct Task {
    state: AppState,
    engine: Result<Engine, String>,
    index: IndicatorIndex,
    /// The texts every screen renders (the built-in ones with the pulled questions).
    l10n: Signal<Rc<Localizer>>,
    /// The checklist content in use.
    content: Content,
    /// A code the worker chose to ask next (from the lookup), until it is answered or skipped.
    asked: Option<CodeId>,
    /// The step undone by the last Back: its answer is shown as chosen again.
    previous: Option<(CodeId, Answer)>,
    session: Session,
    interview_chosen: bool,
    backend: Backend,
    data_dir: PathBuf,
    practice: practice::Practice,
}

impl Task {
    fn screening_view(&self) -> ScreeningView {
        let mut v = match &self.engine {
            Ok(e) => state::view_of(e, &self.session, self.asked),
            Err(_) => ScreeningView::default(),
        };
        v.previous = self
            .previous
            .filter(|(c, _)| v.current == Some(*c))
            .map(|(_, a)| a);
        v
    }

    /// The code the worker answers now: the one asked from the lookup, else the engine's.
    fn current(&mut self, e: &Engine) -> Option<CodeId> {
        self.asked.take().or_else(|| self.session.current(e))
    }

    /// Publish the session and keep its encrypted draft current.
    fn session_changed(&mut self) {
        if self.practising() {
            return self.practice_changed();
        }
        let view = self.screening_view();
        self.state.screening.set(view);
        // An interview with answers and not saved stays one tap away on Home.
        let unsaved = !self.session.steps().is_empty()
            && (self.state.saved)().is_none()
            && (self.state.record_consent)() != Some(false);
        self.state.draft_available.set(unsaved);
        self.backend
            .cases(CaseCmd::SaveDraft(self.session.to_draft()));
    }

    /// A new screening: the session, its consent and its draft start afresh.
    fn new_screening(&mut self) {
        self.drop_practice();
        let mut s = self.state;
        self.session = Session::new();
        self.asked = None;
        s.saved.set(None);
        s.referred.set(Vec::new());
        s.record_consent.set(None);
        s.draft_available.set(false);
        // What one person agreed to share never carries over to the next.
        s.referral_terms.set(Default::default());
        self.backend.cases(CaseCmd::DiscardDraft);
        let view = self.screening_view();
        s.screening.set(view);
    }

    /// Back one question, keeping the earlier answer to show it.
    fn back(&mut self) {
        self.asked = None;
        self.previous = match self.session.steps().last() {
            Some(Step::Answered(c, a)) => Some((*c, *a)),
            _ => None,
        };
        self.session.back();
        self.session_changed();
    }

    /// The record consent; without it the draft goes too.
    fn record_consent(&mut self, given: bool) {
        let mut s = self.state;
        s.record_consent.set(Some(given));
        if !given {
            // No record: the encrypted draft of this screening goes too.
            s.draft_available.set(false);
            self.backend.cases(CaseCmd::DiscardDraft);
        }
    }

    /// The interface language (kept), and the interview language until one is chosen.
    fn set_ui_lang(&mut self, l: Lang) {
        let mut s = self.state;
        s.ui_lang.set(l);
        crate::platform::save_ui_lang(&self.data_dir, l);
        if !self.interview_chosen {
            s.interview_lang.set(l);
        }
    }

    /// A fact the person already told, recorded (or taken back) before the questions.
    fn already_told(&mut self, code: &str, told: bool) {
        if let Some(c) = code_id(code) {
            if told {
                self.session.answer(c, Answer::Yes);
            } else {
                let (mut rest, steps) = (Session::new(), self.session.steps().to_vec());
                rest.set_gender(self.session.gender());
                for st in steps.into_iter().filter(|st| st.code() != c) {
                    match st {
                        Step::Answered(x, a) => rest.answer(x, a),
                        Step::Skipped(x) => rest.skip(x),
                    }
                }
                self.session = rest;
            }
            self.session_changed();
        }
    }

    /// Save the screening as a case, with the record consent given.
    fn save_screening(&mut self, reference: String, alias: String) {
        if self.practising() {
            return; // practice is never saved to a case
        }
        let mut s = self.state;
        s.notice.set(None);
        let Some(e) = self.engine.as_ref().ok().copied() else {
            return;
        };
        let r = self.session.result(&e);
        let answers = self
            .session
            .answers()
            .iter()
            .map(|(c, a)| (c.as_str().to_owned(), a))
            .collect();
        self.backend.cases(CaseCmd::SaveScreening(ScreeningToSave {
            reference,
            alias,
            record_consent: (s.record_consent)() == Some(true),
            answers,
            outcome: r.outcome,
            classification: r.classification,
            referrals: r.referrals,
        }));
    }

    fn command(&mut self, cmd: Command) {
        let mut s = self.state;
        let engine = self.engine.as_ref().ok().copied();
        match cmd {
            Command::NewScreening => self.new_screening(),
            Command::Answer(a) => {
                self.previous = None;
                if let Some(c) = engine.and_then(|e| self.current(&e)) {
                    self.session.answer(c, a);
                    self.session_changed();
                }
            }
            Command::Skip => {
                self.previous = None;
                if let Some(c) = engine.and_then(|e| self.current(&e)) {
                    self.session.skip(c);
                    self.session_changed();
                }
            }
            Command::Back => self.back(),
            Command::ContinuePastStop => {
                self.session.continue_past_stop();
                self.session_changed();
            }
            Command::SetGender(g) => {
                self.session.set_gender(g);
                self.session_changed();
            }
            Command::RecordConsent(given) => self.record_consent(given),
            Command::SetUiLang(l) => self.set_ui_lang(l),
            Command::SetInterviewLang(l) => {
                self.interview_chosen = true;
                s.interview_lang.set(l);
            }
            Command::SearchIndicators(q) => {
                let lang = (s.ui_lang)();
                s.lookup.set(self.index.lookup(&q, lang.code(), 20));
            }
            Command::AskIndicator(code) => {
                if let Some(c) = code_id(&code) {
                    self.asked = Some(c);
                    let view = self.screening_view();
                    s.screening.set(view);
                }
            }
            Command::AlreadyTold(code, told) => self.already_told(&code, told),
            Command::SearchDirectory(q) => {
                s.directory.with_mut(|d| d.last = q.clone());
                self.backend.directory(DirCmd::Search(q))
            }
            Command::OpenService(id) => self.backend.directory(DirCmd::Open(id)),
            Command::ServiceNames(ids) => self.backend.directory(DirCmd::Names(ids)),
            Command::LoadReferralOptions => {
                let categories = (s.screening)()
                    .result
                    .map(|r| r.referrals.clone())
                    .unwrap_or_default();
                let city = (s.settings)().city;
                self.backend
                    .directory(DirCmd::ReferralOptions { categories, city });
            }
            Command::SaveScreening { reference, alias } => self.save_screening(reference, alias),
            Command::Case(c) => {
                // A new action: the message of the last one goes (the new one, if any,
                // comes with the answer).
                s.notice.set(None);
                self.backend.cases(c)
            }
            Command::Dismiss => s.notice.set(None),
            Command::Practice(p) => self.practice_command(p),
            Command::FollowUps => self.backend.cases(CaseCmd::Referral(
                crate::backend::ReferralCommand::FollowUps,
            )),
        }
    }

    fn event(&mut self, ev: Out) {
        let mut s = self.state;
        match ev {
            Out::Service(e) => self.service_event(e),
            Out::DirectoryReady { total, sample } => s.directory.with_mut(|d| {
                d.available = total.is_some();
                d.loaded = true;
                d.total = total.unwrap_or(0);
                d.sample = sample;
            }),
            Out::DirectoryResults(r, showing_for, nearest) => s.directory.with_mut(|d| {
                d.results = r;
                d.showing_for = showing_for;
                d.nearest = nearest;
            }),
            Out::Opened(c) => s.directory.with_mut(|d| d.detail = c),
            Out::ServiceNames(names) => s.service_names.with_mut(|m| m.extend(names)),
            Out::ReferralOptions(o) => s.referral_options.set(o),
        }
    }

    /// An event of the case worker's service.
    fn service_event(&mut self, ev: Event) {
        let mut s = self.state;
        match ev {
            Event::Gate(g) => {
                if g != GateView::Unlocked && g != GateView::Busy {
                    // Locked or wiped: nothing of the case data stays in the UI's memory.
                    self.drop_practice();
                    self.session = Session::new();
                    self.asked = None;
                    s.screening.set(ScreeningView::default());
                    s.cases.set(Vec::new());
                    s.case.set(None);
                    s.saved.set(None);
                    s.referred.set(Vec::new());
                    s.record_consent.set(None);
                    s.draft_available.set(false);
                    s.follow_ups.set(Vec::new());
                    s.slip.set(None);
                    s.referral_terms.set(Default::default());
                    s.access_export.set(None);
                }
                s.gate.set(g);
            }
            Event::Notice(p) => s.notice.set(Some(p)),
            Event::Draft(d) => {
                if let (Some(d), Ok(e)) = (d, &self.engine) {
                    let (session, _dropped) = Session::from_draft(&d);
                    self.session = session;
                    let view = state::view_of(e, &self.session, None);
                    s.draft_available.set(!self.session.steps().is_empty());
                    s.screening.set(view);
                } else {
                    s.draft_available.set(false);
                }
            }
            Event::Unsynced(n) => s.unsynced.set(n),
            Event::Cases(rows) => s.cases.set(rows),
            Event::Case(c) => {
                // An export belongs to the case it was made for.
                if c.as_ref().map(|c| &c.id) != s.case.peek().as_ref().map(|c| &c.id) {
                    s.access_export.set(None);
                }
                s.case.set(c)
            }
            Event::Saved { case, reference } => {
                s.saved.set(Some((case, reference)));
                s.draft_available.set(false);
            }
            Event::Referred { target } => s.referred.with_mut(|r| r.push(target)),
            Event::Sync(v) => s.sync.set(v),
            Event::Settings(v) => s.settings.set(v),
            Event::Content(c) => self.content(c),
            // The directory worker reloads on its own (the case worker tells it).
            Event::Pulled => {}
            Event::FollowUps(f) => s.follow_ups.set(f),
            Event::Slip(v) => s.slip.set(Some(v)),
            Event::AccessExport(x) => s.access_export.set(Some(x)),
            // The service closes the case's views itself (an empty case, a new list).
            Event::Erased { .. } => {}
        }
    }
}
