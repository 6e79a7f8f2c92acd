//! The organisation's chain of trust (see `sanad_protocol::org`): the fingerprint of the
//! root key a device pins, certificates the root signs for the sealing, content and online
//! keys, and the check a device (and the server, at start) makes before trusting any of
//! them.

use ring::digest;
use sanad_protocol::{
    FINGERPRINT_LEN, OrgCertificate, OrgCertificates, ROLE_CONTENT, ROLE_ONLINE, ROLE_SEALING,
};

use crate::hex::unhex;
use crate::sign::{SignError, sign_command, verify_command};

const FINGERPRINT_DOMAIN: &[u8] = b"sanad-org-root/1\n";

/// The fingerprint of a root public key (hex): SHA-256 over a domain label and the key,
/// first 16 bytes. `None` if the key is not 32 bytes of hex.
pub fn fingerprint(root_public_hex: &str) -> Option<[u8; FINGERPRINT_LEN]> {
    let key = unhex(root_public_hex).filter(|k| k.len() == 32)?;
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(FINGERPRINT_DOMAIN);
    ctx.update(&key);
    let d = ctx.finish();
    let mut out = [0u8; FINGERPRINT_LEN];
    out.copy_from_slice(&d.as_ref()[..FINGERPRINT_LEN]);
    Some(out)
}

/// The organisation's keys once the chain verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedOrg {
    /// Root public key (hex).
    pub root: String,
    /// X25519 key case payloads are sealed to.
    pub sealing: [u8; 32],
    /// Ed25519 key (hex) for content: directory, rules, questions, policy.
    pub content: String,
    /// Ed25519 key (hex) of the server: lock/wipe orders and status messages only.
    pub online: String,
}

/// Why the organisation's keys are not trusted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrustError {
    /// The root key is not the one whose fingerprint was pinned.
    #[error(
        "the server's organisation key does not match the fingerprint you entered: do not use this server, and tell your organisation"
    )]
    RootMismatch,
    /// A certificate is missing, for another role, malformed or not signed by the root.
    #[error("the organisation's {0} key is not certified by its root key: enrollment refused")]
    BadCertificate(&'static str),
    /// Two roles share one key (the content and online keys must differ).
    #[error("the organisation's content and online keys are the same key: refused")]
    SharedKey,
}

/// Verify `certs` against the pinned root fingerprint.
pub fn verify(
    certs: &OrgCertificates,
    pinned: &[u8; FINGERPRINT_LEN],
) -> Result<TrustedOrg, TrustError> {
    let fp = fingerprint(&certs.root).ok_or(TrustError::RootMismatch)?;
    if !crate::seal::same_secret(&fp, pinned) {
        return Err(TrustError::RootMismatch);
    }
    let check = |c: &OrgCertificate, role: &'static str| -> Result<Vec<u8>, TrustError> {
        let key = unhex(&c.key).filter(|k| k.len() == 32);
        let signed = OrgCertificate::signed_text(&c.role, &c.key, c.issued_ms);
        match key {
            Some(k) if c.role == role && verify_command(&certs.root, &signed, &c.signature) => {
                Ok(k)
            }
            _ => Err(TrustError::BadCertificate(role)),
        }
    };
    let sealing = check(&certs.sealing, ROLE_SEALING)?;
    check(&certs.content, ROLE_CONTENT)?;
    check(&certs.online, ROLE_ONLINE)?;
    if certs.content.key.eq_ignore_ascii_case(&certs.online.key) {
        return Err(TrustError::SharedKey);
    }
    let mut seal = [0u8; 32];
    seal.copy_from_slice(&sealing);
    Ok(TrustedOrg {
        root: certs.root.to_ascii_lowercase(),
        sealing: seal,
        content: certs.content.key.to_ascii_lowercase(),
        online: certs.online.key.to_ascii_lowercase(),
    })
}

/// Certify `key_hex` for `role` with the root's private key (PKCS#8 hex). Offline step.
pub fn certify(
    root_private_hex: &str,
    role: &str,
    key_hex: &str,
    issued_ms: i64,
) -> Result<OrgCertificate, SignError> {
    let key = key_hex.to_ascii_lowercase();
    let signature = sign_command(
        root_private_hex,
        &OrgCertificate::signed_text(role, &key, issued_ms),
    )?;
    Ok(OrgCertificate {
        role: role.to_owned(),
        key,
        issued_ms,
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::{generate_keypair, public_of};

    fn org() -> (String, OrgCertificates) {
        let (root, root_pub) = generate_keypair().expect("root");
        let (_, content) = generate_keypair().expect("content");
        let (_, online) = generate_keypair().expect("online");
        let sealing = "11".repeat(32);
        let certs = OrgCertificates {
            root: root_pub,
            sealing: certify(&root, ROLE_SEALING, &sealing, 1).expect("cert"),
            content: certify(&root, ROLE_CONTENT, &content, 1).expect("cert"),
            online: certify(&root, ROLE_ONLINE, &online, 1).expect("cert"),
        };
        (root, certs)
    }

    #[test]
    fn a_genuine_chain_verifies_and_every_forgery_is_refused() {
        let (root, certs) = org();
        let pin = fingerprint(&public_of(&root).expect("pub")).expect("fp");
        let ok = verify(&certs, &pin).expect("genuine");
        assert_eq!(ok.sealing, [0x11; 32]);

        let (_, other) = org();
        assert_eq!(verify(&other, &pin), Err(TrustError::RootMismatch));

        let mut swapped = certs.clone();
        swapped.sealing.key = "22".repeat(32);
        assert_eq!(
            verify(&swapped, &pin),
            Err(TrustError::BadCertificate(ROLE_SEALING))
        );

        let mut role_swap = certs.clone();
        role_swap.content = certs.online.clone();
        assert_eq!(
            verify(&role_swap, &pin),
            Err(TrustError::BadCertificate(ROLE_CONTENT))
        );

        let mut foreign = certs.clone();
        foreign.online = other.online.clone();
        assert_eq!(
            verify(&foreign, &pin),
            Err(TrustError::BadCertificate(ROLE_ONLINE))
        );
    }
}
