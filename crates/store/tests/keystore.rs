//! The wrapping key in a platform keystore (issue 12, item 2), with the in-memory fake
//! standing in for the Android Keystore / iOS Secure Enclave: set-up, unlock, and a wipe
//! that destroys the keystore entry first, after which a copy of the store's files taken
//! before the wipe no longer opens with the right passphrase.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use sanad_core::{CaseError, CaseRepository};
use sanad_keystore::memory::MemoryKeystore;
use sanad_store::{
    InitOptions, Keystore, KeystoreError, Notice, Policy, Secret, Status, StoreError, Vault,
};
use sanad_test_support::env::{ManualClock, TempDir};

/// The fake keystore, recording at each `destroy` whether the store's key files were
/// still on disk (the entry must go before the files are shredded).
struct Recording {
    inner: MemoryKeystore,
    dir: PathBuf,
    files_present_at_destroy: Mutex<Vec<bool>>,
}

impl Recording {
    fn new(dir: &Path) -> Arc<Recording> {
        Arc::new(Recording {
            inner: MemoryKeystore::new(),
            dir: dir.to_path_buf(),
            files_present_at_destroy: Mutex::new(Vec::new()),
        })
    }
    fn aliases(&self) -> Vec<String> {
        self.inner.aliases()
    }
}

impl Keystore for Recording {
    fn kind(&self) -> &'static str {
        "recording fake"
    }
    fn create(&self, alias: &str) -> Result<(), KeystoreError> {
        self.inner.create(alias)
    }
    fn seal(&self, alias: &str, secret: &[u8; 32]) -> Result<Vec<u8>, KeystoreError> {
        self.inner.seal(alias, secret)
    }
    fn open(&self, alias: &str, sealed: &[u8]) -> Result<[u8; 32], KeystoreError> {
        self.inner.open(alias, sealed)
    }
    fn destroy(&self, alias: &str) -> Result<(), KeystoreError> {
        let present = ["keyring.json", "wrap.sealed"]
            .iter()
            .all(|f| self.dir.join(f).exists());
        self.files_present_at_destroy
            .lock()
            .expect("record")
            .push(present);
        self.inner.destroy(alias)
    }
}

fn clock() -> ManualClock {
    ManualClock::at(1_790_000_000_000)
}

/// A new unlocked store with one case, its wrapping key in `ks`.
fn new_store(dir: &Path, clock: &ManualClock, ks: Arc<dyn Keystore>) -> Vault {
    let mut v = Vault::init_with_keystore(
        dir,
        &common::pass(),
        InitOptions::insecure_fast_for_tests(),
        clock.shared(),
        ks,
    )
    .expect("init with keystore");
    v.open_case("K-1", "").expect("open case");
    v
}

/// Copy the store's files (as an attacker with the disk, or a backup, would have them).
fn copy_files(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).expect("list") {
        let e = e.expect("entry");
        if e.file_type().expect("type").is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).expect("copy");
        }
    }
}

fn keyring_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("keyring.json")).expect("keyring")
}

#[test]
fn a_keystore_store_writes_no_wrapping_key_and_opens_through_the_keystore() {
    let dir = TempDir::new("ks-create");
    let clock = clock();
    let ks = Recording::new(dir.path());
    let mut v = new_store(dir.path(), &clock, ks.clone());
    v.lock();

    assert!(
        !dir.path().join("wrap.key").exists(),
        "no key bytes in a file"
    );
    let sealed = std::fs::read_to_string(dir.path().join("wrap.sealed")).expect("sealed");
    let aliases = ks.aliases();
    assert_eq!(aliases.len(), 1, "one keystore entry");
    assert!(
        sealed.contains(&aliases[0]),
        "the sealed file names its entry"
    );
    assert!(
        keyring_text(dir.path()).contains("\"wrap_key\": \"platform_keystore\""),
        "the keyring records the holder"
    );

    let mut v =
        Vault::open_with_keystore(dir.path(), clock.shared(), Some(ks.clone())).expect("open");
    v.unlock(&common::pass())
        .expect("unlock through the keystore");
    assert_eq!(v.list().expect("list").len(), 1);
    v.lock();
    assert_eq!(
        v.unlock(&Secret::new("not the passphrase".into())),
        Err(StoreError::WrongPassphrase { attempts_left: 9 }),
        "the passphrase is still needed"
    );
}

#[test]
fn a_wipe_destroys_the_entry_first_and_copies_of_the_files_no_longer_open() {
    let dir = TempDir::new("ks-wipe");
    let earlier = TempDir::new("ks-wipe-copy-a");
    let stolen = TempDir::new("ks-wipe-copy-b");
    let clock = clock();
    let ks = Recording::new(dir.path());
    let mut v = new_store(dir.path(), &clock, ks.clone());
    v.lock();
    copy_files(dir.path(), earlier.path());
    copy_files(dir.path(), stolen.path());

    // Before the wipe a copy of the files opens with the passphrase (the test can fail).
    let mut copy = Vault::open_with_keystore(earlier.path(), clock.shared(), Some(ks.clone()))
        .expect("open copy");
    copy.unlock(&common::pass())
        .expect("the copy opens before the wipe");
    assert_eq!(copy.list().expect("list").len(), 1);
    copy.lock();

    let mut v =
        Vault::open_with_keystore(dir.path(), clock.shared(), Some(ks.clone())).expect("open");
    v.wipe().expect("wipe");
    assert!(ks.aliases().is_empty(), "the keystore entry is gone");
    assert_eq!(
        *ks.files_present_at_destroy.lock().expect("record"),
        [true],
        "the entry is destroyed before the files are shredded"
    );
    assert!(!dir.path().join("keyring.json").exists());
    assert!(!dir.path().join("wrap.sealed").exists());
    assert_eq!(v.status().expect("status"), Status::Uninitialized);

    let mut copy = Vault::open_with_keystore(stolen.path(), clock.shared(), Some(ks.clone()))
        .expect("open copy");
    assert_eq!(
        copy.unlock(&common::pass()),
        Err(StoreError::WrongPassphrase { attempts_left: 9 }),
        "the right passphrase no longer opens a copy"
    );
    assert_eq!(copy.list(), Err(CaseError::Locked));
}

#[test]
fn without_its_keystore_a_store_says_so_and_counts_no_failure() {
    let dir = TempDir::new("ks-missing");
    let clock = clock();
    let ks = Recording::new(dir.path());
    new_store(dir.path(), &clock, ks.clone()).lock();

    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    let e = v.unlock(&common::pass()).expect_err("no keystore");
    assert!(matches!(e, StoreError::Keystore(_)), "{e:?}");
    assert!(e.to_string().contains("platform keystore"), "{e}");
    assert_eq!(
        v.status().expect("status"),
        Status::Locked {
            failed_attempts: 0,
            attempts_left: 10,
            wait_ms: 0
        }
    );
    assert_eq!(ks.aliases().len(), 1, "nothing destroyed");
}

#[test]
fn a_store_without_a_keystore_keeps_its_files_as_before() {
    let (dir, _clock, mut v) = common::new_store("ks-file");
    v.lock();
    assert!(dir.path().join("wrap.key").exists());
    assert!(!dir.path().join("wrap.sealed").exists());
    assert!(
        !keyring_text(dir.path()).contains("wrap_key"),
        "the file holder is not written (older key files keep their checksum)"
    );
}

#[test]
fn the_wipe_destroys_the_entry_even_when_the_key_file_is_damaged() {
    let dir = TempDir::new("ks-damaged");
    let clock = clock();
    let ks = Recording::new(dir.path());
    new_store(dir.path(), &clock, ks.clone()).lock();
    std::fs::write(dir.path().join("keyring.json"), b"{ not json").expect("damage");

    Vault::wipe_dir_with_keystore(dir.path(), Some(ks.as_ref())).expect("wipe");
    assert!(ks.aliases().is_empty(), "the keystore entry is gone");
    assert!(!dir.path().join("wrap.sealed").exists());
}

#[test]
fn a_quarantined_store_loses_its_entry_at_the_wipe() {
    let dir = TempDir::new("ks-quarantine");
    let clock = clock();
    let ks = Recording::new(dir.path());
    new_store(dir.path(), &clock, ks.clone()).lock();
    std::fs::write(dir.path().join("keyring.json"), b"{ not json").expect("damage");
    let opened = Vault::open_with_keystore(dir.path(), clock.shared(), Some(ks.clone()));
    assert!(
        matches!(opened, Err(StoreError::KeyMaterialDamaged { .. })),
        "{opened:?}"
    );
    assert!(!dir.path().join("wrap.sealed").exists(), "moved aside");
    assert_eq!(ks.aliases().len(), 1);

    let mut v = Vault::open_with_keystore(dir.path(), clock.shared(), Some(ks.clone()))
        .expect("open after the files were set aside");
    v.wipe().expect("wipe");
    assert!(
        ks.aliases().is_empty(),
        "the set-aside store's entry is gone"
    );
}

#[test]
fn a_duress_unlock_replaces_the_keystore_entry() {
    let dir = TempDir::new("ks-duress");
    let clock = clock();
    let ks = Recording::new(dir.path());
    let duress = Secret::new("flowers in spring".into());
    let mut v = Vault::init_with_keystore(
        dir.path(),
        &common::pass(),
        InitOptions {
            duress: Some(duress.clone()),
            ..InitOptions::insecure_fast_for_tests()
        },
        clock.shared(),
        ks.clone(),
    )
    .expect("init");
    v.open_case("D-1", "").expect("case");
    v.lock();
    let before = ks.aliases();

    v.unlock(&duress).expect("duress unlock");
    assert_eq!(v.list().expect("list").len(), 0, "a new, empty store");
    let after = ks.aliases();
    assert_eq!(after.len(), 1);
    assert_ne!(after, before, "the old entry is destroyed, a new one made");
    assert!(!dir.path().join("wrap.key").exists());
    v.lock();
    v.unlock(&duress)
        .expect("the duress passphrase opens the new store");
}

#[test]
fn the_dead_man_wipe_destroys_the_entry() {
    let dir = TempDir::new("ks-dead-man");
    let clock = clock();
    let ks = Recording::new(dir.path());
    Vault::init_with_keystore(
        dir.path(),
        &common::pass(),
        InitOptions {
            policy: Policy {
                dead_man_days: Some(3),
                ..Policy::default()
            },
            ..InitOptions::insecure_fast_for_tests()
        },
        clock.shared(),
        ks.clone(),
    )
    .expect("init")
    .lock();
    clock.advance(4 * 86_400_000);
    let mut v =
        Vault::open_with_keystore(dir.path(), clock.shared(), Some(ks.clone())).expect("open");
    assert_eq!(v.take_notice(), Some(Notice::DeadManWipe));
    assert!(ks.aliases().is_empty(), "the keystore entry is gone");
}

#[test]
fn a_set_up_interrupted_before_the_key_file_leaves_no_entry_behind() {
    let dir = TempDir::new("ks-interrupted");
    let clock = clock();
    let ks = Recording::new(dir.path());
    new_store(dir.path(), &clock, ks.clone()).lock();
    let first = ks.aliases();
    // The key file is written last: without it the set-up never finished.
    std::fs::remove_file(dir.path().join("keyring.json")).expect("remove");

    new_store(dir.path(), &clock, ks.clone()).lock();
    let now = ks.aliases();
    assert_eq!(now.len(), 1, "the earlier entry was deleted: {now:?}");
    assert_ne!(now, first);
}
