//! Sync off the lock path: each run works on its own thread (a small tokio runtime) with
//! its own handle on the unlocked store ([`Vault::share`]), so locking never waits for the
//! network. Locking cancels the run at its next await point (a request in flight is
//! dropped) and waits only until that handle, and with it its keys, is gone.
//!
//! Nothing is lost or sent twice by a cancelled run: every event is in the case log, the
//! outbox and the acknowledged sequence are saved in one transaction each, and the server
//! acknowledges a repeated event again instead of storing it twice.

use sanad_store::Vault;
use sanad_sync::{SyncClient, SyncError, SyncOptions, SyncStatus};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Weak};
use std::time::Duration;
use tokio::sync::Mutex;

/// What a run does.
#[derive(Debug, Clone)]
pub(crate) enum Job {
    /// Enroll first (server address, one-time code, the organisation's fingerprint as
    /// typed), then sync.
    Enroll(String, String, String),
    /// Sync.
    Run,
}

/// How a run ended.
#[derive(Debug)]
pub(crate) struct Report {
    pub result: Result<SyncStatus, SyncError>,
    /// Started by the schedule (not by the worker's tap).
    pub background: bool,
}

struct Running {
    cancel: tokio::sync::oneshot::Sender<()>,
    dropped: Receiver<()>,
    handle: Weak<Mutex<Vault>>,
    background: bool,
}

/// The one sync run at a time, and its reports.
pub(crate) struct Runner {
    tx: Sender<Report>,
    rx: Receiver<Report>,
    running: Option<Running>,
    /// The last run's store handle, kept after it ended or was stopped: whether it is
    /// really gone can be checked at any time.
    last: Weak<Mutex<Vault>>,
}

impl Runner {
    pub fn new() -> Runner {
        let (tx, rx) = channel();
        Runner {
            tx,
            rx,
            running: None,
            last: Weak::new(),
        }
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Whether the running one was started by the schedule.
    pub fn is_background(&self) -> bool {
        self.running.as_ref().is_some_and(|r| r.background)
    }

    /// Whether a run's store handle (and so a copy of the keys) still exists.
    pub fn handle_alive(&self) -> bool {
        self.last.strong_count() > 0
    }

    /// Start a run on `vault` (a shared handle). `org_default` is the fingerprint used
    /// when none was typed.
    pub fn start(
        &mut self,
        vault: Vault,
        job: Job,
        opts: SyncOptions,
        org_default: Option<&'static str>,
        background: bool,
    ) {
        let shared = Arc::new(Mutex::new(vault));
        let handle = Arc::downgrade(&shared);
        self.last = handle.clone();
        let (cancel, cancelled) = tokio::sync::oneshot::channel::<()>();
        let (dropped_tx, dropped) = channel();
        let tx = self.tx.clone();
        let spawned = std::thread::Builder::new()
            .name("sanad-sync".into())
            .spawn(move || {
                let result = run_thread(&shared, job, opts, org_default, cancelled);
                // The handle (its keys zeroized) goes first; then the report.
                drop(shared);
                let _ = dropped_tx.send(());
                if let Some(result) = result {
                    let _ = tx.send(Report { result, background });
                }
            });
        if let Err(e) = spawned {
            let _ = self.tx.send(Report {
                result: Err(SyncError::Store(e.to_string())),
                background,
            });
            return;
        }
        self.running = Some(Running {
            cancel,
            dropped,
            handle,
            background,
        });
    }

    /// A finished run's report, if there is one.
    pub fn poll(&mut self) -> Option<Report> {
        let r = self.rx.try_recv().ok()?;
        self.running = None;
        Some(r)
    }

    /// Stop the running sync: cancel it and wait until its store handle is dropped. The
    /// run is parked at a network await (cancelled at once) or inside one short store
    /// operation; the wait is bounded all the same. Returns whether the handle is gone.
    pub fn stop(&mut self) -> bool {
        let Some(r) = self.running.take() else {
            return true;
        };
        let _ = r.cancel.send(());
        let _ = r.dropped.recv_timeout(Duration::from_millis(150));
        // A report sent before the cancel arrived is stale now: drop it.
        while self.rx.try_recv().is_ok() {}
        r.handle.strong_count() == 0
    }
}

fn run_thread(
    shared: &Mutex<Vault>,
    job: Job,
    opts: SyncOptions,
    org_default: Option<&'static str>,
    cancelled: tokio::sync::oneshot::Receiver<()>,
) -> Option<Result<SyncStatus, SyncError>> {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return Some(Err(SyncError::Store(e.to_string()))),
    };
    let result = rt.block_on(async {
        tokio::select! {
            r = work(shared, job, opts, org_default) => Some(r),
            _ = cancelled => None,
        }
    });
    // Connections and timers of the cancelled run end with the runtime, without waiting.
    rt.shutdown_background();
    result
}

async fn work(
    shared: &Mutex<Vault>,
    job: Job,
    opts: SyncOptions,
    org_default: Option<&'static str>,
) -> Result<SyncStatus, SyncError> {
    let mut client = SyncClient::new(opts)?;
    let mut v = shared.lock().await;
    if let Job::Enroll(server, code, org) = job {
        let typed = if org.trim().is_empty() {
            org_default.unwrap_or_default()
        } else {
            org.as_str()
        };
        let pin = sanad_sync::parse_fingerprint(typed)
            .map_err(|e| SyncError::Enrollment(e.to_string()))?;
        client.enroll(&mut v, &server, &code, &pin).await?;
    }
    client.run(&mut v).await
}

/// When the next background run is due.
#[derive(Debug, Clone, Default)]
pub(crate) struct Schedule {
    /// Periodic runs every this many ms (0: none).
    pub interval_ms: i64,
    /// The next run (ms since the epoch); `None`: none planned.
    pub due_ms: Option<i64>,
    /// Background runs that failed in a row (the backoff's exponent).
    pub failures: u32,
}

/// A saved change is sent after this quiet time (more changes in it move it on).
pub const DEBOUNCE_MS: i64 = 3_000;
/// The first retry after a failed background run; doubled after each failure.
pub const BACKOFF_BASE_MS: i64 = 15_000;
/// The longest wait between background attempts.
pub const BACKOFF_MAX_MS: i64 = 30 * 60_000;
/// Periodic runs by default.
pub const DEFAULT_INTERVAL_SECS: u32 = 900;

impl Schedule {
    /// Plan a run at `at` unless one is planned earlier.
    pub fn at_latest(&mut self, at: i64) {
        self.due_ms = Some(self.due_ms.map_or(at, |d| d.min(at)));
    }

    /// After a saved change: a run once changes stop for [`DEBOUNCE_MS`].
    pub fn changed(&mut self, now: i64) {
        self.due_ms = Some(now + DEBOUNCE_MS);
    }

    /// After a run: the next periodic one, or the backoff after a failure.
    pub fn finished(&mut self, now: i64, ok: bool) {
        if ok {
            self.failures = 0;
            self.due_ms = (self.interval_ms > 0).then_some(now + self.interval_ms);
        } else {
            self.failures = self.failures.saturating_add(1);
            self.due_ms = Some(now + backoff_ms(self.failures));
        }
    }

    /// Whether a run is due at `now`.
    pub fn due(&self, now: i64) -> bool {
        self.due_ms.is_some_and(|d| d <= now)
    }
}

/// The wait after `failures` failed background runs in a row: 15 s, 30 s, 1 min, ...
/// up to 30 min.
pub fn backoff_ms(failures: u32) -> i64 {
    let shift = failures.saturating_sub(1).min(16);
    (BACKOFF_BASE_MS << shift).min(BACKOFF_MAX_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_fifteen_seconds_up_to_thirty_minutes() {
        let waits: Vec<i64> = (1..=9).map(backoff_ms).collect();
        assert_eq!(
            waits,
            [
                15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000
            ]
        );
    }

    #[test]
    fn changes_are_debounced_and_a_success_plans_the_periodic_run() {
        let mut s = Schedule {
            interval_ms: 60_000,
            ..Schedule::default()
        };
        s.changed(1_000);
        s.changed(2_000);
        assert!(!s.due(4_999), "a change 3 s ago is not sent yet");
        assert!(s.due(5_000));
        s.finished(5_000, false);
        s.finished(20_000, false);
        assert_eq!(s.due_ms, Some(20_000 + 30_000), "second failure waits 30 s");
        s.finished(50_000, true);
        assert_eq!((s.failures, s.due_ms), (0, Some(110_000)));
        s.interval_ms = 0;
        s.finished(60_000, true);
        assert_eq!(s.due_ms, None, "no periodic run when the interval is off");
    }
}
