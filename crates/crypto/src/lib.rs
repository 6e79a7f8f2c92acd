//! Sanad's cryptography, in one crate: the only user of `ring` (and, for the organisation's
//! side of sealing, of x25519-dalek, hkdf, sha2 and aes-gcm behind the `org-open` feature).
//!
//! - [`envelope`]: the case store's AES-256-GCM envelopes bound to table and row, and the
//!   HMAC blind indexes (ADR 0001).
//! - [`kdf`]: the passphrase KDF (PBKDF2-HMAC-SHA256), the HKDF mix of passphrase and
//!   wrapping keys, and the key-wrap used by `keyring.json`.
//! - [`seal`]: sealing a payload to the organisation's X25519 key (and, with `org-open`,
//!   opening it with the private key), SHA-256, random bytes, constant-time comparison.
//! - [`sign`]: Ed25519 keys, signed commands and the signed directory-bundle format.
//! - [`trust`]: the organisation's chain of trust (root fingerprint, certificates).
//! - [`secret`]: passphrases and keys, zeroized on drop, never printed.
//! - [`hex`]: the hex encoding every key file and signature uses.
#![warn(missing_docs)]

pub mod envelope;
pub mod hex;
pub mod kdf;
pub mod seal;
pub mod secret;
pub mod sign;
pub mod trust;

pub use secret::{Key32, Secret};
