//! Signed directory bundles. The organisation signs its directory with Ed25519; a device
//! accepts a bundle only if the signature verifies against the organisation key it was
//! configured with and the version is newer than the one it has; the swap is one
//! transaction, so a failure leaves the old directory intact.
//!
//! Format (JSON): `{"format": "sanad-directory-bundle/1", "version": N, "payload": "<HSDS
//! JSON text>", "signature": "<hex>"}`. The signed message is
//! `"sanad-directory-bundle/1\n" || N (decimal) || "\n" || payload bytes`.

use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use sanad_core::directory::parse_json;
use serde::{Deserialize, Serialize};

use crate::crypto::{hex, unhex};
use crate::directory::{Directory, DirectoryStoreError};

const FORMAT: &str = "sanad-directory-bundle/1";

/// Why a bundle was refused. The directory is unchanged whenever one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// Not a bundle (wrong format or structure).
    #[error("not a Sanad directory bundle: {0}")]
    Malformed(&'static str),
    /// The signature does not verify against the organisation key.
    #[error("the bundle's signature does not verify against the organisation key")]
    BadSignature,
    /// Not newer than the directory in place.
    #[error("bundle version {offered} is not newer than the installed version {installed}")]
    NotNewer {
        /// Version in the bundle.
        offered: u64,
        /// Version installed.
        installed: u64,
    },
    /// The payload is not a valid directory.
    #[error("the bundle's directory is invalid: {0}")]
    InvalidDirectory(String),
    /// A key file is not usable.
    #[error("bad key: {0}")]
    BadKey(&'static str),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] DirectoryStoreError),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    version: u64,
    payload: String,
    signature: String,
}

fn message(version: u64, payload: &str) -> Vec<u8> {
    let mut m = format!("{FORMAT}\n{version}\n").into_bytes();
    m.extend_from_slice(payload.as_bytes());
    m
}

/// A new organisation key pair: (private key as PKCS#8 hex, public key hex).
pub fn generate_keypair() -> Result<(String, String), BundleError> {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
        .map_err(|_| BundleError::BadKey("key generation failed"))?;
    let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref())
        .map_err(|_| BundleError::BadKey("key generation failed"))?;
    Ok((hex(pkcs8.as_ref()), hex(pair.public_key().as_ref())))
}

/// Sign an HSDS JSON directory as bundle `version` with the organisation's private key
/// (PKCS#8 hex). The payload is validated first: an invalid directory is never signed.
pub fn sign(private_pkcs8_hex: &str, version: u64, payload: &str) -> Result<String, BundleError> {
    parse_json("payload", payload).map_err(|e| BundleError::InvalidDirectory(e.to_string()))?;
    let der = unhex(private_pkcs8_hex).ok_or(BundleError::BadKey("private key is not hex"))?;
    let pair = Ed25519KeyPair::from_pkcs8(&der)
        .map_err(|_| BundleError::BadKey("not an Ed25519 PKCS#8 private key"))?;
    let sig = pair.sign(&message(version, payload));
    let wire = Wire {
        format: FORMAT.into(),
        version,
        payload: payload.to_owned(),
        signature: hex(sig.as_ref()),
    };
    serde_json::to_string(&wire).map_err(|_| BundleError::Malformed("cannot encode"))
}

/// Verify a bundle against the organisation public key (hex); returns its version and the
/// validated services.
pub fn verify(
    public_hex: &str,
    bundle: &str,
) -> Result<(u64, Vec<sanad_core::directory::Service>), BundleError> {
    let key = unhex(public_hex)
        .filter(|k| k.len() == 32)
        .ok_or(BundleError::BadKey("public key must be 32 bytes of hex"))?;
    let wire: Wire = serde_json::from_str(bundle)
        .map_err(|_| BundleError::Malformed("expected format, version, payload and signature"))?;
    if wire.format != FORMAT {
        return Err(BundleError::Malformed("unknown bundle format"));
    }
    let sig = unhex(&wire.signature).ok_or(BundleError::Malformed("signature is not hex"))?;
    UnparsedPublicKey::new(&ED25519, &key)
        .verify(&message(wire.version, &wire.payload), &sig)
        .map_err(|_| BundleError::BadSignature)?;
    let services = parse_json("bundle", &wire.payload)
        .map_err(|e| BundleError::InvalidDirectory(e.to_string()))?;
    Ok((wire.version, services))
}

const COMMAND_DOMAIN: &str = "sanad-command/1\n";

/// Sign a command text (a wipe order) with the organisation's private key (PKCS#8 hex);
/// returns the signature in hex. Domain-separated from directory bundles.
pub fn sign_command(private_pkcs8_hex: &str, text: &str) -> Result<String, BundleError> {
    let der = unhex(private_pkcs8_hex).ok_or(BundleError::BadKey("private key is not hex"))?;
    let pair = Ed25519KeyPair::from_pkcs8(&der)
        .map_err(|_| BundleError::BadKey("not an Ed25519 PKCS#8 private key"))?;
    Ok(hex(pair
        .sign(format!("{COMMAND_DOMAIN}{text}").as_bytes())
        .as_ref()))
}

/// Whether `signature_hex` is the organisation's signature of a command text.
pub fn verify_command(public_hex: &str, text: &str, signature_hex: &str) -> bool {
    let (Some(key), Some(sig)) = (unhex(public_hex), unhex(signature_hex)) else {
        return false;
    };
    key.len() == 32
        && UnparsedPublicKey::new(&ED25519, &key)
            .verify(format!("{COMMAND_DOMAIN}{text}").as_bytes(), &sig)
            .is_ok()
}

/// The public key (hex) of an organisation private key (PKCS#8 hex).
pub fn public_of(private_pkcs8_hex: &str) -> Result<String, BundleError> {
    let der = unhex(private_pkcs8_hex).ok_or(BundleError::BadKey("private key is not hex"))?;
    let pair = Ed25519KeyPair::from_pkcs8(&der)
        .map_err(|_| BundleError::BadKey("not an Ed25519 PKCS#8 private key"))?;
    Ok(hex(pair.public_key().as_ref()))
}

impl Directory {
    /// Install a signed bundle: verified, newer, swapped atomically. Returns
    /// (version, number of services).
    pub fn apply_bundle(
        &mut self,
        public_hex: &str,
        bundle: &str,
    ) -> Result<(u64, usize), BundleError> {
        let (version, services) = verify(public_hex, bundle)?;
        let installed = self.version()?.unwrap_or(0);
        if version <= installed {
            return Err(BundleError::NotNewer {
                offered: version,
                installed,
            });
        }
        let n = self.replace_all(&services, Some(version))?;
        Ok((version, n))
    }
}
