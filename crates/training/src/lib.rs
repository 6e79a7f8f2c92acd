//! Practice and training mode (issue 18): case studies written for the app, each with a
//! story in English, French and Arabic and an answer key (the answers a careful worker
//! records), and the pure scoring around them: the practice comparison against the key,
//! the quick quiz ("trafficking, smuggling, both or neither?") with a score per topic, the
//! facilitator's comparison of group answers, and the pre/post knowledge test.
//!
//! Pure: no files, network or UI. Texts shown to the worker are Fluent message ids; the
//! stories themselves are content (`content/*.toml`, embedded; or a signed pack).
#![warn(missing_docs)]

pub mod facilitator;
pub mod practice;
pub mod quiz;
pub mod record;
pub mod study;

pub use facilitator::{
    GroupAnswer, GroupComparison, Improvement, KnowledgeTest, StudyComparison,
    check_participant_code, compare_groups,
};
pub use practice::{AnswerDiff, Element, ElementState, PracticeReport};
pub use quiz::{QuizChoice, QuizItem, QuizOutcome, Topic, TopicScore, TopicScores};
pub use record::{GroupRecord, PracticeLog, QuizRecord, SessionRecord, TestRecord};
pub use study::{CaseStudy, Library, Setting, Story, StudyError, StudyType};
