//! Unlock cost against the raw key derivation, in the same run (ADR 0001):
//!
//! - raw PBKDF2-HMAC-SHA256, 600,000 iterations (`sanad_crypto::kdf`, ring), the baseline;
//! - a full unlock of a store with 50 cases: read the key files and the wrapping key,
//!   derive, unwrap, open and check the database, write the state file;
//! - a duress unlock (wipe, then a new empty store from the same derivation);
//! - Argon2id at RFC 9106's second recommended setting (t = 3, p = 4, m = 64 MiB) and
//!   at a phone-sized setting (t = 3, p = 1, m = 19 MiB, OWASP's minimum), for the choice
//!   between the two KDFs.
//!
//! `cargo bench -p sanad-store --bench unlock` (medians of 7; ratios to the raw KDF).

use argon2::{Algorithm, Argon2, Params, Version};
use sanad_core::{CaseRepository, EventKind};
use sanad_store::{InitOptions, Secret, SystemClock, Vault};
use std::sync::Arc;
use std::time::{Duration, Instant};

const RUNS: usize = 7;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(mut f: impl FnMut()) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn argon(t: u32, p: u32, m_kib: u32) -> Duration {
    let params = Params::new(m_kib, t, p, Some(32)).expect("params");
    let a = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    time(|| {
        let mut out = [0u8; 32];
        a.hash_password_into(b"correct horse battery staple", &[7u8; 16], &mut out)
            .expect("argon2");
    })
}

fn main() {
    let dir = std::env::temp_dir().join(format!("sanad-bench-unlock-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let pass = Secret::new("correct horse battery staple".into());
    let duress = Secret::new("a different duress phrase".into());
    let opts = InitOptions {
        duress: Some(Secret::new("a different duress phrase".into())),
        ..InitOptions::default()
    };
    let mut v = Vault::init(dir.join("store"), &pass, opts, Arc::new(SystemClock)).expect("init");
    for i in 0..50 {
        let c = v
            .open_case(&format!("B-{i}"), "invented")
            .expect("case")
            .case_id;
        v.append(
            c,
            EventKind::NoteAdded {
                text: "invented".into(),
            },
        )
        .expect("note");
    }
    v.lock();
    let salt = "07".repeat(16);
    let raw = time(|| {
        sanad_store::keyring::derive_for_tests(&pass, 600_000, &salt).expect("derive");
    });
    let unlock = time(|| {
        v.unlock(&pass).expect("unlock");
        v.lock();
    });
    // Each duress run needs a store that still has its duress slot: set up outside the
    // timed part.
    let duress_unlock = median(
        (0..RUNS)
            .map(|i| {
                let opts = InitOptions {
                    duress: Some(Secret::new("a different duress phrase".into())),
                    ..InitOptions::default()
                };
                let d = dir.join(format!("duress-{i}"));
                let mut dv = Vault::init(&d, &pass, opts, Arc::new(SystemClock)).expect("init");
                dv.lock();
                let t = Instant::now();
                dv.unlock(&duress).expect("duress unlock");
                let e = t.elapsed();
                assert_eq!(dv.list().expect("list").len(), 0, "a duress store is empty");
                e
            })
            .collect(),
    );
    let rfc = argon(3, 4, 64 * 1024);
    let phone = argon(3, 1, 19 * 1024);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let ratio = |d: Duration| d.as_secs_f64() / raw.as_secs_f64();
    println!("| measure | median of {RUNS} | ratio to raw PBKDF2 |");
    println!("|---|---|---|");
    println!(
        "| raw PBKDF2-HMAC-SHA256, 600,000 iterations | {:.0} ms | 1.00× |",
        ms(raw)
    );
    println!(
        "| unlock (key files, wrapping key, derive, unwrap, database, state) | {:.0} ms | {:.2}× |",
        ms(unlock),
        ratio(unlock)
    );
    println!(
        "| duress unlock (wipe, new store, same derivation) | {:.0} ms | {:.2}× |",
        ms(duress_unlock),
        ratio(duress_unlock)
    );
    println!(
        "| Argon2id t=3 p=4 m=64 MiB (RFC 9106 second option) | {:.0} ms | {:.2}× |",
        ms(rfc),
        ratio(rfc)
    );
    println!(
        "| Argon2id t=3 p=1 m=19 MiB (OWASP minimum) | {:.0} ms | {:.2}× |",
        ms(phone),
        ratio(phone)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
