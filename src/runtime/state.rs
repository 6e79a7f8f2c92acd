//! The app's shared UI state: signals the runtime task writes and the screens read.

use dioxus::prelude::*;
use sanad_core::lookup::Lookup;
use sanad_core::{
    Answer, CodeId, Dimension, Engine, Gender, Mode, RefCategory, ScreeningResult, Session,
    code_id, input_codes,
};
use sanad_i18n::Lang;
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::backend::{
    CaseDetail, CaseRow, DirectorySearch, GateView, Problem, ServiceCard, SettingsView, SyncView,
};
use sanad_core::directory::Texts;

/// What the directory screens show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryView {
    /// The directory worker has reported (opened or failed).
    pub loaded: bool,
    /// The directory could be opened.
    pub available: bool,
    /// Number of services.
    pub total: usize,
    /// How many of them are sample data (non-zero: the screens say it is a sample).
    pub sample: usize,
    /// Results of the last search, best first.
    pub results: Vec<ServiceCard>,
    /// Set when no service matched every word: the words the results are for.
    pub showing_for: Option<Vec<String>>,
    /// The service opened last.
    pub detail: Option<ServiceCard>,
    /// The last search (the screen shows it again when the worker comes back).
    pub last: DirectorySearch,
    /// Nothing in the city chosen: the nearest city that has such services.
    pub nearest: Option<String>,
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
    /// Consent was refused: the interview stops here.
    pub consent_refused: bool,
    /// The result on the answers so far.
    pub result: Option<Rc<ScreeningResult>>,
    /// How the current code is put: read aloud, or the worker's own observation.
    pub mode: Mode,
    /// How the person is addressed (the `$gender` of every text to or about them).
    pub gender: Gender,
    /// Codes that are observations, not questions, given the answers so far (the result
    /// marks them).
    pub observed: Rc<BTreeSet<String>>,
    /// Why the interview must stop now (danger or a controlling person): the screen shows
    /// the full-screen stop card instead of the next question.
    pub stop: Option<StopReason>,
    /// Indicator groups (dimensions) of which no question was answered: the result shows
    /// them as "not asked", never as "no".
    pub unasked: Vec<Dimension>,
    /// Questions the adaptive order may still ask (all input codes not yet answered, when
    /// the decision is not settled; 0 once it is).
    pub left: usize,
    /// The answer given before the worker went back to this question (shown as chosen).
    pub previous: Option<Answer>,
    /// Facts of [`ALREADY_TOLD`] recorded as yes.
    pub told: Vec<&'static str>,
    /// The consent question has an answer (a partial result without one says "not asked",
    /// not "no consent").
    pub consent_asked: bool,
}

/// Common facts a person often tells before any question: the worker records them first,
/// and the adaptive order then asks only what remains (issue 15, item 8).
pub const ALREADY_TOLD: [&str; 7] = [
    "ilo.coercion_at_destination.confiscation_of_documents",
    "ilo.coercion_at_destination.debt_bondage",
    "ilo.exploitative_conditions.low_or_no_salary",
    "ilo.coercion_at_destination.isolation_confinement_surveillance",
    "ilo.coercion_at_destination.threats_of_violence",
    "ilo.deceptive_recruitment.deceived_nature_of_job",
    "som.paid_or_benefit_for_crossing",
];

/// Why the interview stops at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// "In danger now" was answered yes.
    Danger,
    /// The worker marked a controlling person present.
    Controller,
}

impl StopReason {
    /// The key of the stop card's texts (`stop-<key>-...`).
    pub fn key(self) -> &'static str {
        match self {
            StopReason::Danger => "danger",
            StopReason::Controller => "controller",
        }
    }
}

/// Dimensions with no answered question: an `ilo.<dimension>.*` code with an answer counts.
fn unasked_dimensions(answers: &sanad_core::Answers) -> Vec<Dimension> {
    Dimension::ALL
        .into_iter()
        .filter(|d| {
            let prefix = format!("ilo.{}.", d.key());
            !answers.iter().any(|(c, _)| c.as_str().starts_with(&prefix))
        })
        .collect()
}

/// The screening as the screens show it; `asked` is a code the worker chose to ask now
/// (from the indicator lookup), shown instead of the engine's next question.
pub(crate) fn view_of(e: &Engine, s: &Session, asked: Option<CodeId>) -> ScreeningView {
    let answers = s.answers();
    let answered = |c: &str, a: Answer| code_id(c).is_some_and(|id| answers.get(id) == Some(a));
    let current = asked.or_else(|| s.current(e));
    let stop = if answered("safety.immediate_danger", Answer::Yes) {
        Some(StopReason::Danger)
    } else if answered("safety.controller_present", Answer::Yes) {
        Some(StopReason::Controller)
    } else {
        None
    };
    let decided = s.is_decided(e);
    ScreeningView {
        stop,
        consent_asked: code_id("consent.informed_given")
            .is_some_and(|id| answers.get(id).is_some()),
        previous: None,
        told: ALREADY_TOLD
            .into_iter()
            .filter(|c| answered(c, Answer::Yes))
            .collect(),
        unasked: unasked_dimensions(&answers),
        left: if decided || current.is_none() {
            0
        } else {
            input_codes().len().saturating_sub(answers.iter().count())
        },
        current,
        answered: s.answered(),
        decided,
        can_back: !s.steps().is_empty(),
        emergency: answered("safety.immediate_danger", Answer::Yes)
            || answered("safety.urgent_medical_need", Answer::Yes),
        consent_refused: answered("consent.informed_given", Answer::No),
        result: Some(Rc::new(s.result(e))),
        mode: current.map_or(Mode::Ask, |c| e.mode(c, &answers)),
        gender: s.gender(),
        observed: Rc::new(
            input_codes()
                .iter()
                .filter(|c| code_id(c).is_some_and(|id| e.mode(id, &answers) == Mode::Observe))
                .map(|c| c.to_string())
                .collect(),
        ),
    }
}

/// Codes that are observations once the interview is under way (their mode with consent
/// given): screens outside a screening, like the indicator lookup, show them as the
/// worker's own checks.
pub(crate) fn always_observed(e: &Engine) -> BTreeSet<String> {
    let mut consented = sanad_core::Answers::new();
    if let Some(c) = code_id("consent.informed_given") {
        consented.set(c, Answer::Yes);
    }
    input_codes()
        .iter()
        .filter(|c| code_id(c).is_some_and(|id| e.mode(id, &consented) == Mode::Observe))
        .map(|c| c.to_string())
        .collect()
}

/// The app's shared UI state (signals are `Copy`).
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub ui_lang: Signal<Lang>,
    /// Interview language.
    pub interview_lang: Signal<Lang>,
    /// The store's state: first run, locked, unlocked.
    pub gate: Signal<GateView>,
    /// The screening in progress.
    pub screening: Signal<ScreeningView>,
    /// An unfinished screening was restored from its draft.
    pub draft_available: Signal<bool>,
    /// Indicator lookup results (with the words they are for and the matching terms).
    pub lookup: Signal<Lookup>,
    /// The referral directory.
    pub directory: Signal<DirectoryView>,
    /// Services for the result's suggested referrals.
    pub referral_options: Signal<Vec<(RefCategory, Vec<ServiceCard>)>>,
    /// The case this screening was saved to: (id, reference).
    pub saved: Signal<Option<(String, String)>>,
    /// Referrals recorded from this result (service ids or category keys).
    pub referred: Signal<Vec<String>>,
    /// Codes that are always the worker's own observations (see [`always_observed`]).
    pub observed_always: Signal<Rc<BTreeSet<String>>>,
    /// The person's answer to keeping a record (Law 09-08), asked on the result screen:
    /// `None` not asked yet; without `Some(true)` nothing is saved to a case.
    pub record_consent: Signal<Option<bool>>,
    /// Events not yet acknowledged by the server.
    pub unsynced: Signal<u64>,
    /// The case list.
    pub cases: Signal<Vec<CaseRow>>,
    /// The case opened.
    pub case: Signal<Option<CaseDetail>>,
    /// Directory service names by id, as the case screen asked for them.
    pub service_names: Signal<std::collections::BTreeMap<String, Texts>>,
    /// Sync state.
    pub sync: Signal<SyncView>,
    /// Settings kept in the store.
    pub settings: Signal<SettingsView>,
    /// A message for the worker (failure or confirmation; never case data).
    pub notice: Signal<Option<Problem>>,
    /// The screening rules failed to load.
    pub error: Signal<Option<String>>,
    /// The checklist content in use ("About").
    pub content: Signal<super::ContentInUse>,
    /// The practice screening under way, if any.
    pub practice: Signal<super::PracticeView>,
    /// The training content (case studies and quiz questions).
    pub training: Signal<Option<Rc<super::TrainingData>>>,
    // Referrals that close the loop.
    /// Referrals overdue or due today.
    pub follow_ups: Signal<Vec<crate::backend::FollowUp>>,
    /// The slip shown.
    pub slip: Signal<Option<crate::backend::SlipView>>,
    /// Urgency, language and what the person agreed to share, for the referrals made on
    /// the result screen.
    pub referral_terms: Signal<ReferralTerms>,
    /// The access export of the open case, once asked for (the person's rights).
    pub access_export: Signal<Option<sanad_service::access::AccessExport>>,
}

/// What the worker set for the referrals made next: the urgency, and exactly which fields
/// the person agreed to share (with the values typed for them).
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralTerms {
    /// How soon.
    pub urgency: sanad_core::referral::Urgency,
    /// The fields the person agreed to share.
    pub fields: BTreeSet<sanad_core::referral::SharedField>,
    /// Typed values, by field (only those agreed are kept on the referral).
    pub details: std::collections::BTreeMap<sanad_core::referral::SharedField, String>,
}

impl Default for ReferralTerms {
    fn default() -> ReferralTerms {
        ReferralTerms {
            urgency: sanad_core::referral::Urgency::Within72Hours,
            fields: BTreeSet::new(),
            details: Default::default(),
        }
    }
}

impl ReferralTerms {
    /// The consent receipt: the agreed fields, and the non-empty values of agreed fields.
    pub fn receipt(&self) -> sanad_core::referral::ConsentReceipt {
        sanad_core::referral::ConsentReceipt {
            fields: self.fields.clone(),
            details: self
                .details
                .iter()
                .filter(|(f, v)| self.fields.contains(f) && f.is_typed() && !v.trim().is_empty())
                .map(|(f, v)| (*f, v.trim().to_owned()))
                .collect(),
        }
    }
}

impl AppState {
    /// New signals, in the current scope.
    pub fn new(ui_lang: Lang, gate: GateView) -> AppState {
        AppState {
            ui_lang: Signal::new(ui_lang),
            interview_lang: Signal::new(ui_lang),
            gate: Signal::new(gate),
            screening: Signal::new(ScreeningView::default()),
            draft_available: Signal::new(false),
            lookup: Signal::new(Lookup::default()),
            directory: Signal::new(DirectoryView::default()),
            referral_options: Signal::new(Vec::new()),
            saved: Signal::new(None),
            referred: Signal::new(Vec::new()),
            record_consent: Signal::new(None),
            observed_always: Signal::new(Rc::new(BTreeSet::new())),
            unsynced: Signal::new(0),
            cases: Signal::new(Vec::new()),
            case: Signal::new(None),
            service_names: Signal::new(Default::default()),
            sync: Signal::new(SyncView::default()),
            settings: Signal::new(SettingsView::default()),
            notice: Signal::new(None),
            error: Signal::new(None),
            content: Signal::new(Default::default()),
            practice: Signal::new(Default::default()),
            training: Signal::new(None),
            follow_ups: Signal::new(Vec::new()),
            slip: Signal::new(None),
            referral_terms: Signal::new(ReferralTerms::default()),
            access_export: Signal::new(None),
        }
    }
}
