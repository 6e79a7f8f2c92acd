//! What practice keeps: the practice log (sessions, quiz scores, facilitator groups, the
//! knowledge test). It is kept in its own file by the app (`sanad-service`'s practice
//! store), never in the case store, never in the sync outbox, never on the server.

use crate::facilitator::GroupAnswer;
use crate::quiz::QuizOutcome;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One practice screening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// The study practised.
    pub study: String,
    /// When it ended (ms since the epoch).
    pub at_ms: i64,
    /// The worker's answers (code → `yes`, `no`, `unknown`, `declined`).
    pub answers: BTreeMap<String, String>,
    /// Whether the worker reached the key's classification.
    pub same_classification: bool,
    /// How many answers differed from the key.
    pub differences: u32,
}

/// One quiz run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizRecord {
    /// When it ended.
    pub at_ms: i64,
    /// Every answer.
    pub outcomes: Vec<QuizOutcome>,
}

/// One facilitator session: the groups' answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRecord {
    /// When it was entered.
    pub at_ms: i64,
    /// The studies of the set.
    pub set: Vec<String>,
    /// The groups' answers.
    pub answers: Vec<GroupAnswer>,
}

/// One participant's knowledge-test score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestRecord {
    /// The participant's code (never a name).
    pub code: String,
    /// After the training (`false`: before).
    pub post: bool,
    /// Right answers.
    pub score: u32,
}

/// Everything practice keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeLog {
    /// Practice screenings.
    pub sessions: Vec<SessionRecord>,
    /// Quiz runs.
    pub quizzes: Vec<QuizRecord>,
    /// Facilitator sessions.
    pub groups: Vec<GroupRecord>,
    /// Knowledge-test scores.
    pub tests: Vec<TestRecord>,
}
