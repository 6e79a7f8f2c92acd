//! A duress unlock does the same work as a normal one (issue 12, item 10): counted in key
//! derivations, not timed. In its own test binary, because the counter is process-wide.

mod common;

use sanad_core::{CaseRepository, EventKind};
use sanad_store::{InitOptions, Secret, Vault};
use sanad_test_support::env::{ManualClock, TempDir};
use std::sync::atomic::Ordering;

fn note(v: &mut Vault, reference: &str, text: &str) {
    let c = v.open_case(reference, "invented").expect("case").case_id;
    v.append(c, EventKind::NoteAdded { text: text.into() })
        .expect("note");
}

#[test]
fn a_duress_unlock_costs_the_same_one_key_derivation_as_a_normal_one() {
    let dir = TempDir::new("attack-duress-cost");
    let clock = ManualClock::at(1_790_000_000_000);
    let opts = InitOptions {
        duress: Some(Secret::new("the duress words".into())),
        ..InitOptions::insecure_fast_for_tests()
    };
    let mut v = Vault::init(dir.path(), &common::pass(), opts, clock.shared()).expect("init");
    note(&mut v, "D-1", "invented");
    v.lock();
    let count = || sanad_store::keyring::DERIVATIONS.load(Ordering::SeqCst);
    let n0 = count();
    v.unlock(&common::pass()).expect("normal unlock");
    let normal = count() - n0;
    v.lock();
    let n1 = count();
    v.unlock(&Secret::new("the duress words".into()))
        .expect("duress unlock");
    let duress = count() - n1;
    assert_eq!((normal, duress), (1, 1), "one derivation each");
    assert_eq!(
        v.list().expect("list").len(),
        0,
        "the duress store is empty"
    );
}
