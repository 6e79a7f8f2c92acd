//! Practice mode in the runtime task: the training library, the practice screening (the
//! real session and screens, never kept as a draft or a case), and the practice store
//! (`sanad_service::practice`), which is apart from the case store and never synced.

use dioxus::prelude::*;
use sanad_core::{Engine, Session};
use sanad_service::practice::PracticeStore;
use sanad_training::{
    CaseStudy, GroupAnswer, GroupRecord, Library, PracticeReport, QuizItem, QuizOutcome,
    QuizRecord, SessionRecord, TestRecord,
};
use std::rc::Rc;

use super::Task;

/// The training content the screens show: the studies and their quiz questions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrainingData {
    /// The studies.
    pub library: Library,
    /// One quiz question per study, in library order.
    pub items: Vec<QuizItem>,
}

impl TrainingData {
    /// The built-in studies; a study that does not load leaves the list empty (the tests
    /// keep the built-in content valid).
    pub fn load(engine: &Engine) -> TrainingData {
        Self::of(Library::embedded(engine).unwrap_or_default(), engine)
    }

    /// The built-in studies with those of the organisation's pack (the `training` content
    /// that verified again: see `sanad_service::content`): its studies replace built-in
    /// ones with the same id and the others are added. A pack that does not fit `engine`
    /// (the rules in use) leaves the built-in studies, and the error says why.
    pub fn with_pack(engine: &Engine, pack: Option<&str>) -> (TrainingData, Option<String>) {
        let mut library = Library::embedded(engine).unwrap_or_default();
        let refused = pack.and_then(|p| {
            library
                .update_with_pack("training", p, engine)
                .err()
                .map(|e| format!("its studies do not fit the rules in use: {e}"))
        });
        (Self::of(library, engine), refused)
    }

    fn of(library: Library, engine: &Engine) -> TrainingData {
        let items = library
            .studies()
            .iter()
            .filter_map(|s| QuizItem::of(engine, s).ok())
            .collect();
        TrainingData { library, items }
    }
}

/// The practice screening in progress, as the screens show it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PracticeView {
    /// The study practised (`None`: no practice under way).
    pub study: Option<Rc<CaseStudy>>,
    /// The worker's answers so far against the key.
    pub report: Option<Rc<PracticeReport>>,
}

/// What practice asks the runtime to do.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeCmd {
    /// Start a practice screening on this study.
    Start(String),
    /// End it: keep the session in the practice store, bring back the real interview.
    End,
    /// Keep a quiz run.
    Quiz(Vec<QuizOutcome>),
    /// Keep a facilitator session.
    Groups(Vec<String>, Vec<GroupAnswer>),
    /// Keep a knowledge-test score.
    Test(TestRecord),
}

/// The practice part of the runtime task.
#[derive(Default)]
pub(super) struct Practice {
    study: Option<Rc<CaseStudy>>,
    /// The real interview, put aside while practising.
    real: Option<Session>,
    /// Why the pulled training pack is not used (it verified, but does not fit the rules
    /// in use).
    pub(super) pack_refused: Option<sanad_service::content::Fallback>,
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl Task {
    /// Whether a practice screening is under way (then nothing is saved as a draft or case).
    pub(super) fn practising(&self) -> bool {
        self.practice.study.is_some()
    }

    pub(super) fn practice_command(&mut self, cmd: PracticeCmd) {
        let store = PracticeStore::new(&self.data_dir);
        let kept = match cmd {
            PracticeCmd::Start(id) => {
                self.start_practice(&id);
                Ok(())
            }
            PracticeCmd::End => self.end_practice(&store),
            PracticeCmd::Quiz(outcomes) => store
                .update(|log| {
                    log.quizzes.push(QuizRecord {
                        at_ms: now_ms(),
                        outcomes,
                    })
                })
                .map(|_| ()),
            PracticeCmd::Groups(set, answers) => store
                .update(|log| {
                    log.groups.push(GroupRecord {
                        at_ms: now_ms(),
                        set,
                        answers,
                    })
                })
                .map(|_| ()),
            PracticeCmd::Test(t) => store.update(|log| log.tests.push(t)).map(|_| ()),
        };
        if let Err(e) = kept {
            self.state.error.set(Some(e));
        }
    }

    fn start_practice(&mut self, id: &str) {
        let Some(study) = (self.state.training)()
            .and_then(|t| t.library.get(id).cloned())
            .map(Rc::new)
        else {
            return;
        };
        if self.practice.study.is_none() {
            self.practice.real = Some(std::mem::take(&mut self.session));
        } else {
            self.session = Session::new();
        }
        self.session.set_gender(study.gender);
        self.asked = None;
        self.practice.study = Some(study);
        self.practice_changed();
    }

    fn end_practice(&mut self, store: &PracticeStore) -> Result<(), String> {
        let Some(study) = self.practice.study.take() else {
            return Ok(());
        };
        let report = (self.state.practice)().report;
        let answers = self.session.answers();
        self.session = self.practice.real.take().unwrap_or_default();
        self.state.practice.set(PracticeView::default());
        let view = self.screening_view();
        self.state.screening.set(view);
        store
            .update(|log| {
                log.sessions.push(SessionRecord {
                    study: study.id.clone(),
                    at_ms: now_ms(),
                    answers: answers
                        .iter()
                        .map(|(c, a)| (c.as_str().to_owned(), a.as_str().to_owned()))
                        .collect(),
                    same_classification: report.as_ref().is_some_and(|r| r.same_classification()),
                    differences: report
                        .as_ref()
                        .map_or(0, |r| u32::try_from(r.diffs.len()).unwrap_or(u32::MAX)),
                })
            })
            .map(|_| ())
    }

    /// Publish the practice session: the screening view and the comparison with the key.
    /// Nothing goes to the case worker (no draft).
    pub(super) fn practice_changed(&mut self) {
        let view = self.screening_view();
        self.state.screening.set(view);
        let (Some(study), Ok(engine)) = (self.practice.study.clone(), self.engine.as_ref()) else {
            return;
        };
        let report = study.key_answers().ok().map(|key| {
            Rc::new(PracticeReport::compare(
                engine,
                &study.id,
                &self.session.answers(),
                &key,
            ))
        });
        self.state.practice.set(PracticeView {
            study: Some(study),
            report,
        });
    }

    /// The store was locked or wiped: practice ends too, nothing kept.
    pub(super) fn drop_practice(&mut self) {
        let pack_refused = self.practice.pack_refused.take();
        self.practice = Practice {
            pack_refused,
            ..Practice::default()
        };
        self.state.practice.set(PracticeView::default());
    }
}
