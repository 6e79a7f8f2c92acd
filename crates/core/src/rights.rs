//! The person's rights over their record (Law 09-08) as case events: rectification (a
//! correction is a new event; the log stays append-only and the corrected record stays
//! in it) and objection (the person withdraws consent to sharing: the case stops syncing
//! and no referral slip is made for it). Erasure and retention are not events: they
//! remove the case (see `sanad-store`'s `erase.rs`).

use serde::{Deserialize, Serialize};

use crate::case::{CaseState, EventKind};

/// What a rectification corrects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum RectifiedField {
    /// The name or alias the person chose.
    Alias,
    /// A note, by its position in the case's notes (from 0).
    Note {
        /// Position of the note.
        index: u32,
    },
}

/// Longest corrected value or reason, in characters.
pub const MAX_RECTIFIED_CHARS: usize = 4000;

/// Apply a rights event to a case's state; `Err` names the rule broken (no case data).
pub(crate) fn apply(state: &mut CaseState, kind: &EventKind) -> Result<(), &'static str> {
    match kind {
        EventKind::Rectified {
            field,
            value,
            reason,
        } => {
            if value.chars().count() > MAX_RECTIFIED_CHARS
                || reason.chars().count() > MAX_RECTIFIED_CHARS
            {
                return Err("a correction is at most 4000 characters");
            }
            match field {
                RectifiedField::Alias => state.alias = value.clone(),
                RectifiedField::Note { index } => match state.notes.get_mut(*index as usize) {
                    Some(n) => *n = value.clone(),
                    None => return Err("a correction names a note of this case"),
                },
            }
            state.rectifications += 1;
        }
        EventKind::SharingWithdrawn => {
            if state.sharing_withdrawn {
                return Err("sharing is withdrawn once");
            }
            state.sharing_withdrawn = true;
        }
        _ => {}
    }
    Ok(())
}

/// How long a closed case is kept when the organisation set nothing: 24 months.
pub const DEFAULT_RETENTION_MONTHS: u32 = 24;

/// The organisation's retention setting, the payload of signed content of kind
/// `retention` (TOML: `closed_case_months = N`, 1 to 240). The error names what is wrong.
pub fn parse_retention(payload: &str) -> Result<u32, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Retention {
        closed_case_months: u32,
    }
    let r: Retention = toml::from_str(payload).map_err(|e| format!("retention: {e}"))?;
    if !(1..=240).contains(&r.closed_case_months) {
        return Err("retention: closed_case_months must be from 1 to 240".into());
    }
    Ok(r.closed_case_months)
}

/// Whether a closed case whose last entry was at `updated_ms` is past a retention of
/// `months` (a month counted as 30 days) at `now_ms`. An open case never is.
pub fn past_retention(state: &CaseState, months: u32, now_ms: i64) -> bool {
    state.closed && now_ms - state.updated_ms > i64::from(months) * 30 * 86_400_000
}

impl CaseState {
    /// Whether the person still allows this case to be shared (synced to the
    /// organisation, referral slips): false once they withdrew it.
    pub fn sharing_allowed(&self) -> bool {
        !self.sharing_withdrawn
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Event, Id};

    fn ev(n: u8, kind: EventKind) -> Event {
        Event {
            id: Id([n; 16]),
            case_id: Id([1; 16]),
            device_id: Id([2; 16]),
            seq: u64::from(n),
            at_ms: i64::from(n),
            kind,
        }
    }

    fn opened() -> CaseState {
        let mut s = CaseState::default();
        s.apply(&ev(
            1,
            EventKind::Opened {
                reference: "R-1".into(),
                alias: "Invented".into(),
            },
        ))
        .expect("open");
        s.apply(&ev(
            2,
            EventKind::NoteAdded {
                text: "first".into(),
            },
        ))
        .expect("note");
        s
    }

    #[test]
    fn a_correction_replaces_the_value_and_counts() {
        let mut s = opened();
        s.apply(&ev(
            3,
            EventKind::Rectified {
                field: RectifiedField::Note { index: 0 },
                value: "corrected".into(),
                reason: "typo".into(),
            },
        ))
        .expect("rectify");
        s.apply(&ev(
            4,
            EventKind::Rectified {
                field: RectifiedField::Alias,
                value: "Other".into(),
                reason: String::new(),
            },
        ))
        .expect("rectify alias");
        assert_eq!(s.notes, vec!["corrected".to_string()]);
        assert_eq!(s.alias, "Other");
        assert_eq!(s.rectifications, 2);
        assert_eq!(s.events, 4);
    }

    #[test]
    fn a_correction_of_a_missing_note_is_refused_and_changes_nothing() {
        let mut s = opened();
        let before = s.clone();
        let r = s.apply(&ev(
            3,
            EventKind::Rectified {
                field: RectifiedField::Note { index: 5 },
                value: "x".into(),
                reason: String::new(),
            },
        ));
        assert!(r.is_err());
        assert_eq!(s, before);
    }

    #[test]
    fn retention_is_read_from_the_signed_setting_and_checked() {
        assert_eq!(parse_retention("closed_case_months = 6"), Ok(6));
        assert!(parse_retention("closed_case_months = 0").is_err());
        assert!(parse_retention("closed_case_months = 999").is_err());
        assert!(parse_retention("months = 6").is_err());
        let mut s = opened();
        assert!(!past_retention(&s, 1, i64::MAX / 2), "an open case is kept");
        s.apply(&ev(
            3,
            EventKind::Closed {
                reason: String::new(),
            },
        ))
        .expect("close");
        let month = 30 * 86_400_000;
        assert!(!past_retention(&s, 2, 3 + 2 * month));
        assert!(past_retention(&s, 2, 3 + 2 * month + 1));
    }

    #[test]
    fn rights_hold_for_a_closed_case() {
        let mut s = opened();
        s.apply(&ev(
            3,
            EventKind::Closed {
                reason: String::new(),
            },
        ))
        .expect("close");
        s.apply(&ev(4, EventKind::SharingWithdrawn))
            .expect("withdraw after closing");
    }

    #[test]
    fn withdrawal_stops_sharing_once() {
        let mut s = opened();
        assert!(s.sharing_allowed());
        s.apply(&ev(3, EventKind::SharingWithdrawn))
            .expect("withdraw");
        assert!(!s.sharing_allowed());
        assert!(s.apply(&ev(4, EventKind::SharingWithdrawn)).is_err());
    }

    #[test]
    fn a_state_saved_before_these_fields_still_reads() {
        let mut json = serde_json::to_value(opened()).expect("json");
        let obj = json.as_object_mut().expect("object");
        obj.remove("sharing_withdrawn");
        obj.remove("rectifications");
        let s: CaseState = serde_json::from_value(json).expect("reads");
        assert!(s.sharing_allowed());
    }
}
