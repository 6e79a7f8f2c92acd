//! The organisation's keys as devices trust them.
//!
//! A device trusts exactly one thing it learnt out of band: the fingerprint of the
//! organisation's **root** Ed25519 key (built into the organisation's app build, or typed
//! or scanned at enrollment and shown as digit groups the worker can compare). Every other
//! organisation key is a certificate signed by that root, for one role:
//!
//! - [`ROLE_SEALING`]: the X25519 key case payloads are sealed to (its private half stays
//!   with the staff who run `export`, never on the server);
//! - [`ROLE_CONTENT`]: the Ed25519 key that signs what devices show and obey as content:
//!   directory bundles, checklist rules and questions, organisation policy (offline,
//!   never on the server);
//! - [`ROLE_ONLINE`]: the server's own Ed25519 key, which can only sign lock/wipe orders
//!   and referral status messages.
//!
//! The server hands the certificates over at enrollment; the device verifies the chain
//! (the root matches the pinned fingerprint, each certificate is signed by the root for its
//! role) and refuses to enroll otherwise. Verification needs Ed25519 and SHA-256, so it
//! lives with the crypto owner; this module holds the wire types, the signed texts and the
//! fingerprint's digit form.

use serde::{Deserialize, Serialize};

/// Role of the key case payloads are sealed to (X25519).
pub const ROLE_SEALING: &str = "sealing";
/// Role of the offline key that signs content (Ed25519).
pub const ROLE_CONTENT: &str = "content";
/// Role of the server's online key: lock/wipe orders and status messages only (Ed25519).
pub const ROLE_ONLINE: &str = "online";

/// Bytes of a fingerprint (SHA-256 of the root key, truncated).
pub const FINGERPRINT_LEN: usize = 16;

/// A key certified by the organisation's root for one role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgCertificate {
    /// [`ROLE_SEALING`], [`ROLE_CONTENT`] or [`ROLE_ONLINE`].
    pub role: String,
    /// The certified public key (hex, 32 bytes).
    pub key: String,
    /// When the root signed it (ms since the epoch).
    pub issued_ms: i64,
    /// The root's Ed25519 signature of [`OrgCertificate::signed_text`] (hex).
    pub signature: String,
}

impl OrgCertificate {
    /// The text the root signs (domain-separated from every other signed text).
    pub fn signed_text(role: &str, key: &str, issued_ms: i64) -> String {
        format!("sanad-org-certificate/1\n{role}\n{key}\n{issued_ms}")
    }
}

/// The organisation's root key and its three certificates, as the server keeps them
/// (`org-certs.json`) and sends them at enrollment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgCertificates {
    /// The root's Ed25519 public key (hex). Trusted only if its fingerprint matches the
    /// one the device pinned.
    pub root: String,
    /// The sealing key's certificate.
    pub sealing: OrgCertificate,
    /// The content key's certificate.
    pub content: OrgCertificate,
    /// The server's online key's certificate.
    pub online: OrgCertificate,
}

/// Shortest dead-man period a device accepts (days): a shorter one (0 wiped unsynced data
/// at once) is ignored, whoever signed it.
pub const MIN_DEAD_MAN_DAYS: u32 = 7;
/// Longest dead-man period a device accepts (days).
pub const MAX_DEAD_MAN_DAYS: u32 = 3650;

/// The organisation's device policy, signed offline with the **content** key
/// (`sanad-server sign-policy`); the server only hands it out. A device obeys it only when
/// the signature verifies against the certified content key and the period is in range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgPolicy {
    /// A device that has not synced for this many days wipes itself.
    pub dead_man_days: u32,
    /// When it was signed (ms since the epoch).
    pub issued_ms: i64,
    /// The content key's Ed25519 signature (hex) of [`OrgPolicy::signed_text`].
    pub signature: String,
}

impl OrgPolicy {
    /// The text the content key signs (domain-separated from every other signed text).
    pub fn signed_text(dead_man_days: u32, issued_ms: i64) -> String {
        format!("sanad-org-policy/1\n{dead_man_days}\n{issued_ms}")
    }
    /// Whether the period is one a device accepts.
    pub fn in_range(&self) -> bool {
        (MIN_DEAD_MAN_DAYS..=MAX_DEAD_MAN_DAYS).contains(&self.dead_man_days)
    }
}

/// A fingerprint as 8 groups of 5 digits (each group one big-endian 16-bit word, 00000 to
/// 65535): easy to read aloud and compare in any language.
pub fn fingerprint_digits(fp: &[u8; FINGERPRINT_LEN]) -> String {
    fp.chunks(2)
        .map(|w| format!("{:05}", u16::from_be_bytes([w[0], w[1]])))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a typed fingerprint was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FingerprintError {
    /// Not 40 digits.
    #[error("the organisation fingerprint has 40 digits (8 groups of 5); {0} digits were given")]
    Length(usize),
    /// A character other than digits, spaces or dashes.
    #[error("the organisation fingerprint holds only digits, spaces and dashes")]
    Character,
    /// A group above 65535 (a typing mistake).
    #[error("group {0} of the organisation fingerprint is above 65535: check it")]
    Group(usize),
}

/// Parse a typed fingerprint: 40 digits, with any spaces or dashes between them.
pub fn parse_fingerprint(text: &str) -> Result<[u8; FINGERPRINT_LEN], FingerprintError> {
    let mut digits = Vec::with_capacity(40);
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c as u8 - b'0'),
            ' ' | '-' | '\u{a0}' | '\t' => {}
            _ => return Err(FingerprintError::Character),
        }
    }
    if digits.len() != 40 {
        return Err(FingerprintError::Length(digits.len()));
    }
    let mut out = [0u8; FINGERPRINT_LEN];
    for (i, group) in digits.chunks(5).enumerate() {
        let v = group.iter().fold(0u32, |acc, d| acc * 10 + u32::from(*d));
        let w = u16::try_from(v).map_err(|_| FingerprintError::Group(i + 1))?;
        out[2 * i..2 * i + 2].copy_from_slice(&w.to_be_bytes());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_round_trip_and_typos_are_named() {
        let fp = [0xff, 0xff, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        let d = fingerprint_digits(&fp);
        assert_eq!(d.len(), 40 + 7);
        assert!(d.starts_with("65535 00000 00258"));
        assert_eq!(parse_fingerprint(&d), Ok(fp));
        assert_eq!(parse_fingerprint(&d.replace(' ', "-")), Ok(fp));
        assert_eq!(
            parse_fingerprint(&d[..d.len() - 1]),
            Err(FingerprintError::Length(39))
        );
        assert_eq!(
            parse_fingerprint(&d.replacen("65535", "65536", 1)),
            Err(FingerprintError::Group(1))
        );
        assert_eq!(parse_fingerprint("abc"), Err(FingerprintError::Character));
    }
}
