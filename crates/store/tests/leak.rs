//! A seized phone reveals nothing: 1,000 cases whose references, names, notes, referral
//! services and drafts carry unique markers; after closing, no byte of any file in the
//! store directory contains a marker (UTF-8, UTF-16LE, UTF-16BE) or an answered code's
//! name. After a wipe, no marker and no key material either.

mod common;

use sanad_core::case::ConsentScope;
use sanad_core::{Answer, CaseRepository, EventKind, RefCategory};
use sanad_test_support::env::{all_files, contains, encodings};
use std::collections::BTreeMap;

/// Every marker starts with this; random ciphertext matching 10 given bytes is negligible.
const PREFIX: &str = "ZQXMARKER";

fn marker(i: usize, what: &str) -> String {
    format!("{PREFIX}-{i:05}-{what}")
}

fn leaks(dir: &std::path::Path, needles: &[Vec<u8>]) -> Vec<String> {
    let mut hits = Vec::new();
    for (path, bytes) in all_files(dir) {
        for n in needles {
            if contains(&bytes, n) {
                hits.push(format!(
                    "{} contains {:?}",
                    path.display(),
                    String::from_utf8_lossy(n)
                ));
            }
        }
    }
    hits
}

#[test]
fn nothing_readable_on_disk_before_or_after_a_wipe() {
    let (dir, _clock, mut v) = common::new_store("leak");
    let answered = [
        "ilo.coercion_at_destination.debt_bondage",
        "som.held_or_ransomed_in_transit",
        "profile.exploitation.begging",
    ];
    for i in 0..1000 {
        let case = v
            .open_case(&marker(i, "ref"), &marker(i, "name"))
            .expect("open")
            .case_id;
        let answers: BTreeMap<String, Answer> = answered
            .iter()
            .map(|c| (c.to_string(), Answer::Yes))
            .collect();
        v.append(
            case,
            EventKind::ScreeningRecorded {
                answers,
                outcome: sanad_core::Outcome::TipIndicatorsPartial,
                classification: sanad_core::Classification::SmugglingAndTraffickingIndicators,
                referrals: vec![RefCategory::Medical],
            },
        )
        .expect("screening");
        v.append(
            case,
            EventKind::NoteAdded {
                text: format!("{} — ملاحظة {}", marker(i, "note"), marker(i, "ar")),
            },
        )
        .expect("note");
        v.append(
            case,
            EventKind::ConsentRecorded {
                scope: ConsentScope::Referral,
                given: true,
            },
        )
        .expect("consent");
        v.append(
            case,
            EventKind::ReferralMade {
                category: RefCategory::Shelter,
                service: Some(marker(i, "service")),
            },
        )
        .expect("referral");
        if i % 100 == 0 {
            v.save_draft(&marker(i, "slot"), marker(i, "draft").as_bytes())
                .expect("draft");
        }
    }
    assert_eq!(v.list().expect("list").len(), 1000);
    let keys = v.export_keys_for_tests().expect("unlocked");
    drop(v); // close: WAL checkpointed on last connection close

    let mut needles: Vec<Vec<u8>> = encodings(PREFIX).to_vec();
    needles.extend(answered.iter().map(|c| c.as_bytes().to_vec()));
    needles.extend(
        ["debt_bondage", "Amina", "ملاحظة"]
            .iter()
            .flat_map(|s| encodings(s)),
    );
    let files = all_files(dir.path());
    assert!(
        files
            .iter()
            .any(|(p, b)| p.ends_with("cases.db") && b.len() > 100_000),
        "the data is really there"
    );
    assert_eq!(leaks(dir.path(), &needles), Vec::<String>::new());

    // The raw keys are never written, in any form.
    let hex = |k: &[u8; 32]| {
        k.iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
            .into_bytes()
    };
    let key_needles = vec![keys.0.to_vec(), keys.1.to_vec(), hex(&keys.0), hex(&keys.1)];
    assert_eq!(leaks(dir.path(), &key_needles), Vec::<String>::new());

    // Wipe: nothing left that reads, no key material at all.
    let mut v = sanad_store::Vault::open(
        dir.path(),
        sanad_test_support::env::ManualClock::at(0).shared(),
    )
    .expect("open");
    v.unlock(&common::pass()).expect("unlock");
    v.wipe().expect("wipe");
    let mut after = needles.clone();
    after.extend(key_needles);
    assert_eq!(leaks(dir.path(), &after), Vec::<String>::new());
    assert!(
        all_files(dir.path()).is_empty(),
        "wipe removes every store file"
    );
}

#[test]
fn an_interrupted_wipe_leaves_nothing_decryptable() {
    let (dir, _clock, mut v) = common::new_store("leak-interrupted");
    v.open_case(&marker(1, "ref"), "").expect("open");
    let keys = v.export_keys_for_tests().expect("keys");
    v.shred_keys_only().expect("shred");
    // The database files are still there, but the keys are gone.
    assert!(dir.path().join("cases.db").exists());
    assert!(!dir.path().join("keyring.json").exists());
    let key_needles = vec![keys.0.to_vec(), keys.1.to_vec()];
    assert_eq!(leaks(dir.path(), &key_needles), Vec::<String>::new());
    let mut reopened = sanad_store::Vault::open(
        dir.path(),
        sanad_test_support::env::ManualClock::at(0).shared(),
    )
    .expect("open");
    assert_eq!(
        reopened.unlock(&common::pass()),
        Err(sanad_store::StoreError::NotInitialized)
    );
}

#[test]
fn a_new_store_after_an_interrupted_wipe_starts_clean() {
    let (dir, clock, mut v) = common::new_store("leak-reinit");
    v.open_case(&marker(2, "ref"), "").expect("open");
    v.shred_keys_only().expect("shred");
    let mut fresh = sanad_store::Vault::init(
        dir.path(),
        &common::pass(),
        sanad_store::InitOptions::insecure_fast_for_tests(),
        clock.shared(),
    )
    .expect("init");
    let list = fresh.list().expect("list");
    assert!(list.is_empty(), "no undecryptable leftovers: {list:?}");
    assert_eq!(fresh.events_after(0).expect("events").len(), 0);
    fresh
        .open_case(&marker(2, "ref"), "")
        .expect("the old reference is free again");
}
