//! Shared helpers for the store's integration tests.
#![allow(dead_code)]

use sanad_store::{InitOptions, Secret, Vault};
use sanad_test_support::env::{ManualClock, TempDir};

pub const PASS: &str = "correct horse battery";

pub fn pass() -> Secret {
    Secret::new(PASS.into())
}

/// A new unlocked store with fast key derivation, in a temp dir.
pub fn new_store(label: &str) -> (TempDir, ManualClock, Vault) {
    let dir = TempDir::new(label);
    let clock = ManualClock::at(1_790_000_000_000);
    let v = Vault::init(
        dir.path(),
        &pass(),
        InitOptions::insecure_fast_for_tests(),
        clock.shared(),
    )
    .expect("init");
    (dir, clock, v)
}
