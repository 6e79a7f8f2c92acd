//! Writes the data set `scripts/bench-app` starts the app on: 10,000 generated trilingual
//! services in `directory.db` and 1,000 invented cases (opened, consent, one screening)
//! in an encrypted store, in the data directory given as the first argument.
//!
//! Usage: `bench_data <data-dir> <passphrase>`

use sanad_core::case::{ConsentScope, EventKind};
use sanad_core::{CaseRepository, Classification, Outcome, RefCategory};
use sanad_store::directory::Directory;
use sanad_store::{InitOptions, Secret, SystemClock, Vault};
use std::sync::Arc;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("data directory"));
    let pass = args.next().expect("passphrase");
    std::fs::create_dir_all(&dir).expect("data directory");
    let json = sanad_test_support::directory::generate_directory(10_000, 7);
    let services = sanad_core::directory::parse_json("generated", &json).expect("services");
    let mut d = Directory::open(&dir.join("directory.db")).expect("directory");
    d.replace_all(&services, None).expect("import");
    let mut v = Vault::init(
        dir.join("cases"),
        &Secret::new(pass),
        InitOptions::default(),
        Arc::new(SystemClock),
    )
    .expect("store");
    for i in 0..1_000 {
        let opened = v
            .open_case(&format!("BENCH-{i:04}"), "Invented person")
            .expect("case");
        let c = opened.case_id;
        v.append(
            c,
            EventKind::ConsentRecorded {
                scope: ConsentScope::DataStorage,
                given: true,
            },
        )
        .expect("consent");
        v.append(
            c,
            EventKind::ScreeningRecorded {
                answers: Default::default(),
                outcome: Outcome::TipIndicatorsMet,
                classification: Classification::SmugglingAndTraffickingIndicators,
                referrals: vec![RefCategory::Medical],
            },
        )
        .expect("screening");
    }
    println!("wrote 10000 services and 1000 cases to {}", dir.display());
}
