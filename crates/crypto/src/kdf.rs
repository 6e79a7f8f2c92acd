//! Key derivation and key wrapping for the key file (`keyring.json`, ADR 0001):
//! PBKDF2-HMAC-SHA256 from the passphrase, HKDF-SHA256 to mix the passphrase key with the
//! wrapping key, and AES-256-GCM key wraps as hex (`nonce (12) || ciphertext || tag`).

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::{hkdf, pbkdf2};
use std::num::NonZeroU32;

pub use ring::aead::NONCE_LEN;

use crate::envelope::random;
use crate::hex::{hex, unhex};
use crate::secret::{Key32, Secret};

/// The passphrase key: PBKDF2-HMAC-SHA256 with `iterations` rounds over `salt`; `None` for
/// zero iterations.
pub fn pbkdf2(pass: &Secret, iterations: u32, salt: &[u8]) -> Option<Key32> {
    let n = NonZeroU32::new(iterations)?;
    let mut out = [0u8; 32];
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, n, salt, pass.bytes(), &mut out);
    Some(Key32(out))
}

/// HKDF-SHA256 of the passphrase key and the wrapping key (salt `salt`, info `kek`).
pub fn mix(pass_key: &Key32, wrap: &Key32, salt: &[u8]) -> Key32 {
    struct Len;
    impl hkdf::KeyType for Len {
        fn len(&self) -> usize {
            32
        }
    }
    let mut ikm = [0u8; 64];
    ikm[..32].copy_from_slice(&pass_key.0);
    ikm[32..].copy_from_slice(&wrap.0);
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(&ikm);
    zeroize::Zeroize::zeroize(&mut ikm);
    let mut out = [0u8; 32];
    if prk
        .expand(&[b"kek"], Len)
        .and_then(|okm| okm.fill(&mut out))
        .is_err()
    {
        unreachable!("HKDF-SHA256 can expand 32 bytes");
    }
    Key32(out)
}

/// Wrap `plain` under `kek` with associated data `aad`, as hex.
pub fn seal_hex(kek: &Key32, aad: &[u8], plain: &[u8]) -> String {
    let nonce: [u8; NONCE_LEN] = random();
    let key = LessSafeKey::new(
        UnboundKey::new(&AES_256_GCM, &kek.0).unwrap_or_else(|_| unreachable!("32-byte key")),
    );
    let mut body = plain.to_vec();
    if key
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut body,
        )
        .is_err()
    {
        unreachable!("sealing a short buffer cannot fail");
    }
    let mut out = nonce.to_vec();
    out.extend_from_slice(&body);
    zeroize::Zeroize::zeroize(&mut body);
    hex(&out)
}

/// Open a hex wrap made by [`seal_hex`]; `None` if it is not hex, too short, or does not
/// authenticate under `kek` and `aad`.
pub fn open_hex(kek: &Key32, aad: &[u8], sealed_hex: &str) -> Option<Vec<u8>> {
    let sealed = unhex(sealed_hex)?;
    if sealed.len() < NONCE_LEN + 16 {
        return None;
    }
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &kek.0).ok()?);
    let nonce = Nonce::try_assume_unique_for_key(&sealed[..NONCE_LEN]).ok()?;
    let mut body = sealed[NONCE_LEN..].to_vec();
    let n = key
        .open_in_place(nonce, Aad::from(aad), &mut body)
        .ok()?
        .len();
    body.truncate(n);
    Some(body)
}
