//! Key protectors: what turns a secret the worker (or the platform) holds into the key that
//! unwraps the store's keys.
//!
//! [`PassphraseProtector`] (PBKDF2-HMAC-SHA256, parameters stored with the wrap) gives one of
//! the two secrets the key-encryption key needs. The other, the wrapping key, is held either
//! in `wrap.key` (desktop) or sealed by the platform keystore (Android Keystore, iOS Secure
//! Enclave; `Vault::init_with_keystore`, see `platform_key.rs` and the `sanad-keystore`
//! crate), so that a copy of the files alone is useless even for a weak passphrase, and
//! destroying the keystore entry makes every copy unopenable. With `wrap.key` only, a short
//! PIN can be brute-forced offline from a copy of the files that includes that key.

use crate::keyring::Body;
use crate::secret::{Key32, Secret};

/// Derives the key-encryption key for a keyring.
pub trait KeyProtector {
    /// A stable name for the protector kind (stored with the wrap in future formats).
    fn kind(&self) -> &'static str;
    /// The key-encryption key for this keyring, or `None` if it cannot be derived.
    #[allow(private_interfaces)]
    fn derive(&self, body: &Body) -> Option<Key32>;
}

/// The worker's passphrase through the keyring's KDF.
pub struct PassphraseProtector<'a> {
    pass: &'a Secret,
}

impl<'a> PassphraseProtector<'a> {
    /// Protector for a passphrase.
    pub fn new(pass: &'a Secret) -> Self {
        PassphraseProtector { pass }
    }
}

impl KeyProtector for PassphraseProtector<'_> {
    fn kind(&self) -> &'static str {
        "passphrase"
    }
    #[allow(private_interfaces)]
    fn derive(&self, body: &Body) -> Option<Key32> {
        body.derive(self.pass)
    }
}
