//! Sanad's on-device storage: the encrypted case store.
//!
//! Threat model: the phone is lost, seized at a checkpoint or taken by a trafficker; the
//! app is killed mid-write; the worker is forced to unlock it. Hence: every case record and
//! draft sealed with AES-256-GCM under keys wrapped by the worker's passphrase
//! (PBKDF2-HMAC-SHA256, ≥ 600,000 iterations), exact lookups by HMAC blind index,
//! append-only event logs in SQLite WAL with full sync, a growing delay and a wipe after
//! repeated failures, a duress passphrase, a dead-man timer, and a crypto-shredding wipe.
//! See `docs/adr/0001-crypto-at-rest.md`.
#![warn(missing_docs)]

pub mod bundle;
mod case_keys;
mod cases;
mod crypto;
pub mod db;
pub mod directory;
mod erase;
mod error;
mod files;
pub mod keyring;
mod outbox;
mod platform_key;
pub mod protector;
/// Sealing to the organisation (moved to `sanad-crypto`; re-exported, same names).
pub use sanad_crypto::seal;
use sanad_crypto::secret;
/// The organisation's chain of trust (moved to `sanad-crypto`; re-exported, same names).
pub use sanad_crypto::trust;
mod vault;

pub use erase::Erasure;
pub use error::StoreError;
pub use keyring::{Kdf, MIN_ITERATIONS, Policy, WrapAlg};
pub use platform_key::WrapKeyHolder;
pub use protector::{KeyProtector, PassphraseProtector};
pub use sanad_keystore::{Keystore, KeystoreError, platform as platform_keystore};
pub use secret::Secret;
pub use vault::{
    InitOptions, MIN_PASSPHRASE_CHARS, Notice, Status, SystemClock, Vault, delay_after,
};
