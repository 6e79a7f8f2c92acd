//! The practice comparison: the worker's answers against the study's key.

use sanad_core::{Answer, Answers, Classification, CodeId, Engine, Outcome, ScreeningResult};

/// One answer that differed from the key, and what it changed.
///
/// Only `yes` counts as present in the engine, so an answer differs when one side is `yes`
/// and the other is not (a `no` where the key left the question unasked is no difference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerDiff {
    /// The input code.
    pub code: String,
    /// The worker's answer (None: not asked).
    pub worker: Option<Answer>,
    /// The key's answer (None: the key does not record it).
    pub key: Option<Answer>,
    /// The worker's outcome with only this answer taken from the key.
    pub corrected_outcome: Outcome,
    /// The worker's classification with only this answer taken from the key.
    pub corrected_classification: Classification,
    /// Whether taking this one answer from the key changes the worker's outcome or
    /// classification.
    pub changes_result: bool,
}

/// A legal element of trafficking (act, means, purpose) or of smuggling (crossing,
/// benefit, consent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Element {
    /// Trafficking: recruitment, transport, harbouring or receipt of a person.
    Act,
    /// Trafficking: threat, force, deception, abuse of vulnerability (not needed for a child).
    Means,
    /// Trafficking: the purpose of exploitation.
    Purpose,
    /// Smuggling: someone arranged the irregular crossing of a border.
    Crossing,
    /// Smuggling: for money or another benefit.
    Benefit,
    /// Smuggling: the person agreed to the journey and stayed free once it ended.
    Consent,
}

impl Element {
    /// The six elements, trafficking first.
    pub const ALL: [Element; 6] = [
        Element::Act,
        Element::Means,
        Element::Purpose,
        Element::Crossing,
        Element::Benefit,
        Element::Consent,
    ];
    /// The Fluent message id explaining the element.
    pub fn message_id(self) -> &'static str {
        match self {
            Element::Act => "training-element-act",
            Element::Means => "training-element-means",
            Element::Purpose => "training-element-purpose",
            Element::Crossing => "training-element-crossing",
            Element::Benefit => "training-element-benefit",
            Element::Consent => "training-element-consent",
        }
    }
    /// Whether the element is indicated in a result.
    pub fn in_result(self, r: &ScreeningResult, answers: &Answers) -> bool {
        let yes = |c: &str| sanad_core::code_id(c).is_some_and(|id| answers.is_yes(id));
        let flag = |f: &str| r.flags.get(f).copied().unwrap_or(false);
        match self {
            Element::Act => r.palermo.act,
            Element::Means => r.palermo.means,
            Element::Purpose => r.palermo.purpose,
            Element::Crossing => {
                yes("som.facilitator_arranged_entry_or_exit")
                    || yes("som.fraudulent_documents_supplied")
            }
            Element::Benefit => yes("som.paid_or_benefit_for_crossing"),
            Element::Consent => flag("smuggled") && !flag("smuggling_turned_exploitative"),
        }
    }
}

/// An element as the worker's answers and the key show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElementState {
    /// The element.
    pub element: Element,
    /// Indicated by the worker's answers.
    pub worker: bool,
    /// Indicated by the key.
    pub key: bool,
}

/// The worker's result next to the key's, with every answer that differed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeReport {
    /// The study.
    pub study: String,
    /// The engine's result on the worker's answers.
    pub worker: ScreeningResult,
    /// The engine's result on the key.
    pub key: ScreeningResult,
    /// Every answer that differed, in code order.
    pub diffs: Vec<AnswerDiff>,
    /// The six legal elements on both sides.
    pub elements: Vec<ElementState>,
}

impl PracticeReport {
    /// Compare the worker's answers with the key.
    pub fn compare(
        engine: &Engine,
        study: &str,
        worker: &Answers,
        key: &Answers,
    ) -> PracticeReport {
        let wr = engine.evaluate(worker);
        let kr = engine.evaluate(key);
        let diffs = sanad_core::input_codes()
            .iter()
            .filter_map(|c| sanad_core::code_id(c))
            .filter(|id| worker.is_yes(*id) != key.is_yes(*id))
            .map(|id| diff(engine, &wr, worker, key, id))
            .collect();
        let elements = Element::ALL
            .iter()
            .map(|&e| ElementState {
                element: e,
                worker: e.in_result(&wr, worker),
                key: e.in_result(&kr, key),
            })
            .collect();
        PracticeReport {
            study: study.to_owned(),
            worker: wr,
            key: kr,
            diffs,
            elements,
        }
    }

    /// Whether the worker reached the key's classification.
    pub fn same_classification(&self) -> bool {
        self.worker.classification == self.key.classification
    }

    /// Whether the worker reached the key's outcome and classification.
    pub fn same_result(&self) -> bool {
        self.same_classification() && self.worker.outcome == self.key.outcome
    }
}

fn diff(
    engine: &Engine,
    wr: &ScreeningResult,
    worker: &Answers,
    key: &Answers,
    id: CodeId,
) -> AnswerDiff {
    let mut corrected = worker.clone();
    match key.get(id) {
        Some(a) => corrected.set(id, a),
        None => corrected.clear(id),
    }
    let cr = engine.evaluate(&corrected);
    AnswerDiff {
        code: id.as_str().to_owned(),
        worker: worker.get(id),
        key: key.get(id),
        corrected_outcome: cr.outcome,
        corrected_classification: cr.classification,
        changes_result: cr.outcome != wr.outcome || cr.classification != wr.classification,
    }
}
