//! The store's files on disk: creating a store, upgrading the key files of the earlier
//! format, owner-only permissions, and the wipe (which parses nothing).

use std::fs;
use std::path::Path;

use crate::crypto::{Keys, random, uuid_v7};
use crate::db;
use crate::error::StoreError;
use crate::keyring::{self, Body, Kdf, Policy, State};
use crate::platform_key::{self, SEALED_FILE, WrapKeyHolder};
use crate::secret::Key32;
use crate::vault::Open;
use sanad_keystore::Keystore;

/// Owner-only permissions on the store folder and its database files (best effort: a
/// platform without Unix permissions has its own app sandbox).
pub(crate) fn restrict(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let set = |p: &Path, mode: u32| {
            if p.exists()
                && let Err(e) = fs::set_permissions(p, fs::Permissions::from_mode(mode))
            {
                log::warn!("could not restrict permissions: {}", e.kind());
            }
        };
        set(dir, 0o700);
        for f in db::files(dir) {
            set(&f, 0o600);
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Shred what an interrupted wipe may have left (no key file, so nothing here can be
/// opened any more): the database files, a wrapping key, a state file.
fn clear_leftovers(dir: &Path) -> Result<(), StoreError> {
    for f in db::files(dir) {
        match fs::remove_file(&f) {
            Ok(()) => log::warn!("removed leftover database file from an interrupted wipe"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(StoreError::Io {
                    op: "remove leftover database",
                    kind: e.kind(),
                });
            }
        }
    }
    for f in [keyring::WRAP_FILE, SEALED_FILE, keyring::STATE_FILE] {
        keyring::shred(&dir.join(f)).map_err(StoreError::io("remove leftover key file"))?;
    }
    Ok(())
}

/// Create a store in `dir` from an already derived passphrase key, unlocked. The key file
/// is written last: a store exists once its key file does. With a keystore, the wrapping
/// key is sealed in it (`wrap.sealed`) instead of written to `wrap.key`.
pub(crate) fn create(
    dir: &Path,
    pass_key: &Key32,
    kdf: Kdf,
    policy: Policy,
    duress_key: Option<&Key32>,
    now: i64,
    keystore: Option<&dyn Keystore>,
) -> Result<Open, StoreError> {
    fs::create_dir_all(dir).map_err(StoreError::io("create store directory"))?;
    if keyring::path(dir).exists() {
        return Err(StoreError::AlreadyInitialized);
    }
    // An interrupted set-up may have left a keystore entry named in `wrap.sealed`.
    platform_key::destroy(dir, keystore);
    clear_leftovers(dir)?;
    let keys = Keys {
        data: Key32(random()),
        mac: Key32(random()),
    };
    let device_id = uuid_v7(now);
    let wrap = match keystore {
        Some(ks) => platform_key::create(dir, ks)?,
        None => keyring::create_wrap_key(dir).map_err(StoreError::io("write wrapping key"))?,
    };
    let mut body = Body::new(device_id.to_string(), &keys, pass_key, kdf, &wrap);
    if keystore.is_some() {
        body.wrap_key = WrapKeyHolder::PlatformKeystore;
    }
    body.set_duress(duress_key);
    let conn = db::open(dir)?;
    crate::cases::init_meta(&conn, device_id)?;
    restrict(dir);
    let state = State {
        policy,
        last_unlock_ms: now,
        ..State::default()
    };
    keyring::write_state(dir, &state).map_err(StoreError::io("write state file"))?;
    keyring::write(dir, &body).map_err(StoreError::io("write key file"))?;
    Ok(Open::new(keys, conn, device_id, now))
}

/// Upgrade a format-1 key file (keys under the passphrase alone) at a successful unlock:
/// a wrapping key is created (or the one an interrupted upgrade left is used), the keys
/// are wrapped again under both, the counters move to the state file. Copies of the
/// format-1 file that the file system may still hold are not reachable from here: see
/// the ADR's limits.
pub(crate) fn upgrade_keyring(
    dir: &Path,
    mut body: Body,
    state: &State,
    keys: &Keys,
    pass_key: Option<&Key32>,
) -> Result<(), StoreError> {
    let pk = pass_key.ok_or(StoreError::WeakParameters("PBKDF2 needs iterations"))?;
    let wrap = match keyring::load_wrap_key(dir).map_err(StoreError::io("read wrapping key"))? {
        Some(w) => w,
        None => keyring::create_wrap_key(dir).map_err(StoreError::io("write wrapping key"))?,
    };
    body.rewrap(keys, pk, &wrap);
    if body.duress.is_none() {
        body.set_duress(None);
    }
    keyring::write_state(dir, state).map_err(StoreError::io("write state file"))?;
    keyring::write(dir, &body).map_err(StoreError::io("update key file"))?;
    restrict(dir);
    log::info!("key files upgraded to format 2");
    Ok(())
}

/// Shred every regular file under `p` (recursively), then remove it.
fn shred_tree(p: &Path) -> std::io::Result<()> {
    for e in fs::read_dir(p)?.flatten() {
        let t = e.file_type()?;
        if t.is_dir() {
            shred_tree(&e.path())?;
        } else if t.is_file() {
            keyring::shred(&e.path())?;
        }
    }
    fs::remove_dir_all(p)
}

/// The wipe, in the order that makes an interruption harmless: the wrapping key first (its
/// keystore entry, then its files).
pub(crate) fn wipe(dir: &Path, keystore: Option<&dyn Keystore>) -> Result<(), StoreError> {
    if !dir.exists() {
        return Ok(());
    }
    platform_key::destroy(dir, keystore);
    let shred =
        |name: &str| keyring::shred(&dir.join(name)).map_err(StoreError::io("shred key file"));
    shred(keyring::WRAP_FILE)?;
    shred(SEALED_FILE)?;
    for f in [keyring::FILE, keyring::STATE_FILE] {
        shred(f)?;
        shred(&format!("{f}.tmp"))?;
    }
    keyring::sync_dir(dir).map_err(StoreError::io("sync directory"))?;
    for f in db::files(dir) {
        match fs::remove_file(&f) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(StoreError::Io {
                    op: "delete database",
                    kind: e.kind(),
                });
            }
        }
    }
    let entries = fs::read_dir(dir).map_err(StoreError::io("list store directory"))?;
    for e in entries.flatten() {
        let quarantined = e.file_name().to_string_lossy().starts_with("damaged-");
        if quarantined && e.file_type().is_ok_and(|t| t.is_dir()) {
            platform_key::destroy(&e.path(), keystore);
            shred_tree(&e.path()).map_err(StoreError::io("shred quarantined files"))?;
        }
    }
    keyring::sync_dir(dir).map_err(StoreError::io("sync directory"))
}
