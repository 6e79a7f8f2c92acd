//! Sanad's platform keystores: the one crate that talks to the Android Keystore and the iOS
//! Secure Enclave / Keychain.
//!
//! A [`Keystore`] keeps, under an alias, a key that never leaves secure hardware (or the OS
//! keystore). Sanad uses it for one thing: to seal the 32-byte wrapping key of a case store,
//! so that the sealed bytes on disk are useless without the keystore entry, and deleting the
//! entry ([`Keystore::destroy`]) makes every copy of the store's files unopenable, even where
//! flash storage keeps old blocks that no overwrite reaches. See
//! `docs/adr/0001-crypto-at-rest.md`.
//!
//! - Android (`target_os = "android"`): [`android::AndroidKeystore`], an AES-256-GCM key in
//!   `AndroidKeyStore` (StrongBox when the device has it), through JNI.
//! - iOS (`target_os = "ios"`): [`ios::SecureEnclaveKeystore`], a P-256 key in the Secure
//!   Enclave (a software Keychain key where there is none, e.g. the simulator), ECIES.
//! - Elsewhere [`platform`] returns `None`: the store keeps its wrapping key in a file
//!   written once (desktop). Secret Service (Linux) is not built: see the ADR.
//!
//! Neither mobile back-end can run on the build machines (no NDK, no Xcode); both are
//! compiled there (`cargo check --target …`, scripts/test) and must be tried on a device.
#![warn(missing_docs)]

use std::sync::Arc;

#[cfg(target_os = "android")]
pub mod android;
#[cfg(target_os = "ios")]
pub mod ios;
#[cfg(feature = "fake")]
pub mod memory;

/// Why a keystore operation failed. No variant carries key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeystoreError {
    /// There is no key under this alias (never created, or destroyed).
    #[error("no key under this alias in the platform keystore")]
    NotFound,
    /// A key already exists under this alias; it is left as it is.
    #[error("a key already exists under this alias in the platform keystore")]
    Exists,
    /// The sealed bytes do not open under this key (damaged, or sealed under another key).
    #[error("the sealed wrapping key does not open under the keystore key")]
    Rejected,
    /// The keystore cannot be used now (no platform context, device locked, service down).
    #[error("the platform keystore is not available: {0}")]
    Unavailable(String),
    /// The platform refused the operation for another reason (the step is named).
    #[error("the platform keystore failed during {0}")]
    Failed(String),
}

/// A keystore holding non-exportable keys by alias.
pub trait Keystore: Send + Sync {
    /// A stable name of the back-end (recorded nowhere secret; shown in logs).
    fn kind(&self) -> &'static str;
    /// Create a new non-exportable key under `alias`. Refuses ([`KeystoreError::Exists`])
    /// when one exists: a key is never silently replaced.
    fn create(&self, alias: &str) -> Result<(), KeystoreError>;
    /// Seal 32 bytes under the key `alias`; the result is opaque and safe to store anywhere.
    fn seal(&self, alias: &str, secret: &[u8; 32]) -> Result<Vec<u8>, KeystoreError>;
    /// Open what [`Keystore::seal`] returned.
    fn open(&self, alias: &str, sealed: &[u8]) -> Result<[u8; 32], KeystoreError>;
    /// Delete the key `alias`. Deleting a key that does not exist is not an error.
    fn destroy(&self, alias: &str) -> Result<(), KeystoreError>;
}

/// The keystore of the platform this build runs on, or `None` where there is none that
/// Sanad uses (desktop).
pub fn platform() -> Option<Arc<dyn Keystore>> {
    #[cfg(target_os = "android")]
    return Some(Arc::new(android::AndroidKeystore));
    #[cfg(target_os = "ios")]
    return Some(Arc::new(ios::SecureEnclaveKeystore));
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    None
}

/// Whether `alias` is one the back-ends accept: 1 to 64 ASCII letters, digits, `.`, `-`,
/// `_` (it becomes a Java string and a Keychain label; the store reads it back from a file).
pub fn valid_alias(alias: &str) -> bool {
    (1..=64).contains(&alias.len())
        && alias
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

#[cfg(any(target_os = "android", target_os = "ios", feature = "fake", test))]
fn check_alias(alias: &str) -> Result<(), KeystoreError> {
    if valid_alias(alias) {
        Ok(())
    } else {
        Err(KeystoreError::Failed(
            "alias check (1-64 of A-Z a-z 0-9 . - _)".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_checked() {
        assert!(valid_alias("sanad.wrap.0123abcd"));
        assert!(!valid_alias(""));
        assert!(!valid_alias("a/b"));
        assert!(!valid_alias("a\nb"));
        assert!(!valid_alias(&"a".repeat(65)));
        assert!(check_alias("x y").is_err());
    }

    #[test]
    fn desktop_has_no_platform_keystore() {
        assert_eq!(
            platform().is_some(),
            cfg!(any(target_os = "android", target_os = "ios"))
        );
    }
}
