//! Signed directory bundles. The organisation signs its directory with Ed25519; a device
//! accepts a bundle only if the signature verifies against the organisation key it was
//! configured with and the version is newer than the one it has; the swap is one
//! transaction, so a failure leaves the old directory intact.
//!
//! Format (JSON): `{"format": "sanad-directory-bundle/1", "version": N, "payload": "<HSDS
//! JSON text>", "signature": "<hex>"}`. The signed message is
//! `"sanad-directory-bundle/1\n" || N (decimal) || "\n" || payload bytes`.

use sanad_core::directory::parse_json;
use sanad_crypto::sign::{self, SignError};

use crate::directory::{Directory, DirectoryStoreError};

pub use sanad_crypto::sign::verify_command;

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

impl From<SignError> for BundleError {
    fn from(e: SignError) -> BundleError {
        match e {
            SignError::Malformed(m) => BundleError::Malformed(m),
            SignError::BadSignature => BundleError::BadSignature,
            SignError::BadKey(m) => BundleError::BadKey(m),
        }
    }
}

/// A new organisation key pair: (private key as PKCS#8 hex, public key hex).
pub fn generate_keypair() -> Result<(String, String), BundleError> {
    Ok(sign::generate_keypair()?)
}

/// Sign an HSDS JSON directory as bundle `version` with the organisation's private key
/// (PKCS#8 hex). The payload is validated first: an invalid directory is never signed.
pub fn sign(private_pkcs8_hex: &str, version: u64, payload: &str) -> Result<String, BundleError> {
    parse_json("payload", payload).map_err(|e| BundleError::InvalidDirectory(e.to_string()))?;
    Ok(sign::sign_bundle(private_pkcs8_hex, version, payload)?)
}

/// Verify a bundle against the organisation public key (hex); returns its version and the
/// validated services.
pub fn verify(
    public_hex: &str,
    bundle: &str,
) -> Result<(u64, Vec<sanad_core::directory::Service>), BundleError> {
    let (version, payload) = sign::verify_bundle(public_hex, bundle)?;
    let services =
        parse_json("bundle", &payload).map_err(|e| BundleError::InvalidDirectory(e.to_string()))?;
    Ok((version, services))
}

/// Sign a command text (a wipe order) with the organisation's private key (PKCS#8 hex);
/// returns the signature in hex. Domain-separated from directory bundles.
pub fn sign_command(private_pkcs8_hex: &str, text: &str) -> Result<String, BundleError> {
    Ok(sign::sign_command(private_pkcs8_hex, text)?)
}

/// The public key (hex) of an organisation private key (PKCS#8 hex).
pub fn public_of(private_pkcs8_hex: &str) -> Result<String, BundleError> {
    Ok(sign::public_of(private_pkcs8_hex)?)
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
