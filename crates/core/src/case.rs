//! Cases as append-only event logs, and the repository port the store implements.
//!
//! A case's state is the fold of its events ([`fold`]). Events carry bookkeeping needed by
//! sync (id, device, per-device sequence, time) that may be stored in clear; everything in
//! [`EventKind`] is case data and is only ever stored sealed.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::codes::Answer;
use crate::outcome::{Classification, Outcome, RefCategory};

pub use crate::id::{CaseId, DeviceId, EventId, Id};

/// A source of time (injectable for tests): milliseconds since the Unix epoch.
pub trait Clock: Send + Sync {
    /// Now, in ms since the epoch.
    fn now_ms(&self) -> i64;
}

/// What a consent is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentScope {
    /// Keeping this case's information on the device and syncing it to the organisation.
    DataStorage,
    /// Being referred to services.
    Referral,
    /// Being referred to the police or prosecutor.
    LawEnforcement,
}

/// Where a referral stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    /// Made, no news yet.
    Made,
    /// The service accepted the person.
    Accepted,
    /// The person received the service.
    Completed,
    /// The service declined.
    Declined,
    /// The person changed their mind.
    Withdrawn,
    /// The slip went to the service (referral life cycle, `crate::referral`).
    Sent,
    /// The person received the service (what `Completed` meant in old logs).
    ServiceReceived,
    /// The worker closed the referral.
    Closed,
}

/// What happened, as case data (always stored sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The case was opened.
    Opened {
        /// The worker's case reference (exact-match searchable through a blind index).
        reference: String,
        /// A name or alias the person chose (may be empty).
        alias: String,
    },
    /// A screening was recorded with its answers and result.
    ScreeningRecorded {
        /// Answers by code.
        answers: BTreeMap<String, Answer>,
        /// Outcome.
        outcome: Outcome,
        /// Classification.
        classification: Classification,
        /// Suggested referral categories.
        referrals: Vec<RefCategory>,
    },
    /// A note.
    NoteAdded {
        /// The note.
        text: String,
    },
    /// Consent given or withdrawn.
    ConsentRecorded {
        /// What the consent is for.
        scope: ConsentScope,
        /// Given (true) or withdrawn (false).
        given: bool,
    },
    /// A referral, made with the person's consent.
    ReferralMade {
        /// Category.
        category: RefCategory,
        /// The service (directory id), if chosen.
        service: Option<String>,
    },
    /// A referral's status changed (old logs only: no longer written; any status).
    ReferralStatusChanged {
        /// The `ReferralMade` event.
        referral: EventId,
        /// New status.
        status: ReferralStatus,
    },
    // Referral life cycle (`crate::referral`): urgency, consent receipt, legal steps.
    /// A referral with its urgency, slip language and consent receipt, made with the
    /// person's consent.
    ReferralCreated(crate::referral::NewReferral),
    /// A step of a referral's life cycle (only a step that follows the current one).
    ReferralStep {
        /// The `ReferralCreated` (or old `ReferralMade`) event id.
        referral: EventId,
        /// The step.
        step: crate::referral::Step,
        /// Who reported it.
        via: crate::referral::Via,
    },
    /// The case was closed.
    Closed {
        /// Why (free text, may be empty).
        reason: String,
    },
    // The person's rights (Law 09-08; issue 17, part 2): see `rights.rs`.
    /// A correction of what was recorded; the corrected event stays in the log.
    Rectified {
        /// What is corrected.
        field: crate::rights::RectifiedField,
        /// The corrected value.
        value: String,
        /// Why (may be empty).
        reason: String,
    },
    /// The person withdrew consent to sharing: the case stops syncing and no referral
    /// slip is made for it (final; the record stays on the device).
    SharingWithdrawn,
}

impl EventKind {
    /// A short, data-free name for the event type (safe for logs and errors).
    pub fn type_name(&self) -> &'static str {
        match self {
            EventKind::Opened { .. } => "opened",
            EventKind::ScreeningRecorded { .. } => "screening_recorded",
            EventKind::NoteAdded { .. } => "note_added",
            EventKind::ConsentRecorded { .. } => "consent_recorded",
            EventKind::ReferralMade { .. } => "referral_made",
            EventKind::ReferralStatusChanged { .. } => "referral_status_changed",
            EventKind::ReferralCreated(..) => "referral_created",
            EventKind::ReferralStep { .. } => "referral_step",
            EventKind::Closed { .. } => "closed",
            EventKind::Rectified { .. } => "rectified",
            EventKind::SharingWithdrawn => "sharing_withdrawn",
        }
    }
}

/// A stored event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// UUIDv7.
    pub id: EventId,
    /// The case it belongs to.
    pub case_id: CaseId,
    /// The device that wrote it.
    pub device_id: DeviceId,
    /// Per-device sequence number, from 1, without gaps.
    pub seq: u64,
    /// When, in ms since the epoch.
    pub at_ms: i64,
    /// What happened.
    pub kind: EventKind,
}

/// A referral in a case's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    /// The `ReferralMade` event id.
    pub id: EventId,
    /// Category.
    pub category: RefCategory,
    /// Service id.
    pub service: Option<String>,
    /// Current status.
    pub status: ReferralStatus,
    /// When it was made (ms since the epoch; 0 in states stored before it was kept).
    #[serde(default)]
    pub made_ms: i64,
    /// How soon (`None`: made before urgencies).
    #[serde(default)]
    pub urgency: Option<crate::referral::Urgency>,
    /// When it is due (from the urgency and when it was made).
    #[serde(default)]
    pub due_ms: Option<i64>,
    /// The slip's language.
    #[serde(default)]
    pub language: Option<crate::referral::SlipLanguage>,
    /// What the person agreed to share (`None`: made before consent receipts).
    #[serde(default)]
    pub receipt: Option<crate::referral::ConsentReceipt>,
}

/// A case's state: the fold of its events.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CaseState {
    /// Case reference.
    pub reference: String,
    /// Alias.
    pub alias: String,
    /// When opened.
    pub opened_ms: i64,
    /// Time of the last event.
    pub updated_ms: i64,
    /// Number of events.
    pub events: u32,
    /// The latest screening's outcome and classification.
    pub last_screening: Option<(Outcome, Classification)>,
    /// Notes in order.
    pub notes: Vec<String>,
    /// Current consents.
    pub consents: BTreeMap<ConsentScope, bool>,
    /// Referrals with their current status.
    pub referrals: Vec<Referral>,
    /// Closed.
    pub closed: bool,
    /// The person withdrew consent to sharing (`rights.rs`).
    #[serde(default)]
    pub sharing_withdrawn: bool,
    /// Corrections recorded (`rights.rs`).
    #[serde(default)]
    pub rectifications: u32,
}

/// A summary for case lists (kept sealed by the store, updated on each append).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// The case.
    pub id: CaseId,
    /// Reference.
    pub reference: String,
    /// Alias.
    pub alias: String,
    /// Last screening.
    pub last_screening: Option<(Outcome, Classification)>,
    /// Open referrals (made or accepted).
    pub open_referrals: u32,
    /// Closed.
    pub closed: bool,
    /// Time of the last event.
    pub updated_ms: i64,
}

impl CaseState {
    /// Apply one event. Events that break the log's rules are errors naming only the
    /// event id and the rule (never case data).
    pub fn apply(&mut self, e: &Event) -> Result<(), CaseError> {
        let rule = |rule: &'static str| Err(CaseError::InvalidEvent { event: e.id, rule });
        match (&e.kind, self.events) {
            (EventKind::Opened { reference, alias }, 0) => {
                self.reference = reference.clone();
                self.alias = alias.clone();
                self.opened_ms = e.at_ms;
            }
            (EventKind::Opened { .. }, _) => return rule("a case is opened once"),
            (_, 0) => return rule("the first event opens the case"),
            // The person's rights hold for a closed case too.
            (k @ (EventKind::Rectified { .. } | EventKind::SharingWithdrawn), _) => {
                if let Err(r) = crate::rights::apply(self, k) {
                    return rule(r);
                }
            }
            (_, _) if self.closed => return rule("a closed case takes no more events"),
            (
                EventKind::ScreeningRecorded {
                    outcome,
                    classification,
                    ..
                },
                _,
            ) => {
                self.last_screening = Some((*outcome, *classification));
            }
            (EventKind::NoteAdded { text }, _) => self.notes.push(text.clone()),
            (EventKind::ConsentRecorded { scope, given }, _) => {
                self.consents.insert(*scope, *given);
            }
            (EventKind::ReferralMade { category, service }, _) => {
                if !self.referral_consent(*category) {
                    return rule("a referral needs the person's recorded consent");
                }
                self.referrals.push(Referral {
                    id: e.id,
                    category: *category,
                    service: service.clone(),
                    status: ReferralStatus::Made,
                    made_ms: e.at_ms,
                    urgency: None,
                    due_ms: None,
                    language: None,
                    receipt: None,
                });
            }
            (EventKind::ReferralCreated(r), _) => {
                if !self.referral_consent(r.category) {
                    return rule("a referral needs the person's recorded consent");
                }
                crate::referral::create(self, e, r).or_else(rule)?;
            }
            (
                EventKind::ReferralStep {
                    referral,
                    step,
                    via,
                },
                _,
            ) => {
                self.referral_step(e, *referral, *step, *via)?;
            }
            (EventKind::ReferralStatusChanged { referral, status }, _) => {
                match self.referrals.iter_mut().find(|r| r.id == *referral) {
                    Some(r) => r.status = *status,
                    None => return rule("a status change names a referral of this case"),
                }
            }
            (EventKind::Closed { .. }, _) => self.closed = true,
        }
        self.events += 1;
        self.updated_ms = e.at_ms;
        Ok(())
    }

    /// The list summary.
    pub fn summary(&self, id: CaseId) -> CaseSummary {
        CaseSummary {
            id,
            reference: self.reference.clone(),
            alias: self.alias.clone(),
            last_screening: self.last_screening,
            open_referrals: self
                .referrals
                .iter()
                .filter(|r| crate::referral::is_pending(r.status))
                .count() as u32,
            closed: self.closed,
            updated_ms: self.updated_ms,
        }
    }
}

/// Fold a case's events (in order) into its state.
pub fn fold<'a>(events: impl IntoIterator<Item = &'a Event>) -> Result<CaseState, CaseError> {
    let mut s = CaseState::default();
    for e in events {
        s.apply(e)?;
    }
    Ok(s)
}

/// Check that events (of one case, in order) fold without breaking a rule.
pub fn fold_check<'a>(events: impl IntoIterator<Item = &'a Event>) -> Result<(), CaseError> {
    fold(events).map(|_| ())
}

/// Errors of the case repository. They never carry case data: only ids, table names,
/// rule names and counts, so they are safe to log and show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    /// The store is locked: unlock first.
    #[error("the case store is locked")]
    Locked,
    /// No case with this id.
    #[error("case {0} not found")]
    NotFound(CaseId),
    /// Another case already has this reference.
    #[error("another case already uses this reference")]
    DuplicateReference,
    /// The event breaks a rule of the log.
    #[error("event {event} rejected: {rule}")]
    InvalidEvent {
        /// The event.
        event: EventId,
        /// The rule it breaks.
        rule: &'static str,
    },
    /// A referral step that does not follow the referral's current status.
    #[error(
        "event {event} rejected: a referral that is {status:?} cannot take the step {step:?} (allowed: {allowed:?})",
        allowed = crate::referral::allowed_after(.status)
    )]
    IllegalStep {
        /// The event.
        event: EventId,
        /// The referral's status.
        status: ReferralStatus,
        /// The refused step.
        step: crate::referral::Step,
    },
    /// Input rejected before anything was written.
    #[error("invalid input: {0}")]
    Invalid(&'static str),
    /// A stored record failed authentication or could not be read.
    #[error("record {table}/{record} is damaged or was tampered with")]
    Damaged {
        /// Table.
        table: &'static str,
        /// Record id.
        record: String,
    },
    /// The storage failed (the message names the operation, never data).
    #[error("storage failure during {0}")]
    Storage(&'static str),
}

/// The port the encrypted store implements (and an in-memory one, for tests).
pub trait CaseRepository {
    /// Open a new case; fails with `DuplicateReference` if the reference is taken.
    fn open_case(&mut self, reference: &str, alias: &str) -> Result<Event, CaseError>;
    /// Append an event to an existing case (validated against the case's state first;
    /// a rejected event changes nothing).
    fn append(&mut self, case: CaseId, kind: EventKind) -> Result<Event, CaseError>;
    /// A case's events in order.
    fn events(&self, case: CaseId) -> Result<Vec<Event>, CaseError>;
    /// A case's state.
    fn case(&self, case: CaseId) -> Result<CaseState, CaseError> {
        fold(&self.events(case)?)
    }
    /// Exact-match lookup by reference.
    fn find_by_reference(&self, reference: &str) -> Result<Option<CaseId>, CaseError>;
    /// All cases, most recently updated first. A damaged record is reported in its slot;
    /// the others still read.
    fn list(&self) -> Result<Vec<Result<CaseSummary, CaseError>>, CaseError>;
    /// Every event written by this device with sequence > `after`, in order (for sync).
    fn events_after(&self, after: u64) -> Result<Vec<Event>, CaseError>;
    /// Save a draft (e.g. an unfinished screening) under a slot name.
    fn save_draft(&mut self, slot: &str, data: &[u8]) -> Result<(), CaseError>;
    /// Load a draft.
    fn load_draft(&self, slot: &str) -> Result<Option<Vec<u8>>, CaseError>;
    /// Delete a draft.
    fn delete_draft(&mut self, slot: &str) -> Result<(), CaseError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(seq: u64, kind: EventKind) -> Event {
        Event {
            id: Id([seq as u8; 16]),
            case_id: Id([0; 16]),
            device_id: Id([9; 16]),
            seq,
            at_ms: seq as i64 * 1000,
            kind,
        }
    }

    #[test]
    fn ids_round_trip_as_uuids() {
        let id = Id([
            0x01, 0x90, 0xab, 0xcd, 0xef, 0x01, 0x70, 0x02, 0x83, 0x04, 0x05, 0x06, 0x07, 0x08,
            0x09, 0x0a,
        ]);
        let s = id.to_string();
        assert_eq!(s, "0190abcd-ef01-7002-8304-05060708090a");
        assert_eq!(Id::parse(&s), Some(id));
        assert_eq!(Id::parse("nope"), None);
        assert_eq!(Id::parse("0190abcd-ef01-7002-8304-05060708090z"), None);
    }

    #[test]
    fn fold_applies_events_and_enforces_the_rules() {
        let open = ev(
            1,
            EventKind::Opened {
                reference: "R-1".into(),
                alias: "A".into(),
            },
        );
        let note = ev(2, EventKind::NoteAdded { text: "n".into() });
        let refer = ev(
            3,
            EventKind::ReferralMade {
                category: RefCategory::Medical,
                service: None,
            },
        );
        let consent = ev(
            4,
            EventKind::ConsentRecorded {
                scope: ConsentScope::Referral,
                given: true,
            },
        );
        let refer_ok = ev(
            5,
            EventKind::ReferralMade {
                category: RefCategory::Medical,
                service: Some("svc".into()),
            },
        );
        let status = ev(
            6,
            EventKind::ReferralStatusChanged {
                referral: refer_ok.id,
                status: ReferralStatus::Accepted,
            },
        );
        let close = ev(
            7,
            EventKind::Closed {
                reason: String::new(),
            },
        );

        assert!(matches!(
            fold([&note]),
            Err(CaseError::InvalidEvent {
                rule: "the first event opens the case",
                ..
            })
        ));
        assert!(matches!(
            fold([&open, &refer]),
            Err(CaseError::InvalidEvent {
                rule: "a referral needs the person's recorded consent",
                ..
            })
        ));
        let police = ev(
            3,
            EventKind::ReferralMade {
                category: RefCategory::LawEnforcement,
                service: None,
            },
        );
        assert!(
            fold([&open, &consent, &police]).is_err(),
            "referral consent is not police consent"
        );

        let s = fold([&open, &note, &consent, &refer_ok, &status]).expect("valid log");
        assert_eq!(s.notes, ["n"]);
        assert_eq!(s.referrals[0].status, ReferralStatus::Accepted);
        assert_eq!(s.summary(Id([0; 16])).open_referrals, 1);
        assert_eq!(s.events, 5);
        let closed = fold([&open, &close]).expect("closed");
        assert!(closed.closed);
        assert!(
            fold([&open, &close, &note]).is_err(),
            "closed case takes no more events"
        );
        assert!(fold([&open, &open]).is_err());
    }

    #[test]
    fn events_serialise_with_a_type_tag() {
        let k = EventKind::ConsentRecorded {
            scope: ConsentScope::LawEnforcement,
            given: false,
        };
        let json = serde_json::to_string(&k).expect("json");
        assert_eq!(
            json,
            r#"{"type":"consent_recorded","scope":"law_enforcement","given":false}"#
        );
        assert_eq!(serde_json::from_str::<EventKind>(&json).expect("back"), k);
    }
}
