//! Access export bench (issue 17, part 2; target ≤ 2 s for a case with 500 events):
//! `cargo run -p sanad-service --example access_bench`. Measures, in the same run, the
//! baseline — reading the case's state and its 500 events from the encrypted store — and
//! the full export (the same reads, the Arabic page and the JSON), and prints both with
//! their ratio (BENCHMARKS.md).

use sanad_core::CaseRepository;
use sanad_i18n::{Lang, Localizer};
use sanad_service::{access, usecases};
use sanad_store::{InitOptions, Secret, SystemClock, Vault};
use std::sync::Arc;
use std::time::Instant;

const RUNS: u32 = 20;

fn main() {
    let dir = std::env::temp_dir().join(format!("sanad-access-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let pass = Secret::new("an invented passphrase for the bench".into());
    let mut v =
        Vault::init(&dir, &pass, InitOptions::default(), Arc::new(SystemClock)).expect("store");
    let c = usecases::open_case(&mut v, "BENCH-ACCESS", "Invented alias", true).expect("case");
    while v.events(c.raw()).expect("events").len() < 500 {
        let text = "ملاحظة مُختلَقة للقياس فقط، بلا أي معلومة حقيقية. Note inventée.".repeat(3);
        usecases::add_note(&mut v, c, text).expect("note");
    }
    let l10n = Localizer::new().expect("l10n");
    let time = |f: &mut dyn FnMut()| {
        f();
        let t = Instant::now();
        for _ in 0..RUNS {
            f();
        }
        t.elapsed().as_secs_f64() * 1000.0 / f64::from(RUNS)
    };
    let base = time(&mut || {
        let s = v.case(c.raw()).expect("state");
        let e = v.events(c.raw()).expect("events");
        assert!(!s.reference.is_empty() && e.len() == 500);
    });
    let export = time(&mut || {
        let x = access::access_export(&v, &l10n, Lang::Ar, c, 0).expect("export");
        assert!(x.html.len() > 10_000 && x.json.len() > 10_000);
    });
    println!("events: 500, runs: {RUNS}");
    println!("baseline (read state + 500 events): {base:.1} ms");
    println!("access export (reads + Arabic page + JSON): {export:.1} ms");
    println!("ratio export / baseline: {:.2}", export / base);
    v.lock();
    let _ = std::fs::remove_dir_all(&dir);
}
