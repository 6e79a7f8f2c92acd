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
    crate::crypto::random()
}

/// Constant-time comparison (token checks).
pub fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
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
}
