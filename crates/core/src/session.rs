//! A screening in progress: answers in the order asked, skips, going back, and continuing
//! past the point where the decision is settled. Pure state; the app persists it (as an
//! encrypted draft) after every change.

use serde::{Deserialize, Serialize};

use crate::codes::{Answer, Answers, CodeId, code_id};
use crate::screening::{Engine, ScreeningResult};

/// One step of the interview, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The code was answered.
    Answered(CodeId, Answer),
    /// The worker chose not to ask it.
    Skipped(CodeId),
}

impl Step {
    /// The code of this step.
    pub fn code(self) -> CodeId {
        match self {
            Step::Answered(c, _) | Step::Skipped(c) => c,
        }
    }
}

/// How the person is addressed in the interview (the worker chooses it at the start). Only
/// the texts use it: Arabic, and French where agreement cannot be avoided, have a form for
/// each (the Fluent `$gender` selector). It is no screening code and not kept in a case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Address the person as a woman or a girl.
    Female,
    /// Address the person as a man or a boy.
    Male,
    /// Not said: the texts use a form for both.
    #[default]
    Unspecified,
}

impl Gender {
    /// The three choices, in the order the app offers them.
    pub const ALL: [Gender; 3] = [Gender::Female, Gender::Male, Gender::Unspecified];

    /// The Fluent selector value (`female`, `male`, `unspecified`).
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unspecified => "unspecified",
        }
    }
}

/// A screening in progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    steps: Vec<Step>,
    past_stop: bool,
    gender: Gender,
}

/// The serialisable form of a session (for drafts): codes as text, so a draft survives a
/// new app version that adds codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDraft {
    /// `(code, answer)`; answer `None` for a skip.
    pub steps: Vec<(String, Option<Answer>)>,
    /// The worker chose to continue past the settled decision.
    pub past_stop: bool,
    /// How the person is addressed (absent in drafts of older versions: not said).
    #[serde(default)]
    pub gender: Gender,
}

impl Session {
    /// A new, empty session.
    pub fn new() -> Session {
        Session::default()
    }

    /// Rebuild from a draft; steps naming unknown codes are dropped and counted.
    pub fn from_draft(d: &SessionDraft) -> (Session, usize) {
        let mut s = Session {
            steps: Vec::new(),
            past_stop: d.past_stop,
            gender: d.gender,
        };
        let mut dropped = 0;
        for (code, ans) in &d.steps {
            match (code_id(code), ans) {
                (Some(c), Some(a)) => s.steps.push(Step::Answered(c, *a)),
                (Some(c), None) => s.steps.push(Step::Skipped(c)),
                (None, _) => dropped += 1,
            }
        }
        (s, dropped)
    }

    /// The draft form.
    pub fn to_draft(&self) -> SessionDraft {
        SessionDraft {
            steps: self
                .steps
                .iter()
                .map(|s| match s {
                    Step::Answered(c, a) => (c.as_str().to_owned(), Some(*a)),
                    Step::Skipped(c) => (c.as_str().to_owned(), None),
                })
                .collect(),
            past_stop: self.past_stop,
            gender: self.gender,
        }
    }

    /// How the person is addressed.
    pub fn gender(&self) -> Gender {
        self.gender
    }

    /// Choose how the person is addressed (at the start, or when the worker corrects it).
    pub fn set_gender(&mut self, gender: Gender) {
        self.gender = gender;
    }

    /// The answers so far.
    pub fn answers(&self) -> Answers {
        let mut a = Answers::new();
        for s in &self.steps {
            if let Step::Answered(c, ans) = s {
                a.set(*c, *ans);
            }
        }
        a
    }

    fn skipped(&self) -> Vec<CodeId> {
        self.steps
            .iter()
            .filter_map(|s| {
                if let Step::Skipped(c) = s {
                    Some(*c)
                } else {
                    None
                }
            })
            .collect()
    }

    /// The steps so far, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Whether the decision is settled by the answers given (skips count as not present).
    pub fn is_decided(&self, e: &Engine) -> bool {
        e.is_decided_skipping(&self.answers(), &self.skipped())
    }

    /// The code to ask now; `None` when the interview is over (decision settled and the
    /// worker did not choose to continue, or nothing left to ask).
    pub fn current(&self, e: &Engine) -> Option<CodeId> {
        let answers = self.answers();
        let skipped = self.skipped();
        if self.past_stop {
            return e
                .remaining_in_order(&answers)
                .into_iter()
                .find(|c| !skipped.contains(c));
        }
        e.next_question_skipping(&answers, &skipped)
    }

    /// Record an answer to a code (normally [`Session::current`]). Answering a code again
    /// replaces the earlier step.
    pub fn answer(&mut self, code: CodeId, answer: Answer) {
        self.steps.retain(|s| s.code() != code);
        self.steps.push(Step::Answered(code, answer));
    }

    /// Skip a code: it will not be proposed again and counts as not present.
    pub fn skip(&mut self, code: CodeId) {
        self.steps.retain(|s| s.code() != code);
        self.steps.push(Step::Skipped(code));
    }

    /// Undo the last step; returns its code, which becomes the question again.
    pub fn back(&mut self) -> Option<CodeId> {
        let last = self.steps.pop()?.code();
        Some(last)
    }

    /// Keep asking after the decision is settled (all remaining codes, in order).
    pub fn continue_past_stop(&mut self) {
        self.past_stop = true;
    }

    /// Number of answered codes.
    pub fn answered(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| matches!(s, Step::Answered(..)))
            .count()
    }

    /// The result on the answers so far (closed world).
    pub fn result(&self, e: &Engine) -> ScreeningResult {
        let mut r = e.evaluate(&self.answers());
        r.asked = Some(self.answered());
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::embedded().expect("rules")
    }

    #[test]
    fn answer_skip_back_and_resume() {
        let e = engine();
        let mut s = Session::new();
        let first = s.current(&e).expect("a first question");
        assert_eq!(first.as_str(), "safety.immediate_danger");
        s.answer(first, Answer::No);
        let second = s.current(&e).expect("second");
        s.skip(second);
        let third = s.current(&e).expect("third");
        assert_ne!(third, second, "a skipped code is not asked again");
        assert_eq!(s.back(), Some(second));
        assert_eq!(
            s.current(&e),
            Some(second),
            "back makes it the question again"
        );
        assert_eq!(s.back(), Some(first));
        assert_eq!(s.back(), None);
        assert_eq!(s.current(&e), Some(first));
    }

    #[test]
    fn drafts_round_trip_and_drop_unknown_codes() {
        let e = engine();
        let mut s = Session::new();
        for _ in 0..5 {
            let c = s.current(&e).expect("question");
            s.answer(c, Answer::No);
        }
        let c = s.current(&e).expect("question");
        s.skip(c);
        s.set_gender(Gender::Female);
        let mut d = s.to_draft();
        assert_eq!(Session::from_draft(&d), (s.clone(), 0));
        assert_eq!(Session::from_draft(&d).0.gender(), Gender::Female);
        d.steps
            .push(("safety.retired_code".into(), Some(Answer::Yes)));
        assert_eq!(Session::from_draft(&d), (s, 1));
    }

    #[test]
    fn a_refusal_ends_quickly_and_continuing_asks_the_rest() {
        let e = engine();
        let mut s = Session::new();
        while let Some(c) = s.current(&e) {
            s.answer(c, Answer::No);
        }
        assert!(s.is_decided(&e));
        assert_eq!(s.result(&e).outcome, crate::Outcome::NoConsent);
        let before = s.answered();
        s.continue_past_stop();
        let mut more = 0;
        while let Some(c) = s.current(&e) {
            s.answer(c, Answer::No);
            more += 1;
        }
        assert_eq!(before + more, crate::INPUT_CODE_COUNT);
    }

    #[test]
    fn skipping_everything_still_ends() {
        let e = engine();
        let mut s = Session::new();
        let mut n = 0;
        while let Some(c) = s.current(&e) {
            s.skip(c);
            n += 1;
            assert!(n <= crate::INPUT_CODE_COUNT);
        }
        assert_eq!(s.result(&e).outcome, crate::Outcome::NoConsent);
    }
}

#[cfg(test)]
mod draft_tests {
    use super::*;

    #[test]
    fn a_draft_without_gender_reads_as_not_said() {
        let d: SessionDraft = serde_json::from_str(
            r#"{"steps":[["safety.immediate_danger","no"]],"past_stop":false}"#,
        )
        .expect("an older draft still reads");
        let (s, dropped) = Session::from_draft(&d);
        assert_eq!(
            (s.gender(), dropped, s.answered()),
            (Gender::Unspecified, 0, 1)
        );
    }
}
