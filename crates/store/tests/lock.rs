//! Unlock, lock, auto-lock, failed attempts, duress passphrase, dead-man timer, passphrase
//! change.

mod common;

use sanad_core::{CaseError, CaseRepository};
use sanad_store::{InitOptions, Policy, Secret, Status, StoreError, Vault, delay_after};
use sanad_test_support::env::ManualClock;

fn wrong() -> Secret {
    Secret::new("not the passphrase".into())
}

#[test]
fn a_wrong_passphrase_is_a_clear_error_and_changes_no_data() {
    let (dir, clock, mut v) = common::new_store("lock-wrong");
    v.open_case("W-1", "").expect("open");
    v.lock();
    let db_before = std::fs::read(dir.path().join("cases.db")).expect("db");
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    let e = v.unlock(&wrong()).expect_err("wrong");
    assert_eq!(e, StoreError::WrongPassphrase { attempts_left: 9 });
    assert!(e.to_string().contains("wrong passphrase"));
    assert_eq!(
        std::fs::read(dir.path().join("cases.db")).expect("db"),
        db_before
    );
    assert_eq!(v.list(), Err(CaseError::Locked));
    v.unlock(&common::pass())
        .expect("right passphrase still works");
    assert_eq!(v.list().expect("list").len(), 1);
    assert_eq!(v.status().expect("status"), Status::Unlocked);
}

#[test]
fn failures_grow_the_delay_and_the_tenth_wipes() {
    let (dir, clock, mut v) = common::new_store("lock-failures");
    v.open_case("F-1", "").expect("open");
    v.lock();
    for attempt in 1..=9u32 {
        let wait = delay_after(attempt - 1);
        if wait > 0 {
            match v.unlock(&wrong()) {
                Err(StoreError::TryLater { wait_ms }) => {
                    assert!(wait_ms > 0 && wait_ms <= wait, "{wait_ms} vs {wait}")
                }
                other => panic!("attempt {attempt} inside the delay: {other:?}"),
            }
            clock.advance(wait);
        }
        assert_eq!(
            v.unlock(&wrong()),
            Err(StoreError::WrongPassphrase {
                attempts_left: 10 - attempt
            }),
            "attempt {attempt}"
        );
        match v.status().expect("status") {
            Status::Locked {
                failed_attempts,
                attempts_left,
                ..
            } => assert_eq!((failed_attempts, attempts_left), (attempt, 10 - attempt)),
            s => panic!("{s:?}"),
        }
    }
    clock.advance(delay_after(9));
    assert_eq!(v.unlock(&wrong()), Err(StoreError::WipedAfterFailures));
    assert!(!dir.path().join("cases.db").exists() && !dir.path().join("keyring.json").exists());
    assert_eq!(v.status().expect("status"), Status::Uninitialized);
    assert_eq!(v.unlock(&common::pass()), Err(StoreError::NotInitialized));
}

#[test]
fn the_delay_schedule() {
    assert_eq!(
        [0, 1, 2, 3, 4, 5, 12, 30].map(delay_after),
        [0, 0, 0, 1000, 2000, 4000, 300_000, 300_000]
    );
}

#[test]
fn the_duress_passphrase_wipes_silently_and_opens_an_empty_store() {
    let dir = sanad_test_support::env::TempDir::new("lock-duress");
    let clock = ManualClock::at(1_790_000_000_000);
    let duress = Secret::new("flowers in spring".into());
    let opts = InitOptions {
        duress: Some(duress.clone()),
        ..InitOptions::insecure_fast_for_tests()
    };
    let mut v = Vault::init(dir.path(), &common::pass(), opts, clock.shared()).expect("init");
    v.open_case("D-1", "someone").expect("open");
    v.lock();
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    v.unlock(&duress)
        .expect("duress unlocks like a normal passphrase");
    assert_eq!(v.status().expect("status"), Status::Unlocked);
    assert!(v.list().expect("list").is_empty(), "empty store");
    assert_eq!(v.find_by_reference("D-1").expect("find"), None);
    v.open_case("D-2", "")
        .expect("the empty store works normally");
    v.lock();
    assert!(
        matches!(
            v.unlock(&common::pass()),
            Err(StoreError::WrongPassphrase { .. })
        ),
        "the old data is gone for good"
    );
    v.unlock(&duress)
        .expect("the duress passphrase now opens the new store");
    assert_eq!(v.list().expect("list").len(), 1);
}

#[test]
fn the_duress_passphrase_must_differ() {
    let dir = sanad_test_support::env::TempDir::new("lock-duress-same");
    let opts = InitOptions {
        duress: Some(common::pass()),
        ..InitOptions::insecure_fast_for_tests()
    };
    assert!(matches!(
        Vault::init(
            dir.path(),
            &common::pass(),
            opts,
            ManualClock::at(0).shared()
        ),
        Err(StoreError::WeakPassphrase(_))
    ));
    let (_d, _c, mut v) = common::new_store("lock-duress-set");
    assert!(matches!(
        v.set_duress(Some(&common::pass())),
        Err(StoreError::WeakPassphrase(_))
    ));
    v.set_duress(Some(&Secret::new("another phrase".into())))
        .expect("set");
}

#[test]
fn short_passphrases_are_refused() {
    let dir = sanad_test_support::env::TempDir::new("lock-short");
    let r = Vault::init(
        dir.path(),
        &Secret::new("1234".into()),
        InitOptions::insecure_fast_for_tests(),
        ManualClock::at(0).shared(),
    );
    assert!(matches!(r, Err(StoreError::WeakPassphrase(_))));
    assert!(!dir.path().join("keyring.json").exists(), "nothing created");
}

#[test]
fn the_dead_man_timer_wipes_at_start() {
    let (dir, clock, mut v) = common::new_store("lock-deadman");
    v.set_policy(Policy {
        dead_man_days: Some(30),
        ..Policy::default()
    })
    .expect("policy");
    v.open_case("DM-1", "").expect("open");
    v.lock();
    clock.advance(29 * 86_400_000);
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    assert_eq!(v.take_notice(), None);
    v.unlock(&common::pass()).expect("unlock resets the timer");
    v.lock();
    clock.advance(31 * 86_400_000);
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    assert_eq!(v.take_notice(), Some(sanad_store::Notice::DeadManWipe));
    assert_eq!(v.status().expect("status"), Status::Uninitialized);
    assert!(!dir.path().join("cases.db").exists());
}

#[test]
fn the_sync_dead_man_timer_wipes_a_device_that_stopped_syncing() {
    let (dir, clock, mut v) = common::new_store("lock-sync-deadman");
    v.open_case("SD-1", "").expect("open");
    // Not enrolled yet: no sync timer, however long.
    clock.advance(400 * 86_400_000);
    v.unlock(&common::pass())
        .expect("unlock after the idle lock");
    v.mark_synced(Some(Some(14)))
        .expect("enrolled with a 14-day period");
    v.lock();
    clock.advance(10 * 86_400_000);
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    assert_eq!(v.take_notice(), None);
    v.unlock(&common::pass()).expect("unlock");
    v.mark_synced(None).expect("a sync resets the timer");
    v.lock();
    clock.advance(13 * 86_400_000);
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    assert_eq!(v.take_notice(), None);
    v.unlock(&common::pass())
        .expect("unlocking does not reset the sync timer");
    v.lock();
    clock.advance(2 * 86_400_000);
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    assert_eq!(v.take_notice(), Some(sanad_store::Notice::DeadManWipe));
    assert_eq!(v.status().expect("status"), Status::Uninitialized);
    assert!(
        v.mark_synced(None).is_err(),
        "nothing to mark on a wiped store"
    );
}

#[test]
fn idle_auto_lock_and_explicit_lock_drop_access() {
    let (_dir, clock, mut v) = common::new_store("lock-idle");
    v.open_case("I-1", "").expect("open");
    clock.advance(299_000);
    assert!(v.is_unlocked());
    v.open_case("I-2", "")
        .expect("activity resets the idle timer");
    clock.advance(301_000);
    assert_eq!(v.open_case("I-3", ""), Err(CaseError::Locked));
    assert!(!v.is_unlocked());
    v.unlock(&common::pass()).expect("unlock");
    assert_eq!(v.list().expect("list").len(), 2);
    v.lock();
    assert_eq!(v.list(), Err(CaseError::Locked));
}

#[test]
fn changing_the_passphrase_rewraps_only() {
    let (dir, clock, mut v) = common::new_store("lock-change");
    let case = v.open_case("C-1", "").expect("open").case_id;
    let new = Secret::new("a brand new phrase".into());
    assert!(matches!(
        v.change_passphrase(&wrong(), &new),
        Err(StoreError::WrongPassphrase { .. })
    ));
    v.change_passphrase(&common::pass(), &new).expect("change");
    v.lock();
    let mut v = Vault::open(dir.path(), clock.shared()).expect("open");
    assert!(v.unlock(&common::pass()).is_err());
    v.unlock(&new).expect("new passphrase");
    assert_eq!(v.events(case).expect("data intact").len(), 1);
}

#[test]
fn a_shared_handle_sees_the_same_store_and_only_its_own_lock_or_drop_ends_it() {
    let (_dir, _clock, mut v) = common::new_store("lock-share");
    v.open_case("S-1", "").expect("open");
    let mut shared = v.share().expect("share");
    assert_eq!(shared.list().expect("list").len(), 1, "the same cases");
    shared
        .open_case("S-2", "")
        .expect("write through the share");
    assert_eq!(v.list().expect("list").len(), 2, "and the same database");
    // Locking the owner does not reach the share: the owner must end the task holding it.
    v.lock();
    assert_eq!(v.list(), Err(CaseError::Locked));
    assert!(shared.is_unlocked());
    shared.lock();
    assert_eq!(shared.list(), Err(CaseError::Locked));
    // A locked store shares nothing.
    assert!(v.share().is_err());
}
