//! The wrapping key in the platform keystore (Android Keystore, iOS Secure Enclave), for a
//! store created with [`Vault::init_with_keystore`]: instead of `wrap.key` (the key's bytes
//! in a file), the store keeps `wrap.sealed`, **written once**: the alias of a
//! non-exportable keystore key and the wrapping key sealed under it. The bytes on disk open
//! only through that keystore entry, and a wipe deletes the entry first: after that no copy
//! of the store's files (old blocks on flash, a backup, an image of the disk) opens, even
//! with the passphrase. `keyring.json` records which holder a store uses
//! ([`WrapKeyHolder`]); the passphrase is still needed too (the keys are wrapped under both).
//!
//! The wipe reads only `wrap.sealed`'s alias line (never `keyring.json`), so a damaged key
//! file cannot stop the keystore entry from being destroyed.

use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sanad_keystore::{Keystore, KeystoreError, valid_alias};

use crate::crypto::{hex, random, unhex};
use crate::error::StoreError;
use crate::keyring::{self, Body};
use crate::secret::Key32;
use crate::vault::Vault;

/// The sealed wrapping key, written once.
pub(crate) const SEALED_FILE: &str = "wrap.sealed";
const MAGIC: &str = "sanad-wrap-sealed/1";

/// Where a store's wrapping key lives (recorded in `keyring.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WrapKeyHolder {
    /// `wrap.key`, a file written once (desktop; stores made before the keystore).
    #[default]
    File,
    /// `wrap.sealed`: sealed under a key in the platform keystore.
    PlatformKeystore,
}

impl WrapKeyHolder {
    /// Whether this is the file holder (not written into `keyring.json`, so the files of
    /// stores made before the keystore keep their checksums).
    pub(crate) fn is_file(&self) -> bool {
        *self == WrapKeyHolder::File
    }
}

fn keystore_error(e: KeystoreError) -> StoreError {
    StoreError::Keystore(e.to_string())
}

/// Create a keystore key under a new alias, seal a new random wrapping key under it and
/// write `wrap.sealed` (refuses an existing one).
pub(crate) fn create(dir: &Path, ks: &dyn Keystore) -> Result<Key32, StoreError> {
    let alias = format!("sanad.wrap.{}", hex(&random::<16>()));
    ks.create(&alias).map_err(keystore_error)?;
    let wrap = Key32(random());
    let sealed = match ks.seal(&alias, &wrap.0) {
        Ok(s) => s,
        Err(e) => {
            let _ = ks.destroy(&alias);
            return Err(keystore_error(e));
        }
    };
    let text = format!("{MAGIC}\n{alias}\n{}\n", hex(&sealed));
    let write = || -> std::io::Result<()> {
        let mut f = keyring::private_file(&dir.join(SEALED_FILE), true)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        keyring::sync_dir(dir)
    };
    if let Err(e) = write() {
        let _ = ks.destroy(&alias);
        return Err(StoreError::io("write sealed wrapping key")(e));
    }
    log::info!(
        "wrapping key sealed in the platform keystore ({})",
        ks.kind()
    );
    Ok(wrap)
}

/// `wrap.sealed`'s alias and sealed bytes (`None`: missing or not in the expected form).
fn read(dir: &Path) -> std::io::Result<Option<(String, Option<Vec<u8>>)>> {
    let text = match fs::read_to_string(dir.join(SEALED_FILE)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut lines = text.lines();
    if lines.next() != Some(MAGIC) {
        return Ok(None);
    }
    match lines.next() {
        Some(alias) if valid_alias(alias) => {
            Ok(Some((alias.to_owned(), lines.next().and_then(unhex))))
        }
        _ => Ok(None),
    }
}

/// The wrapping key of a keystore-held store. `Ok(None)` when it cannot exist any more
/// (the entry was destroyed, `wrap.sealed` is missing or does not open): the passphrase
/// check then fails like a wrong passphrase. An error when the keystore cannot be asked
/// now (none given, device locked): nothing is counted.
pub(crate) fn load(dir: &Path, ks: Option<&dyn Keystore>) -> Result<Option<Key32>, StoreError> {
    let ks = ks.ok_or_else(|| {
        StoreError::Keystore("this store's wrapping key is in the platform keystore".into())
    })?;
    let Some((alias, Some(sealed))) = read(dir).map_err(StoreError::io("read sealed key"))? else {
        return Ok(None);
    };
    match ks.open(&alias, &sealed) {
        Ok(k) => Ok(Some(Key32(k))),
        Err(KeystoreError::NotFound | KeystoreError::Rejected) => Ok(None),
        Err(e) => Err(keystore_error(e)),
    }
}

/// Delete the keystore entry named in `dir`'s `wrap.sealed`, if there is one. A failure is
/// logged and the wipe goes on (the sealed file is shredded next; the entry alone opens
/// nothing).
pub(crate) fn destroy(dir: &Path, ks: Option<&dyn Keystore>) {
    let alias = match read(dir) {
        Ok(Some((alias, _))) => alias,
        Ok(None) => return,
        Err(e) => {
            log::error!("could not read the sealed wrapping key: {}", e.kind());
            return;
        }
    };
    match ks.map(|ks| ks.destroy(&alias)) {
        Some(Ok(())) => log::info!("platform keystore entry destroyed"),
        Some(Err(e)) => log::error!("platform keystore entry not destroyed: {e}"),
        None => log::error!("no platform keystore given: its entry was not destroyed"),
    }
}

impl Vault {
    /// Open the store in `dir` (locked), with the platform keystore that holds its wrapping
    /// key, if any (see [`Vault::open`], whose dead-man wipe then destroys the entry too).
    pub fn open_with_keystore(
        dir: impl Into<PathBuf>,
        clock: Arc<dyn sanad_core::Clock>,
        keystore: Option<Arc<dyn Keystore>>,
    ) -> Result<Vault, StoreError> {
        Vault::open_inner(dir.into(), clock, keystore)
    }

    /// Set up a new store whose wrapping key is sealed in `keystore` (phones) instead of
    /// written to `wrap.key`. See [`Vault::init`].
    pub fn init_with_keystore(
        dir: impl Into<PathBuf>,
        pass: &crate::Secret,
        opts: crate::InitOptions,
        clock: Arc<dyn sanad_core::Clock>,
        keystore: Arc<dyn Keystore>,
    ) -> Result<Vault, StoreError> {
        Vault::init_inner(dir.into(), pass, opts, clock, Some(keystore))
    }

    /// Wipe the store in `dir` without opening it, destroying its keystore entry first (see
    /// [`Vault::wipe_dir`]).
    pub fn wipe_dir_with_keystore(
        dir: &Path,
        keystore: Option<&dyn Keystore>,
    ) -> Result<(), StoreError> {
        crate::files::wipe(dir, keystore)?;
        log::warn!("case store wiped");
        Ok(())
    }

    /// The wrapping key, from wherever `body` says it is held.
    pub(crate) fn wrap_key(&self, body: &Body) -> Result<Option<Key32>, StoreError> {
        match body.wrap_key {
            WrapKeyHolder::File => {
                keyring::load_wrap_key(&self.dir).map_err(StoreError::io("read wrapping key"))
            }
            WrapKeyHolder::PlatformKeystore => load(&self.dir, self.keystore.as_deref()),
        }
    }
}
