//! The binary event batch: `SNB1`, the device id, a count, then per event its id, sequence
//! number, de-identified statistics (JSON, may be empty) and sealed payload, each length
//! prefixed (big-endian). About 32 bytes of framing per event.

use crate::ProtocolError;
use serde::{Deserialize, Serialize};

/// First four bytes of a batch (format version 1).
pub const BATCH_MAGIC: &[u8; 4] = b"SNB1";
const MAX_EVENTS: u32 = 100_000;
const MAX_STATS: usize = 4096;
const MAX_PAYLOAD: usize = crate::MAX_BODY;

/// De-identified fields for statistics, sent in clear beside the sealed payload. Nothing
/// here names or describes a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    /// Day of the screening (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Region (city key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Screening outcome code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// TIP/SOM classification code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// Referral categories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub referrals: Vec<String>,
}

impl Stats {
    fn check(&self) -> Result<(), ProtocolError> {
        let fields = [
            ("stats.date", &self.date),
            ("stats.region", &self.region),
            ("stats.outcome", &self.outcome),
            ("stats.classification", &self.classification),
        ];
        let word = |s: &str| {
            !s.is_empty()
                && s.len() <= 64
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        };
        for (field, v) in fields {
            if let Some(v) = v
                && !word(v)
            {
                return Err(ProtocolError::Invalid {
                    field,
                    problem: "must be a short code (letters, digits, . _ -)".into(),
                });
            }
        }
        if let Some(d) = &self.date {
            let b = d.as_bytes();
            let ok = b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
            if !ok {
                return Err(ProtocolError::Invalid {
                    field: "stats.date",
                    problem: "must be YYYY-MM-DD".into(),
                });
            }
        }
        if self.referrals.len() > 32 || !self.referrals.iter().all(|r| word(r)) {
            return Err(ProtocolError::Invalid {
                field: "stats.referrals",
                problem: "at most 32 short codes".into(),
            });
        }
        Ok(())
    }
}

/// One event on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireEvent {
    /// Event id (UUIDv7 bytes).
    pub id: [u8; 16],
    /// The device's sequence number (from 1, no gaps).
    pub seq: u64,
    /// De-identified statistics, if the event carries any.
    pub stats: Option<Stats>,
    /// The event sealed to the organisation's key (opaque to the server).
    pub sealed: Vec<u8>,
}

/// A batch of one device's events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventBatch {
    /// The sending device.
    pub device_id: [u8; 16],
    /// Events, in sequence order.
    pub events: Vec<WireEvent>,
}

/// Bytes a batch takes on the wire for one more event of this size.
pub fn framed_len(stats_json_len: usize, sealed_len: usize) -> usize {
    16 + 8 + 2 + stats_json_len + 4 + sealed_len
}

/// Encode a batch.
pub fn encode_batch(b: &EventBatch) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        24 + b
            .events
            .iter()
            .map(|e| framed_len(64, e.sealed.len()))
            .sum::<usize>(),
    );
    out.extend_from_slice(BATCH_MAGIC);
    out.extend_from_slice(&b.device_id);
    out.extend_from_slice(&(b.events.len() as u32).to_be_bytes());
    for e in &b.events {
        out.extend_from_slice(&e.id);
        out.extend_from_slice(&e.seq.to_be_bytes());
        let stats = e
            .stats
            .as_ref()
            .map(|s| serde_json::to_vec(s).unwrap_or_default())
            .unwrap_or_default();
        out.extend_from_slice(&(stats.len() as u16).to_be_bytes());
        out.extend_from_slice(&stats);
        out.extend_from_slice(&(e.sealed.len() as u32).to_be_bytes());
        out.extend_from_slice(&e.sealed);
    }
    out
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ProtocolError> {
        if self.rest.len() < n {
            return Err(ProtocolError::Truncated(what));
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }
    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], ProtocolError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N, what)?);
        Ok(a)
    }
}

/// Decode a batch, checking every length, the sequence order and the statistics.
pub fn decode_batch(body: &[u8]) -> Result<EventBatch, ProtocolError> {
    let mut r = Reader { rest: body };
    if r.take(4, "the format marker")? != BATCH_MAGIC {
        return Err(ProtocolError::Invalid {
            field: "format marker",
            problem: "not a Sanad batch (expected SNB1)".into(),
        });
    }
    let device_id = r.array::<16>("the device id")?;
    let count = u32::from_be_bytes(r.array::<4>("the event count")?);
    if count > MAX_EVENTS {
        return Err(ProtocolError::Invalid {
            field: "event count",
            problem: format!("{count} is over the limit of {MAX_EVENTS}"),
        });
    }
    let mut events = Vec::with_capacity((count as usize).min(r.rest.len() / 30 + 1));
    let mut last_seq = 0u64;
    for _ in 0..count {
        let id = r.array::<16>("an event id")?;
        let seq = u64::from_be_bytes(r.array::<8>("a sequence number")?);
        if seq == 0 || seq <= last_seq {
            return Err(ProtocolError::Invalid {
                field: "sequence number",
                problem: format!("{seq} does not follow {last_seq} (must increase from 1)"),
            });
        }
        last_seq = seq;
        let stats_len = u16::from_be_bytes(r.array::<2>("a statistics length")?) as usize;
        if stats_len > MAX_STATS {
            return Err(ProtocolError::Invalid {
                field: "statistics length",
                problem: format!("{stats_len} bytes is over {MAX_STATS}"),
            });
        }
        let stats = match r.take(stats_len, "statistics")? {
            [] => None,
            json => {
                let s: Stats = crate::decode_json("statistics", json)?;
                s.check()?;
                Some(s)
            }
        };
        let len = u32::from_be_bytes(r.array::<4>("a payload length")?) as usize;
        if len == 0 || len > MAX_PAYLOAD {
            return Err(ProtocolError::Invalid {
                field: "payload length",
                problem: format!("{len} bytes (must be 1 to {MAX_PAYLOAD})"),
            });
        }
        let sealed = r.take(len, "a sealed payload")?.to_vec();
        events.push(WireEvent {
            id,
            seq,
            stats,
            sealed,
        });
    }
    if !r.rest.is_empty() {
        return Err(ProtocolError::Trailing(r.rest.len()));
    }
    Ok(EventBatch { device_id, events })
}
