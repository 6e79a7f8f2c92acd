//! Start-up measurement hooks, compiled only with the `bench-hooks` feature (never in a
//! product build): `scripts/bench-app` starts the release app with `SANAD_BENCH=1` and
//! reads two lines from its standard output.
//!
//! - `SANAD_FIRST_PAINT`: the first frame after the app mounted;
//! - `SANAD_READY`: the first frame after the data are loaded (the directory index built
//!   and, if `SANAD_BENCH_PASSPHRASE` is set, the store unlocked and the case list read).
//!
//! The app exits 2 s after `SANAD_READY`, so the harness can sample its memory first.

use dioxus::prelude::*;

/// Whether this run is measured.
pub fn enabled() -> bool {
    std::env::var_os("SANAD_BENCH").is_some()
}

/// The passphrase to unlock with at start (bench data only).
pub fn passphrase() -> Option<String> {
    enabled()
        .then(|| std::env::var("SANAD_BENCH_PASSPHRASE").ok())
        .flatten()
}

/// After the next two animation frames (the page is painted), print `marker`.
pub fn report_after_paint(marker: &'static str, exit: bool) {
    spawn(async move {
        let mut e = document::eval(
            "requestAnimationFrame(() => requestAnimationFrame(() => dioxus.send(1)));",
        );
        let _ = e.recv::<i32>().await;
        println!("{marker}");
        if exit {
            std::thread::spawn(|| {
                std::thread::sleep(std::time::Duration::from_secs(2));
                std::process::exit(0);
            });
        }
    });
}
