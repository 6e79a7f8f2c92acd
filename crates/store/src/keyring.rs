//! The keyring file: the store's keys wrapped under the worker's passphrase, the unlock
//! policy and the failed-attempt counter. Kept apart from the database so that wiping can
//! destroy it for certain (overwrite + fsync + unlink), whatever SQLite left in its WAL.
//!
//! Format (JSON, versioned): the KDF and wrapping algorithms are enums stored with the
//! wrap, so iterations can be raised and the keys rewrapped later. A SHA-256 checksum over
//! the body tells a damaged file (moved aside, never deleted) from a wrong passphrase.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::{digest, pbkdf2};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};

use crate::crypto::{Keys, hex, random, unhex};
use crate::secret::{Key32, Secret};

/// The file name inside the store directory.
pub(crate) const FILE: &str = "keyring.json";

/// OWASP 2023 minimum for PBKDF2-HMAC-SHA256.
pub const MIN_ITERATIONS: u32 = 600_000;

/// Key derivation from the passphrase (versioned).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "alg", rename_all = "snake_case")]
pub enum Kdf {
    /// PBKDF2-HMAC-SHA256.
    Pbkdf2HmacSha256 {
        /// Iterations.
        iterations: u32,
        /// 16 random bytes, hex.
        salt: String,
    },
}

/// How the keys are wrapped (versioned).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WrapAlg {
    /// AES-256-GCM, random 96-bit nonce.
    Aes256Gcm,
}

/// Organisation and worker settings kept with the keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Failed unlocks before the store wipes itself.
    pub max_failures: u32,
    /// Wipe at start when no successful unlock for this many days.
    pub dead_man_days: Option<u32>,
    /// Lock after this many seconds without activity.
    pub idle_lock_secs: u32,
    /// Wipe at start when the device has not synced for this many days (the
    /// organisation's dead-man period, set at enrollment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_dead_man_days: Option<u32>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            max_failures: 10,
            dead_man_days: None,
            idle_lock_secs: 300,
            sync_dead_man_days: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Body {
    pub format: u32,
    pub device_id: String,
    pub kdf: Kdf,
    pub wrap: WrapAlg,
    /// Sealed data key || MAC key (hex).
    pub main: String,
    /// Sealed duress verifier (hex), if a duress passphrase is set. Same KDF and salt, so
    /// one derivation serves both checks and both take the same time.
    pub duress: Option<String>,
    pub policy: Policy,
    pub failed_attempts: u32,
    pub last_failure_ms: i64,
    pub last_unlock_ms: i64,
    /// Last successful sync (ms), once enrolled. Skipped when absent so older key files
    /// keep their checksum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_ms: Option<i64>,
}

#[derive(Serialize, Deserialize)]
struct FileForm {
    body: Body,
    sha256: String,
}

/// Why the keyring could not be read.
#[derive(Debug)]
pub(crate) enum ReadError {
    Missing,
    Damaged,
    Io(std::io::ErrorKind),
}

fn checksum(body: &Body) -> String {
    let json = serde_json::to_vec(body).unwrap_or_default();
    hex(digest::digest(&digest::SHA256, &json).as_ref())
}

const MAIN_AAD: &[u8] = b"sanad/keyring/v1/main";
const DURESS_AAD: &[u8] = b"sanad/keyring/v1/duress";
const DURESS_PLAIN: &[u8] = b"sanad duress verifier";

impl Body {
    /// Derive the key-encryption key from a passphrase (the slow step).
    pub(crate) fn derive(&self, pass: &Secret) -> Option<Key32> {
        let Kdf::Pbkdf2HmacSha256 { iterations, salt } = &self.kdf;
        derive(pass, *iterations, &unhex(salt)?)
    }

    pub(crate) fn open_main(&self, kek: &Key32) -> Option<Keys> {
        let mut plain = open_hex(kek, MAIN_AAD, &self.main)?;
        if plain.len() != 64 {
            zeroize::Zeroize::zeroize(&mut plain);
            return None;
        }
        let mut data = [0u8; 32];
        let mut mac = [0u8; 32];
        data.copy_from_slice(&plain[..32]);
        mac.copy_from_slice(&plain[32..]);
        zeroize::Zeroize::zeroize(&mut plain);
        Some(Keys {
            data: Key32(data),
            mac: Key32(mac),
        })
    }

    pub(crate) fn is_duress(&self, kek: &Key32) -> bool {
        self.duress
            .as_deref()
            .and_then(|d| open_hex(kek, DURESS_AAD, d))
            .is_some_and(|p| p == DURESS_PLAIN)
    }

    /// A new keyring for `keys` under `pass`.
    pub(crate) fn new(
        device_id: String,
        keys: &Keys,
        pass: &Secret,
        iterations: u32,
        policy: Policy,
        now_ms: i64,
    ) -> Body {
        let salt: [u8; 16] = random();
        let kek =
            derive(pass, iterations, &salt).unwrap_or_else(|| unreachable!("iterations validated"));
        let main = wrap_keys(&kek, keys);
        Body {
            format: 1,
            device_id,
            kdf: Kdf::Pbkdf2HmacSha256 {
                iterations,
                salt: hex(&salt),
            },
            wrap: WrapAlg::Aes256Gcm,
            main,
            duress: None,
            policy,
            failed_attempts: 0,
            last_failure_ms: 0,
            last_unlock_ms: now_ms,
            last_sync_ms: None,
        }
    }

    /// Rewrap the keys under a new passphrase, keeping the salt and iterations so that a
    /// duress passphrase stays valid.
    pub(crate) fn rewrap(&mut self, keys: &Keys, new_pass: &Secret) {
        let Some(kek) = self.derive(new_pass) else {
            return;
        };
        self.main = wrap_keys(&kek, keys);
    }

    /// Set or clear the duress passphrase.
    pub(crate) fn set_duress(&mut self, duress: Option<&Secret>) {
        self.duress = duress
            .and_then(|d| self.derive(d))
            .map(|kek| seal_hex(&kek, DURESS_AAD, DURESS_PLAIN));
    }
}

/// Seal the data key || MAC key under a key-encryption key (the "main" wrap).
fn wrap_keys(kek: &Key32, keys: &Keys) -> String {
    let mut plain = [0u8; 64];
    plain[..32].copy_from_slice(&keys.data.0);
    plain[32..].copy_from_slice(&keys.mac.0);
    let sealed = seal_hex(kek, MAIN_AAD, &plain);
    zeroize::Zeroize::zeroize(&mut plain);
    sealed
}

pub(crate) fn derive(pass: &Secret, iterations: u32, salt: &[u8]) -> Option<Key32> {
    let n = NonZeroU32::new(iterations)?;
    let mut out = [0u8; 32];
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, n, salt, pass.bytes(), &mut out);
    Some(Key32(out))
}

fn seal_hex(kek: &Key32, aad: &[u8], plain: &[u8]) -> String {
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

fn open_hex(kek: &Key32, aad: &[u8], sealed_hex: &str) -> Option<Vec<u8>> {
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

pub(crate) fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

pub(crate) fn read(dir: &Path) -> Result<Body, ReadError> {
    let bytes = match fs::read(path(dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => return Err(ReadError::Io(e.kind())),
    };
    let form: FileForm = serde_json::from_slice(&bytes).map_err(|_| ReadError::Damaged)?;
    if form.body.format != 1 || checksum(&form.body) != form.sha256 {
        return Err(ReadError::Damaged);
    }
    Ok(form.body)
}

/// Write atomically: temp file, fsync, rename, fsync the directory.
pub(crate) fn write(dir: &Path, body: &Body) -> std::io::Result<()> {
    let form = FileForm {
        sha256: checksum(body),
        body: body.clone(),
    };
    let json = serde_json::to_vec_pretty(&form).map_err(std::io::Error::other)?;
    let tmp = dir.join(format!("{FILE}.tmp"));
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path(dir))?;
    sync_dir(dir)
}

pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// Overwrite a file with random bytes, fsync it, then remove it. Returns whether it
/// existed.
pub(crate) fn shred(p: &Path) -> std::io::Result<bool> {
    let len = match fs::metadata(p) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    {
        let mut f = fs::OpenOptions::new().write(true).open(p)?;
        let mut left = len;
        while left > 0 {
            let chunk: [u8; 4096] = random();
            let n = left.min(4096) as usize;
            f.write_all(&chunk[..n])?;
            left -= n as u64;
        }
        f.sync_all()?;
    }
    fs::remove_file(p)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys {
            data: Key32([5; 32]),
            mac: Key32([6; 32]),
        }
    }

    #[test]
    fn wrap_unwrap_duress_and_rewrap() {
        let pass = Secret::new("correct horse".into());
        let mut b = Body::new("dev".into(), &keys(), &pass, 1000, Policy::default(), 0);
        let kek = b.derive(&pass).expect("derive");
        assert_eq!(b.open_main(&kek).expect("unwraps").data.0, [5; 32]);
        let wrong = b
            .derive(&Secret::new("wrong horse".into()))
            .expect("derive");
        assert!(b.open_main(&wrong).is_none());
        assert!(!b.is_duress(&wrong));
        b.set_duress(Some(&Secret::new("wrong horse".into())));
        assert!(b.is_duress(&wrong) && !b.is_duress(&kek));
        b.rewrap(&keys(), &Secret::new("new pass".into()));
        assert!(b.open_main(&kek).is_none());
        let new = b.derive(&Secret::new("new pass".into())).expect("derive");
        assert_eq!(b.open_main(&new).expect("unwraps").mac.0, [6; 32]);
        assert!(b.is_duress(&wrong), "duress survives a passphrase change");
    }

    #[test]
    fn files_round_trip_and_damage_is_detected() {
        let dir = std::env::temp_dir().join(format!("sanad-keyring-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("dir");
        let b = Body::new(
            "dev".into(),
            &keys(),
            &Secret::new("pass phrase".into()),
            1000,
            Policy::default(),
            0,
        );
        write(&dir, &b).expect("write");
        assert_eq!(read(&dir).expect("read"), b);
        let text = fs::read_to_string(path(&dir))
            .expect("text")
            .replace("\"failed_attempts\": 0", "\"failed_attempts\": 1");
        fs::write(path(&dir), text).expect("tamper");
        assert!(
            matches!(read(&dir), Err(ReadError::Damaged)),
            "checksum catches edits"
        );
        fs::write(path(&dir), b"{\"body\":").expect("truncate");
        assert!(matches!(read(&dir), Err(ReadError::Damaged)));
        assert!(shred(&path(&dir)).expect("shred"));
        assert!(matches!(read(&dir), Err(ReadError::Missing)));
        fs::remove_dir_all(&dir).expect("cleanup");
    }
}
