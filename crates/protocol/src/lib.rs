//! Sanad's sync protocol: what a device and the central API say to each other.
//!
//! Pure: types and codecs only, no I/O. JSON for the small control messages; a compact
//! binary frame for event batches, because sealed payloads are ciphertext (base64 would add
//! a third, hex would double them). Every decoder checks every length against what is left
//! and returns [`ProtocolError`] naming the problem: malformed input never panics.
//!
//! Endpoints (all but enrollment need `Authorization: Bearer <token>`):
//!
//! | method, path | body | answer |
//! |---|---|---|
//! | `POST /v1/enroll/challenge` | | [`EnrollChallenge`] |
//! | `POST /v1/enroll` | [`EnrollRequest`] (JSON) | [`EnrollResponse`] |
//! | `POST /v1/events` | [`EventBatch`] (binary, `application/x-sanad-batch`) | [`PushAck`] |
//! | `GET /v1/status` | | [`DeviceStatus`] |
//! | `GET /v1/pull?after=N&limit=M` | | [`PullPage`] |
//! | `POST /v1/rights` | [`RightsNotice`] (JSON, signed by the device key) | [`RightsAck`] |

mod batch;
pub mod org;
pub mod rights;

pub use batch::{BATCH_MAGIC, EventBatch, Stats, WireEvent, decode_batch, encode_batch};
pub use org::{
    FINGERPRINT_LEN, FingerprintError, MAX_DEAD_MAN_DAYS, MIN_DEAD_MAN_DAYS, OrgCertificate,
    OrgCertificates, OrgPolicy, ROLE_CONTENT, ROLE_ONLINE, ROLE_SEALING, fingerprint_digits,
    parse_fingerprint,
};

pub use rights::{NoticeEvent, RightsAck, RightsAction, RightsNotice};

use serde::{Deserialize, Serialize};

/// Media type of a binary event batch.
pub const BATCH_MEDIA_TYPE: &str = "application/x-sanad-batch";

/// Largest request body the server accepts (bytes).
pub const MAX_BODY: usize = 4 * 1024 * 1024;

/// A malformed message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// The body ends before the named field.
    #[error("the batch ends inside {0}")]
    Truncated(&'static str),
    /// A field has a value outside its range.
    #[error("invalid {field}: {problem}")]
    Invalid {
        /// Field.
        field: &'static str,
        /// What is wrong.
        problem: String,
    },
    /// Bytes after the last event.
    #[error("{0} unexpected bytes after the last event")]
    Trailing(usize),
    /// A JSON message did not parse.
    #[error("malformed {what}: {problem}")]
    Json {
        /// Which message.
        what: &'static str,
        /// The parser's message (no data from the body).
        problem: String,
    },
}

/// Parse a JSON control message, with an error naming the message.
pub fn decode_json<T: for<'de> Deserialize<'de>>(
    what: &'static str,
    body: &[u8],
) -> Result<T, ProtocolError> {
    serde_json::from_slice(body).map_err(|e| ProtocolError::Json {
        what,
        // Line and column only: serde's messages can quote the input.
        problem: format!(
            "{:?} error at line {} column {}",
            e.classify(),
            e.line(),
            e.column()
        ),
    })
}

/// A fresh, single-use challenge a device signs to enroll (`POST /v1/enroll/challenge`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollChallenge {
    /// 32 random bytes (hex). The server accepts it once, before `expires_ms`.
    pub challenge: String,
    /// When the server forgets it (ms since the epoch).
    pub expires_ms: i64,
}

/// A device asks to join with a one-time enrollment code, proving that it holds the
/// private half of `device_key` by signing a challenge the server just issued. A captured
/// request cannot be replayed: its challenge is used up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    /// The one-time code an administrator printed.
    pub code: String,
    /// The device's Ed25519 public key (hex, 32 bytes).
    pub device_key: String,
    /// The challenge from `POST /v1/enroll/challenge` (hex).
    pub challenge: String,
    /// The device key's Ed25519 signature (hex) of [`EnrollRequest::signed_text`].
    pub signature: String,
}

impl EnrollRequest {
    /// The text the device signs: the challenge, the code as sent and its public key.
    pub fn signed_text(challenge: &str, code: &str, device_key: &str) -> String {
        format!("sanad-enroll/1\n{challenge}\n{code}\n{device_key}")
    }
}

/// What an enrolled device receives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollResponse {
    /// The device id the server assigned (hex, 16 bytes).
    pub device_id: String,
    /// Bearer token (hex, 32 random bytes; the server keeps only its hash).
    pub token: String,
    /// The organisation's root key and the certificates of its sealing, content and
    /// online keys. The device trusts none of it until the root matches the fingerprint
    /// it pinned and every certificate verifies.
    pub organisation: OrgCertificates,
    /// The organisation's policy (the dead-man period), signed offline by its content
    /// key. The device applies it only if the signature verifies against the certified
    /// content key and the period is within [`MIN_DEAD_MAN_DAYS`]..=[`MAX_DEAD_MAN_DAYS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<OrgPolicy>,
}

/// The server's answer to a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PushAck {
    /// Every event of this device up to this sequence number is stored (contiguous).
    pub acked_through: u64,
    /// Events whose id was already stored with different bytes: kept apart, not dropped.
    pub conflicts: Vec<String>,
}

/// What the server knows of the calling device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DeviceStatus {
    /// Device id (hex).
    pub device_id: String,
    /// Highest contiguous sequence stored.
    pub acked_through: u64,
    /// Events stored for this device.
    pub events: u64,
    /// Quarantined conflicting events for this device.
    pub quarantined: u64,
}

/// An order to wipe a device, signed by the organisation's Ed25519 key. A revoked device
/// receives it with its 401; the device checks the signature against the key it got at
/// enrollment before it wipes anything, so a forged order is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WipeOrder {
    /// The device to wipe (hex).
    pub device_id: String,
    /// When the order was issued (ms since the epoch).
    pub issued_ms: i64,
    /// Ed25519 signature of [`WipeOrder::signed_text`] (hex).
    pub signature: String,
}

impl WipeOrder {
    /// The text the organisation signs.
    pub fn signed_text(device_id: &str, issued_ms: i64) -> String {
        CommandOrder::signed_text("wipe", device_id, issued_ms)
    }
}

/// A command for one device (`wipe` or `lock`), signed by the organisation's Ed25519 key
/// over the same text as [`WipeOrder::signed_text`] with the command's name first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandOrder {
    /// `wipe` or `lock`.
    pub command: String,
    /// The device it is for (hex).
    pub device_id: String,
    /// When it was issued (ms since the epoch).
    pub issued_ms: i64,
    /// Ed25519 signature (hex).
    pub signature: String,
}

impl CommandOrder {
    /// The text the organisation signs.
    pub fn signed_text(command: &str, device_id: &str, issued_ms: i64) -> String {
        format!("{command}\n{device_id}\n{issued_ms}")
    }
}

/// A referral's new status from the service or the organisation, for one device's case,
/// signed by the organisation's Ed25519 key. Only random ids travel: the server never
/// learns whose case it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralUpdate {
    /// The device holding the case (hex).
    pub device_id: String,
    /// The case id (as the device writes it).
    pub case_id: String,
    /// The `ReferralMade` event id.
    pub referral: String,
    /// A referral step: `sent`, `accepted`, `declined`, `service_received`, `closed` or
    /// `withdrawn` (`completed`, the old word, is `service_received`).
    pub status: String,
    /// When it was issued (ms since the epoch).
    pub issued_ms: i64,
    /// Ed25519 signature (hex) of [`ReferralUpdate::signed_text`].
    pub signature: String,
}

impl ReferralUpdate {
    /// The text the organisation signs.
    pub fn signed_text(&self) -> String {
        format!(
            "referral-status\n{}\n{}\n{}\n{}\n{}",
            self.device_id, self.case_id, self.referral, self.status, self.issued_ms
        )
    }
}

/// Checklist content from the organisation (the rules, or one language's texts), signed
/// with its Ed25519 key. Devices check the signature, that the version is newer than the
/// one they hold, and that the payload is valid before they keep it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentUpdate {
    /// One of [`CONTENT_KINDS`].
    pub kind: String,
    /// Increases with each publication of this kind.
    pub version: u64,
    /// The rules (TOML), a `questions.ftl` (Fluent) or a training pack (TOML).
    pub payload: String,
    /// Ed25519 signature (hex) of [`ContentUpdate::signed_text`].
    pub signature: String,
}

/// The kinds of signed content: the rules, each language's questions and help texts, and
/// the organisation's pack of training case studies (`training`: TOML, see
/// `sanad-training`) and the organisation's retention period for closed cases
/// (`retention`: `closed_case_months = N`).
pub const CONTENT_KINDS: [&str; 6] = [
    "rules",
    "questions-ar",
    "questions-en",
    "questions-fr",
    "training",
    "retention",
];

impl ContentUpdate {
    /// The text the organisation signs.
    pub fn signed_text(&self) -> String {
        format!("content\n{}\n{}\n{}", self.kind, self.version, self.payload)
    }
}

/// Kind of a pulled item holding a [`ContentUpdate`].
pub const PULL_CONTENT: &str = "content";

/// Kind of a pulled item holding a [`ReferralUpdate`].
pub const PULL_REFERRAL: &str = "referral_status";

/// Kind of a pulled item holding a signed directory bundle.
pub const PULL_DIRECTORY: &str = "directory";
/// Kind of a pulled item holding a [`CommandOrder`].
pub const PULL_COMMAND: &str = "command";

/// One item a device pulls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PullItem {
    /// Position; the next pull starts after the last one handled.
    pub cursor: u64,
    /// [`PULL_DIRECTORY`] or [`PULL_COMMAND`].
    pub kind: String,
    /// The signed document (verified by the device, never trusted as is).
    pub body: String,
}

/// A page of items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PullPage {
    /// Items in order.
    pub items: Vec<PullItem>,
    /// Whether more items follow this page.
    pub more: bool,
}

/// The 401 answer to a revoked device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revoked {
    /// Always `revoked`.
    pub error: String,
    /// Plain words.
    pub message: String,
    /// The signed order.
    pub wipe: WipeOrder,
}

/// An error answer (4xx/5xx): a stable code and a message without case data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// Stable machine-readable code (`unauthorized`, `bad_request`, ...).
    pub error: String,
    /// Plain words.
    pub message: String,
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes of lower- or upper-case hex; `None` if it is not hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_name_the_message_and_never_quote_it() {
        let e = decode_json::<EnrollRequest>("enrollment", br#"{"code": "SECRET-CODE"}"#)
            .expect_err("missing field");
        let msg = e.to_string();
        assert!(msg.starts_with("malformed enrollment"), "{msg}");
        assert!(!msg.contains("SECRET"), "{msg}");
        assert!(decode_json::<EnrollRequest>("enrollment", b"\xff\xfe").is_err());
    }

    #[test]
    fn hex_round_trips_and_rejects_non_hex() {
        assert_eq!(
            unhex(&hex(&[0, 1, 0xab, 0xff])),
            Some(vec![0, 1, 0xab, 0xff])
        );
        assert_eq!(unhex("abc"), None);
        assert_eq!(unhex("zz"), None);
        assert_eq!(unhex("é1"), None);
    }
}
