//! The iOS Secure Enclave / Keychain through the Security framework (compiled for
//! `target_os = "ios"` only).
//!
//! Each alias is a P-256 private key generated in the Secure Enclave (the key never leaves
//! it), stored as a permanent Keychain item labelled with the alias, accessible only while
//! the device is unlocked and only on this device (`kSecAttrAccessibleWhenUnlockedThisDeviceOnly`
//! with `PrivateKeyUsage`: excluded from backups and device transfers). Where there is no
//! Secure Enclave (the simulator) a software P-256 key with the same accessibility is made
//! instead, and a warning is logged. [`Keystore::seal`] is ECIES to the public key
//! (`SecKeyCreateEncryptedData`, `eciesEncryptionCofactorVariableIVX963SHA256AESGCM`),
//! [`Keystore::open`] decrypts inside the Enclave, [`Keystore::destroy`] deletes the item.
//!
//! Not run on the project's machines (no Xcode, no device): compiled only. See the ADR for
//! what a phone build must check.

use core_foundation::base::{CFType, TCFType};
use core_foundation::boolean::CFBoolean;
use core_foundation::dictionary::CFDictionary;
use core_foundation::number::CFNumber;
use core_foundation::string::CFString;
use security_framework::access_control::{ProtectionMode, SecAccessControl};
use security_framework::item::{ItemClass, ItemSearchOptions, KeyClass, Reference, SearchResult};
use security_framework::key::{Algorithm, SecKey};
use security_framework_sys::access_control::kSecAccessControlPrivateKeyUsage;

use crate::{Keystore, KeystoreError, check_alias};

/// The Secure Enclave (or, without one, the Keychain).
#[derive(Debug, Clone, Copy, Default)]
pub struct SecureEnclaveKeystore;

const ALG: Algorithm = Algorithm::ECIESEncryptionCofactorVariableIVX963SHA256AESGCM;
/// `errSecItemNotFound`, `errSecInteractionNotAllowed` (device locked).
const NOT_FOUND: i32 = -25300;
const LOCKED: i32 = -25308;

fn keychain_error(step: &'static str) -> impl Fn(security_framework::base::Error) -> KeystoreError {
    move |e| match e.code() {
        NOT_FOUND => KeystoreError::NotFound,
        LOCKED => KeystoreError::Unavailable("the device is locked".into()),
        code => KeystoreError::Failed(format!("{step} (OSStatus {code})")),
    }
}

/// The attributes of `SecKeyCreateRandomKey` for a permanent P-256 key labelled `alias`.
fn attributes(alias: &str, enclave: bool) -> Result<CFDictionary<CFType, CFType>, KeystoreError> {
    let flags = if enclave {
        kSecAccessControlPrivateKeyUsage
    } else {
        0
    };
    let access = SecAccessControl::create_with_protection(
        Some(ProtectionMode::AccessibleWhenUnlockedThisDeviceOnly),
        flags,
    )
    .map_err(keychain_error("SecAccessControlCreateWithFlags"))?;
    // SAFETY: these are the Security framework's exported constant CFStrings, initialised by
    // the loader before any Rust code runs and never written; reading them is a plain load.
    #[allow(unsafe_code)]
    let (k_type, k_ec, k_bits, k_token, k_enclave, k_private, k_permanent, k_access, k_label) = unsafe {
        use security_framework_sys::item as s;
        (
            CFString::wrap_under_get_rule(s::kSecAttrKeyType),
            CFString::wrap_under_get_rule(s::kSecAttrKeyTypeECSECPrimeRandom),
            CFString::wrap_under_get_rule(s::kSecAttrKeySizeInBits),
            CFString::wrap_under_get_rule(s::kSecAttrTokenID),
            CFString::wrap_under_get_rule(s::kSecAttrTokenIDSecureEnclave),
            CFString::wrap_under_get_rule(s::kSecPrivateKeyAttrs),
            CFString::wrap_under_get_rule(s::kSecAttrIsPermanent),
            CFString::wrap_under_get_rule(s::kSecAttrAccessControl),
            CFString::wrap_under_get_rule(s::kSecAttrLabel),
        )
    };
    let private = CFDictionary::from_CFType_pairs(&[
        (k_permanent.as_CFType(), CFBoolean::true_value().as_CFType()),
        (k_access.as_CFType(), access.as_CFType()),
        (k_label.as_CFType(), CFString::new(alias).as_CFType()),
    ]);
    let mut pairs = vec![
        (k_type.as_CFType(), k_ec.as_CFType()),
        (k_bits.as_CFType(), CFNumber::from(256).as_CFType()),
        (k_private.as_CFType(), private.as_CFType()),
    ];
    if enclave {
        pairs.push((k_token.as_CFType(), k_enclave.as_CFType()));
    }
    Ok(CFDictionary::from_CFType_pairs(&pairs))
}

/// `SecKeyCreateRandomKey` with [`attributes`]. Not `SecKey::new`: its options put the
/// private-key attributes (permanence, access control) in the dictionary on macOS only, so on
/// iOS the key would be neither stored nor bound to this device.
#[allow(deprecated)]
fn generate(alias: &str, enclave: bool) -> Result<(), KeystoreError> {
    SecKey::generate(attributes(alias, enclave)?.to_untyped())
        .map(|_| ())
        .map_err(|e| KeystoreError::Failed(format!("SecKeyCreateRandomKey (CFError {})", e.code())))
}

fn query(alias: &str) -> ItemSearchOptions {
    let mut q = ItemSearchOptions::new();
    q.class(ItemClass::key())
        .key_class(KeyClass::private())
        .label(alias);
    q
}

/// The private key labelled `alias`.
fn private_key(alias: &str) -> Result<SecKey, KeystoreError> {
    let found = query(alias)
        .load_refs(true)
        .search()
        .map_err(keychain_error("SecItemCopyMatching"))?;
    found
        .into_iter()
        .find_map(|r| match r {
            SearchResult::Ref(Reference::Key(k)) => Some(k),
            _ => None,
        })
        .ok_or(KeystoreError::NotFound)
}

impl Keystore for SecureEnclaveKeystore {
    fn kind(&self) -> &'static str {
        "ios-secure-enclave"
    }

    fn create(&self, alias: &str) -> Result<(), KeystoreError> {
        check_alias(alias)?;
        match private_key(alias) {
            Ok(_) => return Err(KeystoreError::Exists),
            Err(KeystoreError::NotFound) => {}
            Err(e) => return Err(e),
        }
        match generate(alias, true) {
            Ok(_) => Ok(()),
            Err(e) => {
                log::warn!("no Secure Enclave key ({e}); using a Keychain key on this device only");
                generate(alias, false)
            }
        }
    }

    fn seal(&self, alias: &str, secret: &[u8; 32]) -> Result<Vec<u8>, KeystoreError> {
        check_alias(alias)?;
        let public = private_key(alias)?
            .public_key()
            .ok_or_else(|| KeystoreError::Failed("SecKeyCopyPublicKey".into()))?;
        public.encrypt_data(ALG, secret).map_err(|e| {
            KeystoreError::Failed(format!("SecKeyCreateEncryptedData (CFError {})", e.code()))
        })
    }

    fn open(&self, alias: &str, sealed: &[u8]) -> Result<[u8; 32], KeystoreError> {
        check_alias(alias)?;
        let key = private_key(alias)?;
        let mut plain = key
            .decrypt_data(ALG, sealed)
            .map_err(|_| KeystoreError::Rejected)?;
        let out = <[u8; 32]>::try_from(plain.as_slice()).map_err(|_| KeystoreError::Rejected);
        plain.iter_mut().for_each(|b| *b = 0);
        out
    }

    fn destroy(&self, alias: &str) -> Result<(), KeystoreError> {
        check_alias(alias)?;
        match query(alias).delete() {
            Ok(()) => Ok(()),
            Err(e) if e.code() == NOT_FOUND => Ok(()),
            Err(e) => Err(keychain_error("SecItemDelete")(e)),
        }
    }
}
