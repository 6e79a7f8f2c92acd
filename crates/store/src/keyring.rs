//! The store's key files. Three files, each written as rarely as its content changes:
//!
//! - `wrap.key`: 32 random bytes, **written once** when the store is created and never
//!   rewritten, so the file system keeps exactly one copy of it, in place. Every key
//!   that opens the store is wrapped under a key derived from the passphrase *and* this
//!   one; a wipe overwrites it in place first, and then no copy of the wrapped keys that
//!   may survive anywhere on the disk (old versions of `keyring.json`, flash blocks not
//!   yet erased) can be opened, even with the passphrase. On phones this key belongs in
//!   the platform keystore (see `docs/adr/0001-crypto-at-rest.md`).
//! - `keyring.json`: the wrapped store keys, the KDF parameters and the duress slot
//!   (always present: random bytes when no duress passphrase is set). Written when the
//!   store is created and when a passphrase changes; never on unlock or failure.
//! - `state.json`: the unlock policy, the failed-attempt counter and the timers, written
//!   on every unlock and failure. It holds no key material.
//!
//! Each JSON file carries a SHA-256 checksum so a damaged file (moved aside) is told
//! apart from a wrong passphrase. Format 1 (before `wrap.key`) kept everything in
//! `keyring.json`; it is read, and upgraded at the next successful unlock.

use sanad_crypto::kdf::{NONCE_LEN, open_hex, seal_hex};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::crypto::{Keys, hex, random, unhex};
use crate::platform_key::WrapKeyHolder;
use crate::secret::{Key32, Secret};
use sanad_crypto::kdf::mix;

/// The key file inside the store directory.
pub(crate) const FILE: &str = "keyring.json";
/// The counters and policy file.
pub(crate) const STATE_FILE: &str = "state.json";
/// The wrapping key, written once.
pub(crate) const WRAP_FILE: &str = "wrap.key";

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

/// Organisation and worker settings kept with the counters.
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

/// `keyring.json` (format 2; format 1 is read through [`BodyV1`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Body {
    pub format: u32,
    pub device_id: String,
    pub kdf: Kdf,
    pub wrap: WrapAlg,
    /// Sealed data key || MAC key (hex), under the passphrase and `wrap.key` (format 2)
    /// or the passphrase alone (format 1).
    pub main: String,
    /// Sealed duress verifier (hex) under the passphrase's derived key, or random bytes of
    /// the same length: the file looks the same with or without a duress passphrase.
    pub duress: Option<String>,
    /// Where the wrapping key is held (absent: `wrap.key`).
    #[serde(default, skip_serializing_if = "WrapKeyHolder::is_file")]
    pub wrap_key: WrapKeyHolder,
}

/// `state.json`: counters, timers and the unlock policy. No key material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub(crate) struct State {
    pub policy: Policy,
    pub failed_attempts: u32,
    pub last_failure_ms: i64,
    pub last_unlock_ms: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_ms: Option<i64>,
}

/// Format 1: everything in `keyring.json` (field order as written then, for its checksum).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct BodyV1 {
    pub format: u32,
    pub device_id: String,
    pub kdf: Kdf,
    pub wrap: WrapAlg,
    pub main: String,
    pub duress: Option<String>,
    pub policy: Policy,
    pub failed_attempts: u32,
    pub last_failure_ms: i64,
    pub last_unlock_ms: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_ms: Option<i64>,
}

#[derive(Serialize, Deserialize)]
struct FileForm<T> {
    body: T,
    sha256: String,
}

/// Why the key files could not be read.
#[derive(Debug)]
pub(crate) enum ReadError {
    Missing,
    Damaged,
    Io(std::io::ErrorKind),
}

fn checksum<T: Serialize>(body: &T) -> String {
    let json = serde_json::to_vec(body).unwrap_or_default();
    hex(&sanad_crypto::seal::sha256(&json))
}

const MAIN_AAD: &[u8] = b"sanad/keyring/v1/main";
const DURESS_AAD: &[u8] = b"sanad/keyring/v1/duress";
const DURESS_PLAIN: &[u8] = b"sanad duress verifier";
const WRAP_SALT: &[u8] = b"sanad/keyring/v2/wrap";

/// Key derivations done in this process (test hook: duress and normal unlocks must cost
/// the same number).
#[cfg(feature = "test-hooks")]
pub static DERIVATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl Body {
    /// Derive the passphrase key (the slow step; one per unlock attempt).
    pub(crate) fn derive(&self, pass: &Secret) -> Option<Key32> {
        let Kdf::Pbkdf2HmacSha256 { iterations, salt } = &self.kdf;
        derive(pass, *iterations, &unhex(salt)?)
    }

    /// The key-encryption key: the passphrase key mixed with the wrapping key (format 2),
    /// or the passphrase key alone (format 1).
    pub(crate) fn kek(&self, pass_key: &Key32, wrap: Option<&Key32>) -> Option<Key32> {
        match (self.format, wrap) {
            (1, _) => Some(pass_key.clone()),
            (2, Some(w)) => Some(mix(pass_key, w, WRAP_SALT)),
            _ => None,
        }
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

    /// Whether the passphrase key opens the duress slot. The slot is always tried, so a
    /// store without a duress passphrase does the same work.
    pub(crate) fn is_duress(&self, pass_key: &Key32) -> bool {
        self.duress
            .as_deref()
            .and_then(|d| open_hex(pass_key, DURESS_AAD, d))
            .is_some_and(|p| p == DURESS_PLAIN)
    }

    /// A new format-2 keyring for `keys`, from an already derived passphrase key.
    pub(crate) fn new(
        device_id: String,
        keys: &Keys,
        pass_key: &Key32,
        kdf: Kdf,
        wrap: &Key32,
    ) -> Body {
        Body {
            format: 2,
            device_id,
            kdf,
            wrap: WrapAlg::Aes256Gcm,
            main: wrap_keys(&mix(pass_key, wrap, WRAP_SALT), keys),
            duress: Some(decoy_duress()),
            wrap_key: WrapKeyHolder::File,
        }
    }

    /// Rewrap the keys under a new passphrase key (same salt and iterations, so a duress
    /// passphrase stays valid).
    pub(crate) fn rewrap(&mut self, keys: &Keys, new_pass_key: &Key32, wrap: &Key32) {
        self.format = 2;
        self.main = wrap_keys(&mix(new_pass_key, wrap, WRAP_SALT), keys);
    }

    /// Set (from the duress passphrase's derived key) or clear the duress slot.
    pub(crate) fn set_duress(&mut self, duress_key: Option<&Key32>) {
        self.duress = Some(match duress_key {
            Some(k) => seal_hex(k, DURESS_AAD, DURESS_PLAIN),
            None => decoy_duress(),
        });
    }
}

/// Random bytes the length of a sealed duress verifier.
fn decoy_duress() -> String {
    let mut b = vec![0u8; NONCE_LEN + DURESS_PLAIN.len() + 16];
    for chunk in b.chunks_mut(16) {
        let r: [u8; 16] = random();
        chunk.copy_from_slice(&r[..chunk.len()]);
    }
    hex(&b)
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
    #[cfg(feature = "test-hooks")]
    DERIVATIONS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    sanad_crypto::kdf::pbkdf2(pass, iterations, salt)
}

pub(crate) fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

fn read_form<T: for<'de> Deserialize<'de> + Serialize>(p: &Path) -> Result<T, ReadError> {
    let bytes = match fs::read(p) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => return Err(ReadError::Io(e.kind())),
    };
    let form: FileForm<T> = serde_json::from_slice(&bytes).map_err(|_| ReadError::Damaged)?;
    if checksum(&form.body) != form.sha256 {
        return Err(ReadError::Damaged);
    }
    Ok(form.body)
}

/// Read the key files: `keyring.json` (format 1 or 2) and, for format 2, `state.json`
/// (missing or damaged: the default policy and no failures, logged).
pub(crate) fn read(dir: &Path) -> Result<(Body, State), ReadError> {
    #[derive(Deserialize)]
    struct Probe {
        body: Format,
    }
    #[derive(Deserialize)]
    struct Format {
        format: u32,
    }
    let bytes = match fs::read(path(dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => return Err(ReadError::Io(e.kind())),
    };
    let probe: Probe = serde_json::from_slice(&bytes).map_err(|_| ReadError::Damaged)?;
    match probe.body.format {
        1 => {
            let v1: BodyV1 = read_form(&path(dir))?;
            let state = State {
                policy: v1.policy,
                failed_attempts: v1.failed_attempts,
                last_failure_ms: v1.last_failure_ms,
                last_unlock_ms: v1.last_unlock_ms,
                last_sync_ms: v1.last_sync_ms,
            };
            let body = Body {
                format: 1,
                device_id: v1.device_id,
                kdf: v1.kdf,
                wrap: v1.wrap,
                main: v1.main,
                duress: v1.duress,
                wrap_key: WrapKeyHolder::File,
            };
            Ok((body, state))
        }
        2 => {
            let body: Body = read_form(&path(dir))?;
            if !dir.join(STATE_FILE).exists() {
                log::warn!("state file missing: default policy");
            }
            Ok((body, read_state(dir)?))
        }
        _ => Err(ReadError::Damaged),
    }
}

/// The state file alone, with the fallback [`read`] applies (missing or damaged: the
/// default policy), for checks that need no key material (the idle auto-lock).
pub(crate) fn read_state(dir: &Path) -> Result<State, ReadError> {
    match read_form::<State>(&dir.join(STATE_FILE)) {
        Err(ReadError::Io(k)) => Err(ReadError::Io(k)),
        Err(_) => Ok(State::default()),
        ok => ok,
    }
}

/// Write `keyring.json` (format 2) atomically.
pub(crate) fn write(dir: &Path, body: &Body) -> std::io::Result<()> {
    write_form(dir, FILE, body)
}

/// Write `state.json` atomically.
pub(crate) fn write_state(dir: &Path, state: &State) -> std::io::Result<()> {
    write_form(dir, STATE_FILE, state)
}

/// Temp file (owner-only), fsync, rename, fsync the directory.
fn write_form<T: Serialize + Clone>(dir: &Path, name: &str, body: &T) -> std::io::Result<()> {
    let form = FileForm {
        sha256: checksum(body),
        body: body.clone(),
    };
    let json = serde_json::to_vec_pretty(&form).map_err(std::io::Error::other)?;
    let tmp = dir.join(format!("{name}.tmp"));
    {
        let mut f = private_file(&tmp, false)?;
        f.write_all(&json)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, dir.join(name))?;
    sync_dir(dir)
}

/// Create (or truncate) a file readable and writable by its owner only.
pub(crate) fn private_file(p: &Path, create_new: bool) -> std::io::Result<fs::File> {
    let mut o = fs::OpenOptions::new();
    o.write(true);
    if create_new {
        o.create_new(true);
    } else {
        o.create(true).truncate(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(p)
}

/// Create the wrapping key: written once, never rewritten (refuses an existing one).
pub(crate) fn create_wrap_key(dir: &Path) -> std::io::Result<Key32> {
    let key = Key32(random());
    let mut f = private_file(&dir.join(WRAP_FILE), true)?;
    f.write_all(&key.0)?;
    f.sync_all()?;
    sync_dir(dir)?;
    Ok(key)
}

/// Read the wrapping key (`None` if it does not exist or is not 32 bytes).
pub(crate) fn load_wrap_key(dir: &Path) -> std::io::Result<Option<Key32>> {
    match fs::read(dir.join(WRAP_FILE)) {
        Ok(mut b) => {
            let key = <[u8; 32]>::try_from(b.as_slice()).ok().map(Key32);
            zeroize::Zeroize::zeroize(&mut b);
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// Overwrite a file in place with random bytes, fsync it, then remove it. Returns
/// whether it existed.
pub(crate) fn shred(p: &Path) -> std::io::Result<bool> {
    let len = match fs::symlink_metadata(p) {
        Ok(m) if m.is_file() => m.len(),
        Ok(_) => return Ok(false),
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
#[path = "keyring_tests.rs"]
mod tests;

/// Test hook for the carving attack: whether a carved `main` slot opens with `pass`
/// under `kdf`, alone (format 1) or mixed with a carved wrapping-key candidate.
#[cfg(feature = "test-hooks")]
pub fn carved_slot_opens(main_hex: &str, pass_key: &[u8; 32], wrap: Option<&[u8; 32]>) -> bool {
    let pk = Key32(*pass_key);
    let kek = match wrap {
        Some(w) => mix(&pk, &Key32(*w), WRAP_SALT),
        None => pk,
    };
    open_hex(&kek, MAIN_AAD, main_hex).is_some_and(|p| p.len() == 64)
}

/// Test hook: the passphrase key for carved KDF parameters.
#[cfg(feature = "test-hooks")]
pub fn derive_for_tests(pass: &Secret, iterations: u32, salt_hex: &str) -> Option<[u8; 32]> {
    derive(pass, iterations, &unhex(salt_hex)?).map(|k| k.0)
}
