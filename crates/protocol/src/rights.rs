//! The person's rights over their record (Law 09-08) as the device tells the server:
//! an erased case, or a case whose sharing the person withdrew. The server does not know
//! which events belong to which case (the payloads are sealed), so the device names its
//! own events of the case by sequence number and event id, and signs the notice with the
//! device key it proved at enrollment. Nothing in a notice names or describes the person.

use serde::{Deserialize, Serialize};

/// `POST /v1/rights`: what the device asks the server to do with some of its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RightsAction {
    /// Delete the sealed payloads and statistics; keep only a tombstone (device, sequence
    /// number, event id, time): the case was erased on the device.
    Erase,
    /// The person withdrew consent to sharing: keep the payloads out of every export.
    Withdraw,
}

/// One of the device's events, by sequence number and id (hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeEvent {
    /// The device's sequence number.
    pub seq: u64,
    /// The event id (hex, 16 bytes).
    pub id: String,
}

/// A notice signed by the device's Ed25519 key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsNotice {
    /// What to do.
    pub action: RightsAction,
    /// The sending device (hex).
    pub device_id: String,
    /// When the device issued it (ms since the epoch).
    pub issued_ms: i64,
    /// The device's events of the case.
    pub events: Vec<NoticeEvent>,
    /// Ed25519 signature of [`RightsNotice::signed_text`] by the device key (hex).
    pub signature: String,
}

/// Most events one notice may name.
pub const MAX_NOTICE_EVENTS: usize = 100_000;

impl RightsNotice {
    /// The text the device signs: every field but the signature, one per line.
    pub fn signed_text(&self) -> String {
        let action = match self.action {
            RightsAction::Erase => "erase",
            RightsAction::Withdraw => "withdraw",
        };
        let mut t = format!(
            "sanad/rights/v1\n{action}\n{}\n{}\n",
            self.device_id, self.issued_ms
        );
        for e in &self.events {
            t.push_str(&format!("{}:{}\n", e.seq, e.id));
        }
        t
    }

    /// The events as (sequence number, id); an error names the first bad one.
    pub fn parsed_events(&self) -> Result<Vec<(u64, [u8; 16])>, crate::ProtocolError> {
        if self.events.len() > MAX_NOTICE_EVENTS {
            return Err(crate::ProtocolError::Invalid {
                field: "events",
                problem: format!("at most {MAX_NOTICE_EVENTS} events"),
            });
        }
        self.events
            .iter()
            .map(|e| {
                let id = crate::unhex(&e.id)
                    .and_then(|b| <[u8; 16]>::try_from(b).ok())
                    .ok_or_else(|| crate::ProtocolError::Invalid {
                        field: "events.id",
                        problem: "must be 32 hex digits".into(),
                    })?;
                if e.seq == 0 || e.seq > i64::MAX as u64 {
                    return Err(crate::ProtocolError::Invalid {
                        field: "events.seq",
                        problem: "must be a sequence number from 1".into(),
                    });
                }
                Ok((e.seq, id))
            })
            .collect()
    }
}

/// The server's answer: how many stored events the notice applied to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsAck {
    /// Stored events changed (payloads deleted, or withheld from export).
    pub applied: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice() -> RightsNotice {
        RightsNotice {
            action: RightsAction::Erase,
            device_id: "ab".repeat(16),
            issued_ms: 5,
            events: vec![NoticeEvent {
                seq: 3,
                id: "cd".repeat(16),
            }],
            signature: String::new(),
        }
    }

    #[test]
    fn the_signed_text_binds_the_action_and_every_event() {
        let n = notice();
        let mut w = n.clone();
        w.action = RightsAction::Withdraw;
        assert_ne!(n.signed_text(), w.signed_text());
        let mut e = n.clone();
        e.events[0].seq = 4;
        assert_ne!(n.signed_text(), e.signed_text());
        assert_eq!(n.parsed_events().expect("events"), vec![(3, [0xcd; 16])]);
    }

    #[test]
    fn bad_events_are_named() {
        let mut n = notice();
        n.events[0].id = "zz".into();
        assert!(matches!(
            n.parsed_events(),
            Err(crate::ProtocolError::Invalid {
                field: "events.id",
                ..
            })
        ));
        let mut n = notice();
        n.events[0].seq = 0;
        assert!(n.parsed_events().is_err());
    }
}
