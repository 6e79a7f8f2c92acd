//! The app's back end: two worker threads that own everything slow or sensitive, so the
//! UI thread never waits on a disk, a key derivation or the network.
//!
//! - the **case worker** runs the [`sanad_service::Service`] (the encrypted store, the use
//!   cases, background sync on its own thread) and passes its events on;
//! - the **directory worker** owns the directory database and its search index (opening it
//!   builds the index, so it starts in the background and never delays the first paint).
//!
//! Both take commands on a channel and report [`Out`] events on one channel that the UI's
//! runtime task reads. Events carry views (plain data to show), never handles.

mod cases;
mod directory;
mod views;

pub use directory::{DirCmd, DirectorySearch, SAMPLE_DIRECTORY};
pub use sanad_service::{
    CaseDetail, CaseRow, Command as CaseCmd, GateView, Problem, ReferralRow, ScreeningToSave,
    SettingsView, SyncView, TimelineItem, Waiting,
};
pub use sanad_service::{FollowUp, ReferralCommand, SlipView};
pub use views::*;

use futures_channel::mpsc::UnboundedSender;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Commands sent to any worker and not yet fully handled (their events are out before the
/// count drops). Test harnesses wait for it to reach zero instead of sleeping.
static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);

/// Commands not yet handled, over every back end in this process.
pub fn in_flight() -> usize {
    IN_FLIGHT.load(Ordering::SeqCst)
}

pub(crate) fn handled() {
    IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
}

/// Handles to both workers. Dropping it stops them (their channels close).
pub struct Backend {
    cases: mpsc::Sender<CaseCmd>,
    dir: mpsc::Sender<DirCmd>,
}

impl Backend {
    /// Start both workers on the app's data directory; they report on `out`.
    pub fn start(data_dir: PathBuf, out: UnboundedSender<Out>) -> Backend {
        // The workers' first reports (directory opened, store state) count as in flight.
        IN_FLIGHT.fetch_add(2, Ordering::SeqCst);
        let (dir_tx, dir_rx) = mpsc::channel();
        let (case_tx, case_rx) = mpsc::channel();
        let d = data_dir.clone();
        let o = out.clone();
        std::thread::Builder::new()
            .name("sanad-directory".into())
            .spawn(move || directory::run(&d, dir_rx, o))
            .expect("start the directory worker");
        let dir = dir_tx.clone();
        std::thread::Builder::new()
            .name("sanad-cases".into())
            .spawn(move || cases::run(&data_dir, case_rx, dir, out))
            .expect("start the case worker");
        Backend {
            cases: case_tx,
            dir: dir_tx,
        }
    }

    /// Send a command to the case worker.
    pub fn cases(&self, cmd: CaseCmd) {
        IN_FLIGHT.fetch_add(1, Ordering::SeqCst);
        // A send fails only once the worker has ended (the app is closing).
        if self.cases.send(cmd).is_err() {
            handled();
        }
    }

    /// Send a command to the directory worker.
    pub fn directory(&self, cmd: DirCmd) {
        IN_FLIGHT.fetch_add(1, Ordering::SeqCst);
        if self.dir.send(cmd).is_err() {
            handled();
        }
    }
}

/// The organisation's root-key fingerprint built into this app (an organisation's own
/// build sets `SANAD_ORG_FINGERPRINT` at compile time); without it the worker types the
/// fingerprint at enrollment.
pub const BUILT_IN_ORG: Option<&str> = option_env!("SANAD_ORG_FINGERPRINT");

/// Whether a case store was set up in this data directory (its key file exists; nothing
/// is read). Lets the first frame show the unlock or set-up screen at once; the case
/// worker then reports the exact state (attempts left, wait, or a dead-man wipe).
pub fn store_exists(data_dir: &std::path::Path) -> bool {
    sanad_store::Vault::exists(&sanad_service::store_dir(data_dir))
}

pub use sanad_service::referral_key;
