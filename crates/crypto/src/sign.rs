//! Ed25519: organisation and device keys (PKCS#8 hex private, raw hex public), signed
//! commands (wipe and lock orders, certificates, status updates, content) and the signed
//! directory-bundle format.
//!
//! Bundle format (JSON): `{"format": "sanad-directory-bundle/1", "version": N, "payload":
//! "<HSDS JSON text>", "signature": "<hex>"}`. The signed message is
//! `"sanad-directory-bundle/1\n" || N (decimal) || "\n" || payload bytes`. A command's
//! signed message is `"sanad-command/1\n" || text`: the two are domain-separated.

use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use serde::{Deserialize, Serialize};

use crate::hex::{hex, unhex};

/// The bundle format name.
pub const BUNDLE_FORMAT: &str = "sanad-directory-bundle/1";
const COMMAND_DOMAIN: &str = "sanad-command/1\n";

/// Why a signature could not be made or checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// Not a bundle (wrong format or structure).
    #[error("not a Sanad directory bundle: {0}")]
    Malformed(&'static str),
    /// The signature does not verify against the key.
    #[error("the bundle's signature does not verify against the organisation key")]
    BadSignature,
    /// A key is not usable.
    #[error("bad key: {0}")]
    BadKey(&'static str),
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
    let mut m = format!("{BUNDLE_FORMAT}\n{version}\n").into_bytes();
    m.extend_from_slice(payload.as_bytes());
    m
}

fn pair_of(private_pkcs8_hex: &str) -> Result<Ed25519KeyPair, SignError> {
    let der = unhex(private_pkcs8_hex).ok_or(SignError::BadKey("private key is not hex"))?;
    Ed25519KeyPair::from_pkcs8(&der)
        .map_err(|_| SignError::BadKey("not an Ed25519 PKCS#8 private key"))
}

/// A new key pair: (private key as PKCS#8 hex, public key hex).
pub fn generate_keypair() -> Result<(String, String), SignError> {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
        .map_err(|_| SignError::BadKey("key generation failed"))?;
    let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref())
        .map_err(|_| SignError::BadKey("key generation failed"))?;
    Ok((hex(pkcs8.as_ref()), hex(pair.public_key().as_ref())))
}

/// The public key (hex) of a private key (PKCS#8 hex).
pub fn public_of(private_pkcs8_hex: &str) -> Result<String, SignError> {
    Ok(hex(pair_of(private_pkcs8_hex)?.public_key().as_ref()))
}

/// Sign `payload` as bundle `version` (the caller validates the payload first).
pub fn sign_bundle(
    private_pkcs8_hex: &str,
    version: u64,
    payload: &str,
) -> Result<String, SignError> {
    let pair = pair_of(private_pkcs8_hex)?;
    let sig = pair.sign(&message(version, payload));
    let wire = Wire {
        format: BUNDLE_FORMAT.into(),
        version,
        payload: payload.to_owned(),
        signature: hex(sig.as_ref()),
    };
    serde_json::to_string(&wire).map_err(|_| SignError::Malformed("cannot encode"))
}

/// Verify a bundle against a public key (hex); returns its version and payload text
/// (not yet validated as a directory).
pub fn verify_bundle(public_hex: &str, bundle: &str) -> Result<(u64, String), SignError> {
    let key = unhex(public_hex)
        .filter(|k| k.len() == 32)
        .ok_or(SignError::BadKey("public key must be 32 bytes of hex"))?;
    let wire: Wire = serde_json::from_str(bundle)
        .map_err(|_| SignError::Malformed("expected format, version, payload and signature"))?;
    if wire.format != BUNDLE_FORMAT {
        return Err(SignError::Malformed("unknown bundle format"));
    }
    let sig = unhex(&wire.signature).ok_or(SignError::Malformed("signature is not hex"))?;
    UnparsedPublicKey::new(&ED25519, &key)
        .verify(&message(wire.version, &wire.payload), &sig)
        .map_err(|_| SignError::BadSignature)?;
    Ok((wire.version, wire.payload))
}

/// Sign a command text with a private key (PKCS#8 hex); returns the signature in hex.
/// Domain-separated from directory bundles.
pub fn sign_command(private_pkcs8_hex: &str, text: &str) -> Result<String, SignError> {
    let pair = pair_of(private_pkcs8_hex)?;
    Ok(hex(pair
        .sign(format!("{COMMAND_DOMAIN}{text}").as_bytes())
        .as_ref()))
}

/// Whether `signature_hex` is the signature of a command text under `public_hex`.
pub fn verify_command(public_hex: &str, text: &str, signature_hex: &str) -> bool {
    let (Some(key), Some(sig)) = (unhex(public_hex), unhex(signature_hex)) else {
        return false;
    };
    key.len() == 32
        && UnparsedPublicKey::new(&ED25519, &key)
            .verify(format!("{COMMAND_DOMAIN}{text}").as_bytes(), &sig)
            .is_ok()
}
