//! The store's life cycle: set up, unlock, lock, auto-lock, failed attempts, duress,
//! dead-man timer, wipe and quarantine. Case operations are in `cases.rs`.

use rusqlite::Connection;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::crypto::{Keys, random};
use crate::db;
use crate::error::StoreError;
use crate::files::{self, create};
use crate::keyring::{self, Body, Kdf, MIN_ITERATIONS, Policy, ReadError, State};
use crate::platform_key::{SEALED_FILE, WrapKeyHolder};
use crate::protector::{KeyProtector, PassphraseProtector};
use crate::secret::{Key32, Secret};
use sanad_core::{Clock, Id};

/// Minimum passphrase length (characters). A short PIN alone can be brute-forced offline
/// from a copy of the files in hours; the passphrase must carry the protection.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
}

/// Options for a new store.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// PBKDF2 iterations (≥ 600,000).
    pub iterations: u32,
    /// Unlock policy.
    pub policy: Policy,
    /// Optional duress passphrase.
    pub duress: Option<Secret>,
}

impl Default for InitOptions {
    fn default() -> InitOptions {
        InitOptions {
            iterations: MIN_ITERATIONS,
            policy: Policy::default(),
            duress: None,
        }
    }
}

impl InitOptions {
    /// Fast key derivation for tests only (never compiled into a product build).
    #[cfg(feature = "test-hooks")]
    pub fn insecure_fast_for_tests() -> InitOptions {
        InitOptions {
            iterations: 1_000,
            ..InitOptions::default()
        }
    }
}

/// What the lock screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No store yet.
    Uninitialized,
    /// Locked.
    Locked {
        /// Failed attempts so far.
        failed_attempts: u32,
        /// Attempts left before the wipe.
        attempts_left: u32,
        /// Wait before the next attempt, ms.
        wait_ms: i64,
    },
    /// Unlocked.
    Unlocked,
}

/// Something the worker must be told at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The dead-man timer wiped the store at start.
    DeadManWipe,
}

pub(crate) struct Open {
    /// Raw key bytes, kept only for the test hook that searches files for them; product
    /// builds keep just the session keys.
    #[cfg(feature = "test-hooks")]
    pub keys: Keys,
    /// Shared with the handles [`Vault::share`] made (each holds it until it is dropped).
    pub session: Arc<crate::crypto::Session>,
    pub conn: Connection,
    pub device_id: Id,
    pub last_activity_ms: i64,
}

impl Open {
    pub(crate) fn new(keys: Keys, conn: Connection, device_id: Id, now: i64) -> Open {
        Open {
            session: Arc::new(crate::crypto::Session::new(&keys)),
            #[cfg(feature = "test-hooks")]
            keys,
            conn,
            device_id,
            last_activity_ms: now,
        }
    }
}

/// An encrypted case store in one directory.
pub struct Vault {
    pub(crate) dir: PathBuf,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) open: Option<Open>,
    notice: Option<Notice>,
    /// The platform keystore holding the wrapping key, for stores set up with one.
    pub(crate) keystore: Option<Arc<dyn sanad_keystore::Keystore>>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .field("unlocked", &self.open.is_some())
            .finish()
    }
}

/// Delay before the next attempt after `failures` failed ones: none for the first three
/// (typos), then 1 s, 2 s, 4 s ... capped at 5 minutes.
pub fn delay_after(failures: u32) -> i64 {
    if failures < 3 {
        0
    } else {
        (1000i64 << (failures - 3).min(20)).min(300_000)
    }
}

fn check_passphrase(p: &Secret) -> Result<(), StoreError> {
    if p.char_count() < MIN_PASSPHRASE_CHARS {
        return Err(StoreError::WeakPassphrase("use at least 8 characters"));
    }
    Ok(())
}

impl Vault {
    /// Open the store directory (locked). Applies the dead-man timer: when the organisation
    /// set one and no unlock succeeded for that long, the store is wiped now.
    pub fn open(dir: impl Into<PathBuf>, clock: Arc<dyn Clock>) -> Result<Vault, StoreError> {
        Vault::open_inner(dir.into(), clock, None)
    }

    pub(crate) fn open_inner(
        dir: PathBuf,
        clock: Arc<dyn Clock>,
        keystore: Option<Arc<dyn sanad_keystore::Keystore>>,
    ) -> Result<Vault, StoreError> {
        let mut v = Vault {
            dir,
            clock,
            open: None,
            notice: None,
            keystore,
        };
        match v.read_keyring() {
            Ok((_, st)) => {
                let now = v.clock.now_ms();
                let expired = |days: Option<u32>, since: Option<i64>| matches!((days, since), (Some(d), Some(t)) if now - t > i64::from(d) * 86_400_000);
                if expired(st.policy.dead_man_days, Some(st.last_unlock_ms))
                    || expired(st.policy.sync_dead_man_days, st.last_sync_ms)
                {
                    log::warn!("dead-man timer expired: wiping the case store");
                    v.wipe()?;
                    v.notice = Some(Notice::DeadManWipe);
                }
            }
            Err(StoreError::NotInitialized) => {}
            Err(e) => return Err(e),
        }
        Ok(v)
    }

    /// Whether a store was set up in `dir` (its key file exists); reads nothing.
    pub fn exists(dir: &Path) -> bool {
        keyring::path(dir).exists()
    }

    /// Set up a new store protected by `pass`, unlocked (wrapping key in `wrap.key`; see
    /// [`Vault::init_with_keystore`] for phones).
    pub fn init(
        dir: impl Into<PathBuf>,
        pass: &Secret,
        opts: InitOptions,
        clock: Arc<dyn Clock>,
    ) -> Result<Vault, StoreError> {
        Vault::init_inner(dir.into(), pass, opts, clock, None)
    }

    pub(crate) fn init_inner(
        dir: PathBuf,
        pass: &Secret,
        opts: InitOptions,
        clock: Arc<dyn Clock>,
        keystore: Option<Arc<dyn sanad_keystore::Keystore>>,
    ) -> Result<Vault, StoreError> {
        check_passphrase(pass)?;
        if opts.iterations < MIN_ITERATIONS && !cfg!(feature = "test-hooks") {
            return Err(StoreError::WeakParameters(
                "PBKDF2 needs at least 600,000 iterations",
            ));
        }
        if let Some(d) = &opts.duress {
            check_passphrase(d)?;
            if d == pass {
                return Err(StoreError::WeakPassphrase(
                    "the duress passphrase must differ from the passphrase",
                ));
            }
        }
        if keyring::path(&dir).exists() {
            return Err(StoreError::AlreadyInitialized);
        }
        let salt: [u8; 16] = random();
        let kdf = Kdf::Pbkdf2HmacSha256 {
            iterations: opts.iterations,
            salt: crate::crypto::hex(&salt),
        };
        let pass_key = keyring::derive(pass, opts.iterations, &salt)
            .ok_or(StoreError::WeakParameters("PBKDF2 needs iterations"))?;
        let duress_key = opts
            .duress
            .as_ref()
            .and_then(|d| keyring::derive(d, opts.iterations, &salt));
        let now = clock.now_ms();
        let ks = keystore.as_deref();
        let open = create(
            &dir,
            &pass_key,
            kdf,
            opts.policy,
            duress_key.as_ref(),
            now,
            ks,
        )?;
        log::info!("case store set up");
        Ok(Vault {
            dir,
            clock,
            open: Some(open),
            notice: None,
            keystore,
        })
    }

    fn read_keyring(&self) -> Result<(Body, State), StoreError> {
        match keyring::read(&self.dir) {
            Ok(b) => Ok(b),
            Err(ReadError::Missing) => Err(StoreError::NotInitialized),
            Err(ReadError::Io(kind)) => Err(StoreError::Io {
                op: "read key file",
                kind,
            }),
            Err(ReadError::Damaged) => Err(StoreError::KeyMaterialDamaged {
                moved_to: self.quarantine()?,
            }),
        }
    }

    fn write_state(&self, st: &State) -> Result<(), StoreError> {
        keyring::write_state(&self.dir, st).map_err(StoreError::io("update state file"))
    }

    /// Move the store files aside into `damaged-<ms>/` (never delete them; a wipe shreds
    /// them with the rest).
    fn quarantine(&self) -> Result<PathBuf, StoreError> {
        let to = self.dir.join(format!("damaged-{}", self.clock.now_ms()));
        fs::create_dir_all(&to).map_err(StoreError::io("create quarantine folder"))?;
        let mut files = db::files(&self.dir).to_vec();
        for f in [
            keyring::FILE,
            keyring::STATE_FILE,
            keyring::WRAP_FILE,
            SEALED_FILE,
        ] {
            files.push(self.dir.join(f));
        }
        for f in files.iter().filter(|f| f.exists()) {
            if let Some(name) = f.file_name() {
                fs::rename(f, to.join(name)).map_err(StoreError::io("move damaged files aside"))?;
            }
        }
        log::error!("key file damaged: store files moved aside");
        Ok(to)
    }

    /// A notice to show once (e.g. the dead-man wipe).
    pub fn take_notice(&mut self) -> Option<Notice> {
        self.notice.take()
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Current status (applies the idle auto-lock first).
    pub fn status(&mut self) -> Result<Status, StoreError> {
        self.tick();
        if self.open.is_some() {
            return Ok(Status::Unlocked);
        }
        let st = match self.read_keyring() {
            Ok((_, st)) => st,
            Err(StoreError::NotInitialized) => return Ok(Status::Uninitialized),
            Err(e) => return Err(e),
        };
        let wait =
            (st.last_failure_ms + delay_after(st.failed_attempts) - self.clock.now_ms()).max(0);
        Ok(Status::Locked {
            failed_attempts: st.failed_attempts,
            attempts_left: st.policy.max_failures.saturating_sub(st.failed_attempts),
            wait_ms: wait,
        })
    }

    /// Unlock with the passphrase. A duress passphrase wipes the store silently and opens a
    /// new, empty one protected by it, at the cost of the same one key derivation. A wrong
    /// one counts towards the wipe. A store of the earlier key format is upgraded here.
    pub fn unlock(&mut self, pass: &Secret) -> Result<(), StoreError> {
        // An idle session past its time is locked first, so the passphrase is checked and
        // the activity clock restarts (otherwise the next operation would find it locked).
        self.tick();
        if self.open.is_some() {
            return Ok(());
        }
        let (body, mut st) = self.read_keyring()?;
        let now = self.clock.now_ms();
        let wait = st.last_failure_ms + delay_after(st.failed_attempts) - now;
        if st.failed_attempts > 0 && wait > 0 {
            return Err(StoreError::TryLater { wait_ms: wait });
        }
        let wrap = self.wrap_key(&body)?;
        let pass_key = PassphraseProtector::new(pass).derive(&body);
        let kek = pass_key.as_ref().and_then(|p| body.kek(p, wrap.as_ref()));
        if let Some(keys) = kek.as_ref().and_then(|k| body.open_main(k)) {
            if body.format == 1 {
                files::upgrade_keyring(&self.dir, body.clone(), &st, &keys, pass_key.as_ref())?;
            }
            let conn = db::open(&self.dir)?;
            files::restrict(&self.dir);
            let device_id = crate::cases::device_id(&conn)?;
            st.failed_attempts = 0;
            st.last_failure_ms = 0;
            st.last_unlock_ms = now;
            self.write_state(&st)?;
            let mut open = Open::new(keys, conn, device_id, now);
            if let Ok(n @ 1..) = open.upgrade_event_envelopes() {
                log::info!("{n} records sealed again in the current format");
            }
            if let Ok(n @ 1..) = open.upgrade_case_keys() {
                log::info!("{n} cases sealed again under keys of their own");
            }
            self.open = Some(open);
            log::info!("case store unlocked");
            return Ok(());
        }
        if let Some(pk) = pass_key.as_ref().filter(|k| body.is_duress(k)) {
            log::info!("case store unlocked");
            self.wipe()?;
            let ks = match body.wrap_key {
                WrapKeyHolder::PlatformKeystore => self.keystore.as_deref(),
                WrapKeyHolder::File => None,
            };
            let open = create(&self.dir, pk, body.kdf.clone(), st.policy, None, now, ks)?;
            // The same derived key protects the new store: no second derivation, so a
            // duress unlock takes as long as a normal one.
            self.open = Some(open);
            return Ok(());
        }
        st.failed_attempts += 1;
        st.last_failure_ms = now;
        log::warn!("failed unlock attempt {}", st.failed_attempts);
        if st.failed_attempts >= st.policy.max_failures {
            self.wipe()?;
            return Err(StoreError::WipedAfterFailures);
        }
        self.write_state(&st)?;
        Err(StoreError::WrongPassphrase {
            attempts_left: st.policy.max_failures - st.failed_attempts,
        })
    }

    /// A second handle on this unlocked store for a task that runs beside its owner (the
    /// app's background sync): its own database connection, the same session keys. Locking
    /// one handle does not lock the other, so the owner must end that task and drop the
    /// handle when it locks; the keys are gone once the last handle is locked or dropped.
    pub fn share(&mut self) -> Result<Vault, StoreError> {
        self.tick();
        let o = self.open.as_ref().ok_or(sanad_core::CaseError::Locked)?;
        let conn = db::open(&self.dir)?;
        let open = Open {
            session: Arc::clone(&o.session),
            #[cfg(feature = "test-hooks")]
            keys: o.keys.clone(),
            conn,
            device_id: o.device_id,
            last_activity_ms: self.clock.now_ms(),
        };
        Ok(Vault {
            dir: self.dir.clone(),
            clock: Arc::clone(&self.clock),
            keystore: self.keystore.clone(),
            open: Some(open),
            notice: None,
        })
    }

    /// Lock: drop the keys (zeroized) and close the database.
    pub fn lock(&mut self) {
        if self.open.take().is_some() {
            log::info!("case store locked");
        }
    }

    /// Whether the store is unlocked (after applying the idle auto-lock).
    pub fn is_unlocked(&mut self) -> bool {
        self.tick();
        self.open.is_some()
    }

    /// Apply the idle auto-lock.
    pub fn tick(&mut self) {
        // Runs before every operation: only the state file, not the key file.
        let idle_ms = match (&self.open, keyring::read_state(&self.dir)) {
            (Some(_), Ok(st)) => i64::from(st.policy.idle_lock_secs) * 1000,
            (Some(_), Err(_)) => 0,
            (None, _) => return,
        };
        if let Some(o) = &self.open
            && self.clock.now_ms() - o.last_activity_ms >= idle_ms
        {
            self.lock();
        }
    }

    /// The keys `pass` opens, with the key file, its wrapping key and `pass`'s derived key.
    fn keys_for(&self, pass: &Secret) -> Result<(Body, Keys, Key32, Key32), StoreError> {
        let (body, st) = self.read_keyring()?;
        let wrong = StoreError::WrongPassphrase {
            attempts_left: st.policy.max_failures.saturating_sub(st.failed_attempts),
        };
        let wrap = match self.wrap_key(&body)? {
            Some(w) => w,
            None => return Err(wrong),
        };
        let pk = PassphraseProtector::new(pass)
            .derive(&body)
            .ok_or(StoreError::WeakParameters("PBKDF2 needs iterations"))?;
        let keys = body
            .kek(&pk, Some(&wrap))
            .and_then(|k| body.open_main(&k))
            .ok_or(wrong)?;
        Ok((body, keys, wrap, pk))
    }

    /// Change the passphrase (rewraps the keys; the data is not re-encrypted).
    pub fn change_passphrase(&mut self, old: &Secret, new: &Secret) -> Result<(), StoreError> {
        check_passphrase(new)?;
        let (mut body, keys, wrap, _) = self.keys_for(old)?;
        let new_key = PassphraseProtector::new(new)
            .derive(&body)
            .ok_or(StoreError::WeakParameters("PBKDF2 needs iterations"))?;
        body.rewrap(&keys, &new_key, &wrap);
        keyring::write(&self.dir, &body).map_err(StoreError::io("update key file"))
    }

    /// Set (or clear, with `None`) the duress passphrase. Needs the store unlocked.
    pub fn set_duress(&mut self, duress: Option<&Secret>) -> Result<(), StoreError> {
        if !self.is_unlocked() {
            return Err(sanad_core::CaseError::Locked.into());
        }
        if let Some(d) = duress {
            check_passphrase(d)?;
        }
        let (mut body, _) = self.read_keyring()?;
        let wrap = self.wrap_key(&body)?;
        let dk = duress.and_then(|d| PassphraseProtector::new(d).derive(&body));
        if let Some(k) = &dk
            && body
                .kek(k, wrap.as_ref())
                .and_then(|kek| body.open_main(&kek))
                .is_some()
        {
            return Err(StoreError::WeakPassphrase(
                "the duress passphrase must differ from the passphrase",
            ));
        }
        body.set_duress(dk.as_ref());
        keyring::write(&self.dir, &body).map_err(StoreError::io("update key file"))
    }

    /// The unlock policy (auto-lock time, attempts before the wipe, timers).
    pub fn policy(&self) -> Result<Policy, StoreError> {
        Ok(self.read_keyring()?.1.policy)
    }

    /// Set the unlock policy (organisation settings). Needs the store unlocked.
    pub fn set_policy(&mut self, policy: Policy) -> Result<(), StoreError> {
        if !self.is_unlocked() {
            return Err(sanad_core::CaseError::Locked.into());
        }
        let (_, mut st) = self.read_keyring()?;
        st.policy = policy;
        self.write_state(&st)
    }

    /// Record a successful sync now and, if given, the organisation's dead-man period: a
    /// store that then goes that many days without a successful sync wipes itself when it
    /// is next opened. Needs the store unlocked.
    pub fn mark_synced(&mut self, dead_man_days: Option<Option<u32>>) -> Result<(), StoreError> {
        if !self.is_unlocked() {
            return Err(sanad_core::CaseError::Locked.into());
        }
        let (_, mut st) = self.read_keyring()?;
        st.last_sync_ms = Some(self.clock.now_ms());
        if let Some(days) = dead_man_days {
            st.policy.sync_dead_man_days = days;
        }
        self.write_state(&st)
    }

    /// Quick wipe: see [`Vault::wipe_dir`]. Parses nothing, so a damaged key file cannot
    /// stop it.
    pub fn wipe(&mut self) -> Result<(), StoreError> {
        self.open = None;
        Vault::wipe_dir_with_keystore(&self.dir, self.keystore.as_deref())
    }

    /// Wipe the store in `dir` without opening it. Crypto-shred first: the wrapping key is
    /// overwritten in place (no copy of the wrapped keys anywhere on the disk opens after
    /// that), then the key and state files; then the database files are deleted and every
    /// `damaged-*` folder the store ever set aside is shredded too. If it is interrupted,
    /// what is left cannot be decrypted: the keys no longer exist. A store whose wrapping
    /// key is in the platform keystore needs [`Vault::wipe_dir_with_keystore`] to destroy
    /// the entry too.
    pub fn wipe_dir(dir: &Path) -> Result<(), StoreError> {
        Vault::wipe_dir_with_keystore(dir, None)
    }

    /// Crypto-shred only (the first step of [`Vault::wipe`]), for the test that an
    /// interrupted wipe leaves nothing readable.
    #[cfg(feature = "test-hooks")]
    pub fn shred_keys_only(&mut self) -> Result<(), StoreError> {
        self.open = None;
        crate::platform_key::destroy(&self.dir, self.keystore.as_deref());
        keyring::shred(&self.dir.join(keyring::WRAP_FILE))
            .map_err(StoreError::io("shred wrapping key"))?;
        keyring::shred(&keyring::path(&self.dir)).map_err(StoreError::io("shred key file"))?;
        Ok(())
    }

    /// The wrapping key (test hook: the carving test looks for copies of it).
    #[cfg(feature = "test-hooks")]
    pub fn wrap_key_for_tests(&self) -> Option<[u8; 32]> {
        keyring::load_wrap_key(&self.dir)
            .ok()
            .flatten()
            .map(|k| k.0)
    }

    /// The raw keys (test hook: the wipe test searches the files for them).
    #[cfg(feature = "test-hooks")]
    pub fn export_keys_for_tests(&self) -> Option<([u8; 32], [u8; 32])> {
        self.open.as_ref().map(|o| (o.keys.data.0, o.keys.mac.0))
    }

    pub(crate) fn touch(&mut self) -> Result<&mut Open, StoreError> {
        self.tick();
        let now = self.clock.now_ms();
        let o = self.open.as_mut().ok_or(sanad_core::CaseError::Locked)?;
        o.last_activity_ms = now;
        Ok(o)
    }
}
