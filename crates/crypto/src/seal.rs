//! Sealing to the organisation: a case event leaves the device encrypted to the
//! organisation's X25519 public key, so the server (and anyone on the path) stores and
//! forwards ciphertext only; authorised staff open it with the private key
//! (`sanad-server export`).
//!
//! Format v1: `0x01 || ephemeral X25519 public key (32) || AES-256-GCM(ciphertext || tag)`.
//! The key is HKDF-SHA256 (salt = ephemeral public || recipient public, info
//! `sanad/seal/v1`) of the X25519 shared secret. Every message has its own ephemeral key,
//! hence its own AES key, so the nonce is fixed at zero (each key encrypts once). The
//! associated data is `sanad/seal/v1/` || context, binding the payload to its device and
//! event: moved to another event, it fails to open.
//!
//! Both sides of the format live here: devices seal with ring ([`seal_to`]); the
//! organisation opens with its static private key ([`OrgSecret::open`], feature
//! `org-open`), through x25519-dalek, hkdf, sha2 and aes-gcm because ring cannot load a
//! static X25519 key. A test seals with one and opens with the other.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::agreement::{EphemeralPrivateKey, UnparsedPublicKey, X25519, agree_ephemeral};
use ring::hkdf;
use ring::rand::SystemRandom;

/// Format version byte.
pub const SEALED_V1: u8 = 1;
/// Bytes a sealed payload adds to the plaintext.
pub const SEAL_OVERHEAD: usize = 1 + 32 + 16;
/// HKDF info and associated-data prefix.
pub const SEAL_LABEL: &[u8] = b"sanad/seal/v1";

/// Sealing failed: the recipient key is not a usable X25519 public key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the organisation's sealing key is not a valid X25519 public key")]
pub struct SealKeyError;

/// The associated data for `context`.
pub fn seal_aad(context: &[u8]) -> Vec<u8> {
    let mut aad = SEAL_LABEL.to_vec();
    aad.push(b'/');
    aad.extend_from_slice(context);
    aad
}

/// Seal `plain` to `recipient` (X25519 public key), bound to `context`.
pub fn seal_to(
    recipient: &[u8; 32],
    context: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, SealKeyError> {
    let rng = SystemRandom::new();
    let eph = EphemeralPrivateKey::generate(&X25519, &rng).map_err(|_| SealKeyError)?;
    let eph_pub = eph.compute_public_key().map_err(|_| SealKeyError)?;
    let mut salt = eph_pub.as_ref().to_vec();
    salt.extend_from_slice(recipient);
    let key = agree_ephemeral(eph, &UnparsedPublicKey::new(&X25519, recipient), |shared| {
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &salt).extract(shared);
        let okm = prk
            .expand(&[SEAL_LABEL], &AES_256_GCM)
            .map_err(|_| SealKeyError)?;
        Ok::<_, SealKeyError>(LessSafeKey::new(UnboundKey::from(okm)))
    })
    .map_err(|_| SealKeyError)??;
    let mut out = Vec::with_capacity(plain.len() + SEAL_OVERHEAD);
    out.push(SEALED_V1);
    out.extend_from_slice(eph_pub.as_ref());
    let mut body = plain.to_vec();
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key([0u8; 12]),
        Aad::from(seal_aad(context)),
        &mut body,
    )
    .map_err(|_| SealKeyError)?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// SHA-256 of `data` (token and code hashes).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    let d = ring::digest::digest(&ring::digest::SHA256, data);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// `N` bytes from the system's secure random generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    crate::envelope::random()
}

/// Constant-time comparison (token checks).
pub fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The organisation's X25519 private sealing key (offline; `sanad-server export`).
#[cfg(feature = "org-open")]
pub struct OrgSecret(x25519_dalek::StaticSecret);

#[cfg(feature = "org-open")]
impl std::fmt::Debug for OrgSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OrgSecret([redacted])")
    }
}

#[cfg(feature = "org-open")]
impl OrgSecret {
    /// A new random key.
    pub fn generate() -> OrgSecret {
        OrgSecret::from_bytes(random_bytes::<32>())
    }
    /// The key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> OrgSecret {
        OrgSecret(x25519_dalek::StaticSecret::from(bytes))
    }
    /// Its 32 bytes (to write the key file).
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }
    /// The public key devices seal to.
    pub fn public(&self) -> [u8; 32] {
        x25519_dalek::PublicKey::from(&self.0).to_bytes()
    }
    /// Open one sealed payload bound to `context`; `None` if it does not open.
    pub fn open(&self, context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        if sealed.len() < SEAL_OVERHEAD || sealed[0] != SEALED_V1 {
            return None;
        }
        let eph: [u8; 32] = sealed[1..33].try_into().ok()?;
        let shared = self.0.diffie_hellman(&x25519_dalek::PublicKey::from(eph));
        if !shared.was_contributory() {
            return None;
        }
        let mut salt = eph.to_vec();
        salt.extend_from_slice(&self.public());
        let mut key = zeroize::Zeroizing::new([0u8; 32]);
        ::hkdf::Hkdf::<sha2::Sha256>::new(Some(&salt), shared.as_bytes())
            .expand(SEAL_LABEL, &mut key[..])
            .ok()?;
        let cipher = aes_gcm::Aes256Gcm::new_from_slice(&key[..]).ok()?;
        cipher
            .decrypt(
                aes_gcm::Nonce::from_slice(&[0u8; 12]),
                Payload {
                    msg: &sealed[33..],
                    aad: &seal_aad(context),
                },
            )
            .ok()
    }
}

/// Seal with a given ephemeral private key (the organisation side's primitives): only for
/// the format snapshot tests, which need the same bytes every run; devices seal with
/// [`seal_to`] and a fresh key each time.
#[cfg(feature = "org-open")]
#[doc(hidden)]
pub fn seal_with_ephemeral_for_format_tests(
    ephemeral: [u8; 32],
    recipient: &[u8; 32],
    context: &[u8],
    plain: &[u8],
) -> Option<Vec<u8>> {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let eph = x25519_dalek::StaticSecret::from(ephemeral);
    let eph_pub = x25519_dalek::PublicKey::from(&eph).to_bytes();
    let shared = eph.diffie_hellman(&x25519_dalek::PublicKey::from(*recipient));
    let mut salt = eph_pub.to_vec();
    salt.extend_from_slice(recipient);
    let mut key = [0u8; 32];
    ::hkdf::Hkdf::<sha2::Sha256>::new(Some(&salt), shared.as_bytes())
        .expand(SEAL_LABEL, &mut key)
        .ok()?;
    let body = aes_gcm::Aes256Gcm::new_from_slice(&key)
        .ok()?
        .encrypt(
            aes_gcm::Nonce::from_slice(&[0u8; 12]),
            Payload {
                msg: plain,
                aad: &seal_aad(context),
            },
        )
        .ok()?;
    let mut out = vec![SEALED_V1];
    out.extend_from_slice(&eph_pub);
    out.extend_from_slice(&body);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealing_refuses_a_low_order_key_and_adds_fixed_overhead() {
        assert_eq!(seal_to(&[0u8; 32], b"ctx", b"x"), Err(SealKeyError));
        let basepoint = {
            let mut k = [0u8; 32];
            k[0] = 9;
            k
        };
        let s = seal_to(&basepoint, b"ctx", b"hello").expect("seal");
        assert_eq!(s.len(), 5 + SEAL_OVERHEAD);
        assert_eq!(s[0], SEALED_V1);
        assert_ne!(
            seal_to(&basepoint, b"ctx", b"hello").expect("seal"),
            s,
            "fresh key each time"
        );
    }

    #[cfg(feature = "org-open")]
    #[test]
    fn what_a_device_seals_the_organisation_opens_bound_to_its_context() {
        let org = OrgSecret::generate();
        let sealed = seal_to(&org.public(), b"device+event", b"payload").expect("seal");
        assert_eq!(
            org.open(b"device+event", &sealed).as_deref(),
            Some(&b"payload"[..])
        );
        assert_eq!(org.open(b"other", &sealed), None, "bound to the context");
        assert_eq!(
            OrgSecret::generate().open(b"device+event", &sealed),
            None,
            "another key"
        );
        let mut flipped = sealed.clone();
        flipped[40] ^= 1;
        assert_eq!(org.open(b"device+event", &flipped), None);
        assert_eq!(org.open(b"device+event", &sealed[..20]), None);
    }
}
