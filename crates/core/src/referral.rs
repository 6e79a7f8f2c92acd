//! Referrals that close the loop: the life cycle (made → sent → accepted / declined →
//! service received → closed, or withdrawn), the urgency and due date, the consent receipt
//! (which fields the person agreed to share with which service) and the slip built from it.
//!
//! The case log ([`crate::case`]) holds the events; this module holds their rules. A step
//! that does not follow the referral's current one is refused and changes nothing. Old
//! logs keep folding: a `referral_made` event is a referral without urgency or receipt,
//! and a `referral_status_changed` event still sets any status (it is never written now).

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::case::{CaseError, CaseState, ConsentScope, Event, EventId, Referral, ReferralStatus};
use crate::outcome::RefCategory;

/// How soon the person should get the service (inter-agency referral practice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Within 24 hours.
    Within24Hours,
    /// Within 72 hours.
    Within72Hours,
    /// Within two weeks.
    TwoWeeks,
}

const HOUR_MS: i64 = 3_600_000;

impl Urgency {
    /// All urgencies, most urgent first.
    pub const ALL: [Urgency; 3] = [
        Urgency::Within24Hours,
        Urgency::Within72Hours,
        Urgency::TwoWeeks,
    ];

    /// The stable key (`within_24_hours`, ...): message ids and the CLI use it.
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Within24Hours => "within_24_hours",
            Urgency::Within72Hours => "within_72_hours",
            Urgency::TwoWeeks => "two_weeks",
        }
    }

    /// Parse a key (also `24h`, `72h`, `2w`).
    pub fn parse(s: &str) -> Option<Urgency> {
        match s.trim() {
            "within_24_hours" | "24h" => Some(Urgency::Within24Hours),
            "within_72_hours" | "72h" => Some(Urgency::Within72Hours),
            "two_weeks" | "2w" => Some(Urgency::TwoWeeks),
            _ => None,
        }
    }

    /// How long after the referral is made it is due.
    pub fn window_ms(self) -> i64 {
        match self {
            Urgency::Within24Hours => 24 * HOUR_MS,
            Urgency::Within72Hours => 72 * HOUR_MS,
            Urgency::TwoWeeks => 14 * 24 * HOUR_MS,
        }
    }

    /// The due time of a referral made at `made_ms`.
    pub fn due_ms(self, made_ms: i64) -> i64 {
        made_ms.saturating_add(self.window_ms())
    }
}

/// A step recorded on a referral after it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The slip went to the service (handed, printed, read out or synced).
    Sent,
    /// The service accepted the person.
    Accepted,
    /// The service declined.
    Declined,
    /// The person received the service.
    ServiceReceived,
    /// The worker closed the referral (after the service, or after a decline).
    Closed,
    /// The person changed their mind.
    Withdrawn,
}

impl Step {
    /// All steps, in life-cycle order.
    pub const ALL: [Step; 6] = [
        Step::Sent,
        Step::Accepted,
        Step::Declined,
        Step::ServiceReceived,
        Step::Closed,
        Step::Withdrawn,
    ];

    /// The stable key (`sent`, `service_received`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Sent => "sent",
            Step::Accepted => "accepted",
            Step::Declined => "declined",
            Step::ServiceReceived => "service_received",
            Step::Closed => "closed",
            Step::Withdrawn => "withdrawn",
        }
    }

    /// Parse a key; `completed` (the old word) is "service received".
    pub fn parse(s: &str) -> Option<Step> {
        match s.trim() {
            "completed" => Some(Step::ServiceReceived),
            k => Step::ALL.into_iter().find(|st| st.as_str() == k),
        }
    }

    /// The status the referral has after this step.
    pub fn status(self) -> ReferralStatus {
        match self {
            Step::Sent => ReferralStatus::Sent,
            Step::Accepted => ReferralStatus::Accepted,
            Step::Declined => ReferralStatus::Declined,
            Step::ServiceReceived => ReferralStatus::ServiceReceived,
            Step::Closed => ReferralStatus::Closed,
            Step::Withdrawn => ReferralStatus::Withdrawn,
        }
    }

    /// Whether this is a partner's answer (what a partner may confirm with the slip's code).
    pub fn is_answer(self) -> bool {
        matches!(
            self,
            Step::Accepted | Step::Declined | Step::ServiceReceived
        )
    }
}

/// Who reported a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The worker, on this device.
    Worker,
    /// The partner's answer, confirmed with the slip's code.
    Partner,
    /// The organisation's signed status update (partners inside the system).
    Organisation,
}

impl Via {
    /// The stable key.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Worker => "worker",
            Via::Partner => "partner",
            Via::Organisation => "organisation",
        }
    }
}

/// The steps that may follow a status. An answer from the service (accepted, declined)
/// may follow "made" directly: it shows the slip reached them.
pub fn next_steps(s: ReferralStatus) -> &'static [Step] {
    match s {
        ReferralStatus::Made => &[Step::Sent, Step::Accepted, Step::Declined, Step::Withdrawn],
        ReferralStatus::Sent => &[Step::Accepted, Step::Declined, Step::Withdrawn],
        ReferralStatus::Accepted => &[Step::ServiceReceived, Step::Withdrawn],
        ReferralStatus::Declined | ReferralStatus::ServiceReceived | ReferralStatus::Completed => {
            &[Step::Closed]
        }
        ReferralStatus::Closed | ReferralStatus::Withdrawn => &[],
    }
}

/// The steps that may follow a status (for messages).
pub fn allowed_after(s: &ReferralStatus) -> &'static [Step] {
    next_steps(*s)
}

/// Whether the referral still waits for the service (and so can be overdue).
pub fn is_pending(s: ReferralStatus) -> bool {
    matches!(
        s,
        ReferralStatus::Made | ReferralStatus::Sent | ReferralStatus::Accepted
    )
}

/// A field of the person's record that a slip may carry, if the person agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedField {
    /// The name or alias the person chose (from the case).
    Alias,
    /// Age group, as the person said it (typed by the worker).
    AgeGroup,
    /// Gender, as the person said it (typed by the worker).
    Gender,
    /// Nationality (typed by the worker).
    Nationality,
    /// Languages the person speaks (typed by the worker).
    Languages,
    /// What the person needs, in the worker's words.
    Needs,
    /// The screening's result (from the case).
    ScreeningOutcome,
    /// The service contacts the person through the worker.
    ContactByWorker,
}

impl SharedField {
    /// All fields, in slip order.
    pub const ALL: [SharedField; 8] = [
        SharedField::Alias,
        SharedField::AgeGroup,
        SharedField::Gender,
        SharedField::Nationality,
        SharedField::Languages,
        SharedField::Needs,
        SharedField::ScreeningOutcome,
        SharedField::ContactByWorker,
    ];

    /// The stable key (`alias`, `age_group`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            SharedField::Alias => "alias",
            SharedField::AgeGroup => "age_group",
            SharedField::Gender => "gender",
            SharedField::Nationality => "nationality",
            SharedField::Languages => "languages",
            SharedField::Needs => "needs",
            SharedField::ScreeningOutcome => "screening_outcome",
            SharedField::ContactByWorker => "contact_by_worker",
        }
    }

    /// Parse a key.
    pub fn parse(s: &str) -> Option<SharedField> {
        SharedField::ALL
            .into_iter()
            .find(|f| f.as_str() == s.trim())
    }

    /// Whether the worker types this field's value on the referral (the others come from
    /// the case, or carry no value).
    pub fn is_typed(self) -> bool {
        matches!(
            self,
            SharedField::AgeGroup
                | SharedField::Gender
                | SharedField::Nationality
                | SharedField::Languages
                | SharedField::Needs
        )
    }
}

/// The longest typed value (characters): a slip stays short enough for one QR code.
pub const MAX_DETAIL_CHARS: usize = 200;

/// Exactly what the person agreed to share with the service of one referral.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ConsentReceipt {
    /// The fields the person agreed to share.
    pub fields: BTreeSet<SharedField>,
    /// The values typed by the worker, for typed fields the person agreed to share.
    #[serde(default)]
    pub details: BTreeMap<SharedField, String>,
}

impl ConsentReceipt {
    /// The rule this receipt breaks, if any.
    pub fn check(&self) -> Result<(), &'static str> {
        for (f, v) in &self.details {
            if !self.fields.contains(f) {
                return Err("a referral carries only fields the person agreed to share");
            }
            if !f.is_typed() {
                return Err("only typed fields carry a value on the referral");
            }
            if v.trim().is_empty() || v.chars().count() > MAX_DETAIL_CHARS {
                return Err("a shared value is between 1 and 200 characters");
            }
        }
        Ok(())
    }
}

/// The language of a slip (the service's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlipLanguage {
    /// Arabic.
    Ar,
    /// French.
    Fr,
    /// English.
    En,
}

impl SlipLanguage {
    /// The language code.
    pub fn code(self) -> &'static str {
        match self {
            SlipLanguage::Ar => "ar",
            SlipLanguage::Fr => "fr",
            SlipLanguage::En => "en",
        }
    }

    /// Parse a language code.
    pub fn parse(s: &str) -> Option<SlipLanguage> {
        match s.trim() {
            "ar" => Some(SlipLanguage::Ar),
            "fr" => Some(SlipLanguage::Fr),
            "en" => Some(SlipLanguage::En),
            _ => None,
        }
    }
}

/// A referral as the worker makes it (the `referral_created` event's content).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReferral {
    /// Category.
    pub category: RefCategory,
    /// The service (directory id), if chosen.
    pub service: Option<String>,
    /// How soon.
    pub urgency: Urgency,
    /// The slip's language (the service's).
    pub language: SlipLanguage,
    /// What the person agreed to share.
    pub receipt: ConsentReceipt,
}

/// Apply a `referral_created` event (consent checked by the caller).
pub(crate) fn create(s: &mut CaseState, e: &Event, r: &NewReferral) -> Result<(), &'static str> {
    r.receipt.check()?;
    s.referrals.push(Referral {
        id: e.id,
        category: r.category,
        service: r.service.clone(),
        status: ReferralStatus::Made,
        made_ms: e.at_ms,
        urgency: Some(r.urgency),
        due_ms: Some(r.urgency.due_ms(e.at_ms)),
        language: Some(r.language),
        receipt: Some(r.receipt.clone()),
    });
    Ok(())
}

/// Why a step was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepRefused {
    /// No referral of this case has that id.
    Unknown,
    /// A partner's code confirms only an answer.
    NotAnAnswer,
    /// The step does not follow the current status.
    Illegal {
        /// The current status.
        from: ReferralStatus,
    },
}

/// Apply a `referral_step` event: legal steps only.
pub(crate) fn apply_step(
    s: &mut CaseState,
    referral: EventId,
    step: Step,
    via: Via,
) -> Result<(), StepRefused> {
    let r = s
        .referrals
        .iter_mut()
        .find(|r| r.id == referral)
        .ok_or(StepRefused::Unknown)?;
    if via == Via::Partner && !step.is_answer() {
        return Err(StepRefused::NotAnAnswer);
    }
    if !next_steps(r.status).contains(&step) {
        return Err(StepRefused::Illegal { from: r.status });
    }
    r.status = step.status();
    Ok(())
}

impl CaseState {
    /// Whether the person's consent covers a referral of this category (the police and
    /// prosecutor need their own).
    pub(crate) fn referral_consent(&self, category: RefCategory) -> bool {
        let scope = if category == RefCategory::LawEnforcement {
            ConsentScope::LawEnforcement
        } else {
            ConsentScope::Referral
        };
        self.consents.get(&scope) == Some(&true)
    }

    /// A referral step: only one that follows the referral's current status.
    pub(crate) fn referral_step(
        &mut self,
        e: &Event,
        referral: EventId,
        step: Step,
        via: Via,
    ) -> Result<(), CaseError> {
        let rule = |rule: &'static str| CaseError::InvalidEvent { event: e.id, rule };
        apply_step(self, referral, step, via).map_err(|r| match r {
            StepRefused::Unknown => rule("a referral step names a referral of this case"),
            StepRefused::NotAnAnswer => {
                rule("a partner's code confirms only accepted, declined or service received")
            }
            StepRefused::Illegal { from } => CaseError::IllegalStep {
                event: e.id,
                status: from,
                step,
            },
        })
    }
}

/// Crockford's base-32 alphabet (no I, L, O, U: read out on a phone without confusion).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn base32(bytes: &[u8], chars: usize) -> String {
    let mut acc: u128 = 0;
    for b in bytes {
        acc = (acc << 8) | u128::from(*b);
    }
    let bits = bytes.len() * 8;
    (0..chars)
        .map(|i| {
            let shift = bits.saturating_sub(5 * (i + 1));
            char::from(CROCKFORD[((acc >> shift) & 31) as usize])
        })
        .collect()
}

/// The slip's reference (`XXXX-XXXX`), from the random part of the referral's id.
pub fn slip_reference(referral: EventId) -> String {
    let s = base32(&referral.0[7..12], 8);
    format!("{}-{}", &s[..4], &s[4..])
}

/// The slip's confirmation code (6 characters), from another random part of the id.
pub fn slip_code(referral: EventId) -> String {
    base32(&referral.0[12..16], 6)
}

/// A code as typed or read out, made comparable: upper case, no spaces or dashes, and
/// the letters Crockford's alphabet reads as digits (O → 0, I and L → 1).
pub fn normalize_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            u => u,
        })
        .collect()
}

/// Whether a typed code is this referral's.
pub fn code_matches(referral: EventId, typed: &str) -> bool {
    normalize_code(typed) == slip_code(referral)
}

/// One line of a slip: a field the person agreed to share, with its value (`""` for
/// "contact through the worker"; the screening outcome's key for the result).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlipLine {
    /// The field.
    pub field: SharedField,
    /// Its value (keys, not sentences, for fields from the case).
    pub value: String,
}

/// What a slip carries: a reference, the code, the urgency and due date, the category and
/// service, and the consented fields, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    /// The referral's event id.
    pub referral: EventId,
    /// Reference (`XXXX-XXXX`).
    pub reference: String,
    /// Confirmation code.
    pub code: String,
    /// Category.
    pub category: RefCategory,
    /// Service (directory id).
    pub service: Option<String>,
    /// Urgency.
    pub urgency: Urgency,
    /// Due (ms since the epoch).
    pub due_ms: i64,
    /// Language.
    pub language: SlipLanguage,
    /// The consented fields with their values, in [`SharedField::ALL`] order.
    pub lines: Vec<SlipLine>,
}

/// Why no slip can be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SlipError {
    /// No such referral in this case.
    #[error("no referral of this case has that id")]
    Unknown,
    /// Made before consent receipts: the person's agreement to share is not recorded.
    #[error("this referral was made without a consent receipt: make a new one")]
    NoReceipt,
    /// The referral is withdrawn or closed.
    #[error("this referral is withdrawn or closed")]
    Finished,
}

/// The slip of one referral: only the fields the person agreed to share.
pub fn slip(case: &CaseState, referral: EventId) -> Result<Slip, SlipError> {
    let r = case
        .referrals
        .iter()
        .find(|r| r.id == referral)
        .ok_or(SlipError::Unknown)?;
    let (Some(receipt), Some(urgency), Some(due_ms), Some(language)) =
        (&r.receipt, r.urgency, r.due_ms, r.language)
    else {
        return Err(SlipError::NoReceipt);
    };
    if matches!(r.status, ReferralStatus::Withdrawn | ReferralStatus::Closed) {
        return Err(SlipError::Finished);
    }
    let lines = SharedField::ALL
        .into_iter()
        .filter(|f| receipt.fields.contains(f))
        .filter_map(|field| {
            let value = match field {
                SharedField::Alias => Some(case.alias.clone()).filter(|a| !a.trim().is_empty()),
                SharedField::ScreeningOutcome => {
                    case.last_screening.map(|(o, _)| o.as_str().to_owned())
                }
                SharedField::ContactByWorker => Some(String::new()),
                typed => receipt.details.get(&typed).cloned(),
            }?;
            Some(SlipLine { field, value })
        })
        .collect();
    Ok(Slip {
        referral,
        reference: slip_reference(referral),
        code: slip_code(referral),
        category: r.category,
        service: r.service.clone(),
        urgency,
        due_ms,
        language,
        lines,
    })
}
