//! The quick quiz: "trafficking, smuggling, both, or neither?", with the reason after each
//! answer and a score per topic that shows what to revise.

use crate::study::{CaseStudy, StudyError, StudyType};
use sanad_core::{Classification, Engine, Reason};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The four answers of the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuizChoice {
    /// Indicators of possible trafficking.
    Trafficking,
    /// Smuggling.
    Smuggling,
    /// Both: a smuggling journey with trafficking indicators.
    Both,
    /// Neither (vulnerability or nothing).
    Neither,
}

impl QuizChoice {
    /// The four choices, in the order the screen offers them.
    pub const ALL: [QuizChoice; 4] = [
        QuizChoice::Trafficking,
        QuizChoice::Smuggling,
        QuizChoice::Both,
        QuizChoice::Neither,
    ];
    /// The choice a classification means; `None` when nothing was assessed.
    pub fn of(c: Classification) -> Option<QuizChoice> {
        Some(match c {
            Classification::TraffickingIndicators => QuizChoice::Trafficking,
            Classification::SmugglingOnly => QuizChoice::Smuggling,
            Classification::SmugglingAndTraffickingIndicators => QuizChoice::Both,
            Classification::VulnerabilityIndicators | Classification::NoIndicators => {
                QuizChoice::Neither
            }
            Classification::NotAssessed => return None,
        })
    }
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuizChoice::Trafficking => "trafficking",
            QuizChoice::Smuggling => "smuggling",
            QuizChoice::Both => "both",
            QuizChoice::Neither => "neither",
        }
    }
    /// Parse the wire name.
    pub fn parse(s: &str) -> Option<QuizChoice> {
        QuizChoice::ALL.into_iter().find(|c| c.as_str() == s)
    }
    /// The Fluent message id of the choice.
    pub fn message_id(self) -> &'static str {
        match self {
            QuizChoice::Trafficking => "training-choice-trafficking",
            QuizChoice::Smuggling => "training-choice-smuggling",
            QuizChoice::Both => "training-choice-both",
            QuizChoice::Neither => "training-choice-neither",
        }
    }
}

/// What a question trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Telling act, means and purpose apart (adults).
    ActMeansPurpose,
    /// Children: no means needed.
    Children,
    /// When smuggling turns into trafficking.
    SmugglingTurnedTrafficking,
}

impl Topic {
    /// The three topics.
    pub const ALL: [Topic; 3] = [
        Topic::ActMeansPurpose,
        Topic::Children,
        Topic::SmugglingTurnedTrafficking,
    ];
    /// The Fluent message id of the topic.
    pub fn message_id(self) -> &'static str {
        match self {
            Topic::ActMeansPurpose => "training-topic-amp",
            Topic::Children => "training-topic-children",
            Topic::SmugglingTurnedTrafficking => "training-topic-smuggling-turned",
        }
    }
    /// The topics a study trains.
    pub fn of(study: &CaseStudy) -> Vec<Topic> {
        let mut out = Vec::new();
        if study.is_child() {
            out.push(Topic::Children);
        }
        if study.types.iter().any(|t| {
            matches!(
                t,
                StudyType::SmugglingTurnedTrafficking | StudyType::SmugglingAbuseInTransit
            )
        }) {
            out.push(Topic::SmugglingTurnedTrafficking);
        }
        if out.is_empty() {
            out.push(Topic::ActMeansPurpose);
        }
        out
    }
}

/// One quiz question: a study, the expected choice, and the reasons the engine gives on
/// the key (Fluent ids with their codes, as the result screen shows them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizItem {
    /// The study.
    pub study: String,
    /// The right choice.
    pub expected: QuizChoice,
    /// Why: the engine's reasons on the key.
    pub reasons: Vec<Reason>,
    /// What the question trains.
    pub topics: Vec<Topic>,
}

impl QuizItem {
    /// The question for a study; an error when its key reaches no assessment.
    pub fn of(engine: &Engine, study: &CaseStudy) -> Result<QuizItem, StudyError> {
        let r = engine.evaluate(&study.key_answers()?);
        let expected = QuizChoice::of(r.classification).ok_or_else(|| StudyError {
            study: study.id.clone(),
            problem: "the key reaches no assessment (a gate applies)".to_owned(),
        })?;
        Ok(QuizItem {
            study: study.id.clone(),
            expected,
            reasons: r.reasons,
            topics: Topic::of(study),
        })
    }
    /// Answer it.
    pub fn answer(&self, chosen: QuizChoice) -> QuizOutcome {
        QuizOutcome {
            study: self.study.clone(),
            chosen,
            expected: self.expected,
            correct: chosen == self.expected,
        }
    }
}

/// One answered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizOutcome {
    /// The study.
    pub study: String,
    /// What was chosen.
    pub chosen: QuizChoice,
    /// The right choice.
    pub expected: QuizChoice,
    /// Whether it was right.
    pub correct: bool,
}

/// Right answers out of questions, for one topic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicScore {
    /// Right answers.
    pub correct: u32,
    /// Questions answered.
    pub total: u32,
}

/// The score per topic.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicScores {
    /// Per topic (only topics with a question answered).
    pub topics: BTreeMap<Topic, TopicScore>,
    /// Right answers over all questions.
    pub correct: u32,
    /// Questions answered.
    pub total: u32,
}

impl TopicScores {
    /// Score answered questions; outcomes for a study not among `items` are ignored.
    pub fn score(items: &[QuizItem], outcomes: &[QuizOutcome]) -> TopicScores {
        let mut s = TopicScores::default();
        for o in outcomes {
            let Some(item) = items.iter().find(|i| i.study == o.study) else {
                continue;
            };
            let correct = u32::from(o.chosen == item.expected);
            s.correct += correct;
            s.total += 1;
            for t in &item.topics {
                let e = s.topics.entry(*t).or_default();
                e.correct += correct;
                e.total += 1;
            }
        }
        s
    }
    /// Topics to revise: those with a wrong answer, weakest first (ties in topic order).
    pub fn to_revise(&self) -> Vec<Topic> {
        let mut v: Vec<(Topic, TopicScore)> = self
            .topics
            .iter()
            .filter(|(_, s)| s.correct < s.total)
            .map(|(t, s)| (*t, *s))
            .collect();
        // a/b < c/d  ⇔  a·d < c·b (totals are positive here)
        v.sort_by(|(ta, a), (tb, b)| {
            (u64::from(a.correct) * u64::from(b.total))
                .cmp(&(u64::from(b.correct) * u64::from(a.total)))
                .then(ta.cmp(tb))
        });
        v.into_iter().map(|(t, _)| t).collect()
    }
}
