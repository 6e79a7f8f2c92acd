//! Sanad's pure domain: the screening engine (SCREENING-SPEC), the ILO/EC indicator
//! catalogue and its lookup, and the text normalization shared with the directory search.
//!
//! No I/O here: no files, network, database or UI. Texts are not rendered here either;
//! the engine returns Fluent message ids ([`Reason`]) and the app renders them.
#![warn(missing_docs)]

pub mod case;
pub mod codes;
pub mod directory;
mod engine;
pub mod flags;
pub mod id;
pub mod indicators;
pub mod lookup;
pub mod outcome;
pub mod passphrase;
pub mod referral;
pub mod rights;
pub mod rules;
pub mod screening;
pub mod search;
pub mod session;
pub mod text;

pub use case::{
    CaseError, CaseId, CaseRepository, CaseState, CaseSummary, Clock, Event, EventId, EventKind,
    Id, fold_check,
};
pub use codes::{
    Answer, AnswerError, Answers, CodeId, Family, INPUT_CODE_COUNT, code_id, input_codes,
};
pub use engine::Decision;
pub use flags::{ReasonSource, ResultFlag};
pub use indicators::{Catalogue, Dimension, Indicator, Profile, Strength};
pub use outcome::{Classification, Outcome, RefCategory};
pub use rules::{Mode, RuleError, RuleSet};
pub use screening::{DimensionResult, Engine, Palermo, Reason, ScreeningResult};
pub use session::{Gender, Session, SessionDraft, Step};
