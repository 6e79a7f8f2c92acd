//! Sanad's sync client: the device side of the protocol in `sanad-protocol`.
//!
//! 1. **Prepare.** Events after the last acknowledged sequence are sealed to the
//!    organisation's X25519 key (`sanad_crypto::seal`) with their de-identified statistics
//!    and put in the store's outbox (sealed again under the store key). A retry resends
//!    the same bytes, so the server tells a repeat from a conflict.
//! 2. **Probe.** `GET /v1/status` with a short timeout: is there a connection, and what
//!    does the server already hold?
//! 3. **Push.** Outbox records in batches sized by bytes (gzip when that saves ≥ 2 %);
//!    each batch is retried with
//!    exponential backoff and full jitter on timeouts, dropped connections, 429 and 5xx;
//!    the acknowledged sequence is saved after each batch and the outbox trimmed. If the
//!    server holds less than the outbox expects, the missing events are sealed again from
//!    the case log (nothing is ever only in the outbox).
//! 4. **Pull.** Signed directory bundles (installed only if they verify and are newer),
//!    signed checklist content (rules, questions; kept only if valid and newer), signed
//!    referral status updates (appended to the case if the case log accepts them,
//!    then synced back) and signed commands (`wipe`, `lock`) addressed to this device,
//!    after a saved cursor.
//!    Lock orders and referral updates are accepted only with an issue time later than
//!    the last accepted one of their kind: a replayed or older one is refused.
//! 5. **Revocation.** A 401 carrying a wipe order signed by the organisation's key wipes
//!    the store; a forged or misaddressed order is ignored.
//!
//! Everything the app shows (pending count, last success, last error in plain words,
//! quarantined records) is in [`SyncStatus`], saved in the store after every run.

mod client;
mod enroll;
mod pull;
pub mod rights;

pub use client::{Progress, SyncClient, SyncOptions, enrolled_server, pending, saved_status};
pub use sanad_protocol::{FingerprintError, fingerprint_digits, parse_fingerprint};

use sanad_core::case::Event;
use sanad_core::case::EventKind;
use sanad_protocol::Stats;
use serde::{Deserialize, Serialize};

/// Store setting holding the [`SyncConfig`].
pub const CONFIG_SETTING: &str = "sync.config";
/// Store setting holding the last [`SyncStatus`].
pub const STATUS_SETTING: &str = "sync.status";
/// Store setting holding the acknowledged sequence.
pub const ACKED_SETTING: &str = "sync.acked";
/// Store setting holding the pull cursor.
pub const CURSOR_SETTING: &str = "sync.cursor";
/// Prefix of the store settings holding the issue time of the last accepted signed
/// message of each kind (`lock`, `wipe`, `referral`): an older or replayed one is refused.
pub const ISSUED_SETTING_PREFIX: &str = "sync.issued.";

/// What enrollment gave this device (kept sealed in the store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncConfig {
    /// Server base URL.
    pub server: String,
    /// Device id the server assigned (hex).
    pub device_id: String,
    /// Bearer token (hex).
    pub token: String,
    /// The organisation's root key (hex), whose fingerprint the worker pinned.
    pub org_root: String,
    /// Certified content key (hex): directory bundles and checklist content.
    pub content_key: String,
    /// Certified online key of the server (hex): lock/wipe orders, referral statuses.
    pub online_key: String,
    /// Certified X25519 key (hex): case payloads are sealed to it.
    pub sealing_key: String,
    /// This device's Ed25519 private key (PKCS#8 hex).
    pub device_private: String,
}

/// What the app shows about sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SyncStatus {
    /// Events not yet acknowledged by the server.
    pub pending: u64,
    /// Highest sequence the server acknowledged.
    pub acked_through: u64,
    /// When the last run finished with everything sent (ms since the epoch).
    pub last_success_ms: Option<i64>,
    /// The last failure, in plain words (no case data).
    pub last_error: Option<String>,
    /// Events the server quarantined as conflicts (event ids, hex).
    pub quarantined: Vec<String>,
    /// Something the organisation's server sent that the device refused, in plain words
    /// (an unsigned or out-of-range dead-man period); `None` when there is nothing to say.
    #[serde(default)]
    pub notice: Option<String>,
}

/// Why sync failed (plain words; no case data).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// The device is not enrolled.
    #[error("this device is not enrolled with a server yet")]
    NotEnrolled,
    /// The store is locked or failed.
    #[error("the case store is not available: {0}")]
    Store(String),
    /// No connection after every retry.
    #[error(
        "no connection to the server ({0}); everything stays on the device and will be sent later"
    )]
    Offline(String),
    /// The server refused the request.
    #[error("the server refused the request: {0}")]
    Refused(String),
    /// The device was revoked; the store was wiped on a verified order.
    #[error("this device was revoked by the organisation; its data was wiped")]
    Wiped,
    /// The organisation locked the store (a verified order); unlock to continue.
    #[error("the organisation locked this device's case store; unlock it to continue")]
    Locked,
    /// Enrollment failed.
    #[error("enrollment failed: {0}")]
    Enrollment(String),
    /// Enrolled before organisation keys were pinned: nothing is sent until the device
    /// enrolls again with the organisation's fingerprint. Nothing is lost meanwhile.
    #[error(
        "enroll this device again with your organisation's fingerprint before it can sync; every record stays on the device until then"
    )]
    ReEnroll,
}

/// De-identified statistics of an event (screening results only): the day, outcome,
/// classification and referral categories. Never the answers, names or notes.
pub fn stats_of(e: &Event) -> Option<Stats> {
    match &e.kind {
        EventKind::ScreeningRecorded {
            outcome,
            classification,
            referrals,
            ..
        } => Some(Stats {
            date: Some(day_of(e.at_ms)),
            region: None,
            outcome: Some(outcome.as_str().to_owned()),
            classification: Some(classification.as_str().to_owned()),
            referrals: referrals.iter().map(|r| r.as_str().to_owned()).collect(),
        }),
        _ => None,
    }
}

/// `YYYY-MM-DD` (UTC) of a time in ms since the epoch.
pub fn day_of(ms: i64) -> String {
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn days() {
        assert_eq!(super::day_of(0), "1970-01-01");
        assert_eq!(super::day_of(1_795_824_000_000), "2026-11-28");
        assert_eq!(super::day_of(1_795_823_999_999), "2026-11-27");
        assert_eq!(super::day_of(951_782_400_000), "2000-02-29");
    }
}
