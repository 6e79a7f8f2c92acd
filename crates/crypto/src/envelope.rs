//! Sealing and lookup primitives (ring).
//!
//! - **Envelope**: `0x01 || nonce (12) || AES-256-GCM(ciphertext || tag)`, with a random
//!   96-bit nonce from the system RNG. The associated data is
//!   `"sanad/v1/" || table || "/" || row key`, so a ciphertext moved to another row or
//!   table fails authentication. At case-store volumes (well under 2^32 seals per key)
//!   random nonces keep the collision probability negligible.
//! - **Blind index**: HMAC-SHA256 of a normalized value under a per-table key derived with
//!   HKDF-SHA256 from the MAC key (info = table name): exact-match lookups without storing
//!   the value.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{hkdf, hmac};

use crate::secret::Key32;

/// Envelope format version: the row key is the record's id.
pub const ENVELOPE_V1: u8 = 1;
/// Envelope format version of events since schema 3: the row key binds the clear
/// columns too ([`event_row`]).
pub const ENVELOPE_V2: u8 = 2;

/// The store's two secret keys.
#[derive(Clone, Debug)]
pub struct Keys {
    /// The AES-256-GCM key of every envelope.
    pub data: Key32,
    /// The key the blind-index keys are derived from.
    pub mac: Key32,
}

/// A seal/open failure: the record is damaged, moved, or under another key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SealError;

/// `N` bytes from the system's secure random generator.
pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    // The OS RNG failing is unrecoverable for a crypto store; it does not happen on the
    // supported platforms (getrandom / SecRandomCopyBytes).
    if SystemRandom::new().fill(&mut b).is_err() {
        panic!("system random generator unavailable");
    }
    b
}

/// Associated data: `sanad/v1/<table>/<row>` then the envelope version. Built in full
/// whatever the lengths (an earlier fixed buffer could cut it short silently).
fn aad(table: &str, row: &[u8], version: u8) -> Vec<u8> {
    let mut a = Vec::with_capacity(12 + table.len() + row.len());
    a.extend_from_slice(b"sanad/v1/");
    a.extend_from_slice(table.as_bytes());
    a.push(b'/');
    a.extend_from_slice(row);
    a.push(version);
    a
}

fn aead_key(key: &Key32) -> LessSafeKey {
    // A 32-byte key is always valid for AES-256-GCM.
    LessSafeKey::new(
        UnboundKey::new(&AES_256_GCM, &key.0).unwrap_or_else(|_| unreachable!("32-byte key")),
    )
}

/// The keys of an unlocked session, ready to use: the AES-GCM key schedule and the
/// per-table blind-index keys are built once at unlock instead of per record. (ring does
/// not zeroize its key schedules on drop; building them per record would leave as many
/// copies in freed memory, not fewer. The raw key bytes are zeroized.)
pub struct Session {
    aead: LessSafeKey,
    /// Blind-index key of the `cases` table.
    pub cases_index: hmac::Key,
    /// Blind-index key of the `drafts` table.
    pub drafts_index: hmac::Key,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Session([redacted])")
    }
}

impl Session {
    /// Build the session's key schedules from the store keys.
    pub fn new(keys: &Keys) -> Session {
        Session {
            aead: aead_key(&keys.data),
            cases_index: index_key(&keys.mac, "cases"),
            drafts_index: index_key(&keys.mac, "drafts"),
        }
    }
    /// Seal `plain` for `table`/`row`.
    pub fn seal(&self, table: &str, row: &[u8], plain: &[u8]) -> Vec<u8> {
        seal_with(&self.aead, table, row, plain, ENVELOPE_V1)
    }
    /// Seal `plain` for `table`/`row` in a version-`version` envelope.
    pub fn seal_version(&self, version: u8, table: &str, row: &[u8], plain: &[u8]) -> Vec<u8> {
        seal_with(&self.aead, table, row, plain, version)
    }
    /// Open an envelope sealed for `table`/`row`.
    pub fn open(&self, table: &str, row: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        open_with(&self.aead, table, row, sealed)
    }
    /// Open an owned envelope in place (no copy): the buffer becomes the plaintext.
    pub fn open_owned(
        &self,
        table: &str,
        row: &[u8],
        sealed: Vec<u8>,
    ) -> Result<Vec<u8>, SealError> {
        open_owned_with(&self.aead, table, row, sealed)
    }
}

/// One case's own data key, ready to use. The case's events and state are sealed under
/// it (same envelopes as [`Session`]), and the key itself is kept only wrapped by the
/// store key: destroying the wrapped copy makes every record of that case unreadable
/// without touching any other case (crypto-shredding one case).
pub struct CaseSealer {
    aead: LessSafeKey,
}

impl std::fmt::Debug for CaseSealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CaseSealer([redacted])")
    }
}

impl CaseSealer {
    /// The key schedule of a case key.
    pub fn new(key: &Key32) -> CaseSealer {
        CaseSealer {
            aead: aead_key(key),
        }
    }
    /// Seal `plain` for `table`/`row` in a version-`version` envelope.
    pub fn seal_version(&self, version: u8, table: &str, row: &[u8], plain: &[u8]) -> Vec<u8> {
        seal_with(&self.aead, table, row, plain, version)
    }
    /// Open an owned envelope in place.
    pub fn open_owned(
        &self,
        table: &str,
        row: &[u8],
        sealed: Vec<u8>,
    ) -> Result<Vec<u8>, SealError> {
        open_owned_with(&self.aead, table, row, sealed)
    }
}

fn open_owned_with(
    key: &LessSafeKey,
    table: &str,
    row: &[u8],
    mut sealed: Vec<u8>,
) -> Result<Vec<u8>, SealError> {
    const HEADER: usize = 1 + NONCE_LEN;
    if sealed.len() < HEADER + 16 || !matches!(sealed[0], ENVELOPE_V1 | ENVELOPE_V2) {
        return Err(SealError);
    }
    let version = sealed[0];
    let nonce = Nonce::try_assume_unique_for_key(&sealed[1..HEADER]).map_err(|_| SealError)?;
    let n = key
        .open_within(
            nonce,
            Aad::from(aad(table, row, version)),
            &mut sealed,
            HEADER..,
        )
        .map_err(|_| SealError)?
        .len();
    sealed.truncate(n);
    Ok(sealed)
}

/// Seal `plain` for `table`/`row`.
#[cfg(test)]
pub fn seal(key: &Key32, table: &str, row: &[u8], plain: &[u8]) -> Vec<u8> {
    seal_with(&aead_key(key), table, row, plain, ENVELOPE_V1)
}

fn seal_with(key: &LessSafeKey, table: &str, row: &[u8], plain: &[u8], version: u8) -> Vec<u8> {
    seal_nonce(key, random(), table, row, plain, version)
}

/// Seal with a given nonce: only for the format snapshot tests (`tests/formats.rs`),
/// which need the same bytes every run. Never for data: a nonce must not repeat under a
/// key.
#[doc(hidden)]
pub fn seal_with_fixed_nonce_for_format_tests(
    key: &Key32,
    nonce: [u8; NONCE_LEN],
    version: u8,
    table: &str,
    row: &[u8],
    plain: &[u8],
) -> Vec<u8> {
    seal_nonce(&aead_key(key), nonce, table, row, plain, version)
}

fn seal_nonce(
    key: &LessSafeKey,
    nonce_bytes: [u8; NONCE_LEN],
    table: &str,
    row: &[u8],
    plain: &[u8],
    version: u8,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + NONCE_LEN + plain.len() + 16);
    out.push(version);
    out.extend_from_slice(&nonce_bytes);
    let mut body = plain.to_vec();
    let nonce = Nonce::assume_unique_for_key(nonce_bytes);
    if key
        .seal_in_place_append_tag(nonce, Aad::from(aad(table, row, version)), &mut body)
        .is_err()
    {
        unreachable!("AES-GCM sealing cannot fail for in-memory buffers under 64 GiB");
    }
    out.extend_from_slice(&body);
    zeroize::Zeroize::zeroize(&mut body);
    out
}

#[cfg(test)]
/// Open an envelope sealed for `table`/`row`.
pub fn open(key: &Key32, table: &str, row: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError> {
    open_with(&aead_key(key), table, row, sealed)
}

fn open_with(
    key: &LessSafeKey,
    table: &str,
    row: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>, SealError> {
    if sealed.len() < 1 + NONCE_LEN + 16 || !matches!(sealed[0], ENVELOPE_V1 | ENVELOPE_V2) {
        return Err(SealError);
    }
    let version = sealed[0];
    let nonce =
        Nonce::try_assume_unique_for_key(&sealed[1..1 + NONCE_LEN]).map_err(|_| SealError)?;
    let mut body = sealed[1 + NONCE_LEN..].to_vec();
    let plain = key
        .open_in_place(nonce, Aad::from(aad(table, row, version)), &mut body)
        .map_err(|_| SealError)?;
    let n = plain.len();
    body.truncate(n);
    Ok(body)
}

struct HmacLen;
impl hkdf::KeyType for HmacLen {
    fn len(&self) -> usize {
        32
    }
}

/// The blind-index key of a table.
pub fn index_key(mac: &Key32, table: &str) -> hmac::Key {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, b"sanad/blind-index/v1").extract(&mac.0);
    let info = [table.as_bytes()];
    let mut k = [0u8; 32];
    // Expanding 32 bytes from HKDF-SHA256 is always within its output limit.
    if prk
        .expand(&info, HmacLen)
        .and_then(|okm| okm.fill(&mut k))
        .is_err()
    {
        unreachable!("HKDF-SHA256 can expand 32 bytes");
    }
    let key = hmac::Key::new(hmac::HMAC_SHA256, &k);
    zeroize::Zeroize::zeroize(&mut k);
    key
}

/// Blind index of a value under a table's index key.
pub fn blind_index(key: &hmac::Key, value: &str) -> Vec<u8> {
    hmac::sign(key, value.as_bytes()).as_ref().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_binding() {
        let k = Key32([1; 32]);
        let s = seal(&k, "events", b"row-1", b"hello");
        assert_eq!(open(&k, "events", b"row-1", &s).expect("opens"), b"hello");
        assert!(
            open(&k, "events", b"row-2", &s).is_err(),
            "bound to the row"
        );
        assert!(
            open(&k, "drafts", b"row-1", &s).is_err(),
            "bound to the table"
        );
        assert!(
            open(&Key32([2; 32]), "events", b"row-1", &s).is_err(),
            "bound to the key"
        );
        let mut flipped = s.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(open(&k, "events", b"row-1", &flipped).is_err());
        assert!(open(&k, "events", b"row-1", &s[..10]).is_err());
        assert_ne!(seal(&k, "events", b"row-1", b"hello"), s, "random nonce");
    }

    #[test]
    fn blind_indexes_are_per_table() {
        let mac = Key32([3; 32]);
        let a = blind_index(&index_key(&mac, "cases"), "ref");
        assert_eq!(a, blind_index(&index_key(&mac, "cases"), "ref"));
        assert_ne!(a, blind_index(&index_key(&mac, "drafts"), "ref"));
        assert_ne!(a, blind_index(&index_key(&Key32([4; 32]), "cases"), "ref"));
    }
}
