//! The service: owns the encrypted store's handle, runs the use cases for each
//! [`Command`], plans background sync, and reports [`Event`]s (plain data) to whoever
//! shows them. It runs on one thread (the app's case worker, or a test); sync runs beside
//! it on its own thread.

use sanad_core::case::CaseRepository;
use sanad_core::{CaseError, Clock, SessionDraft};
use sanad_store::{InitOptions, Notice, Status, StoreError, Vault};
use sanad_sync::{SyncError, SyncOptions};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ids::CaseId;
use crate::problems::{case_problem, store_problem, sync_problem};
mod referral;
mod report;
pub mod retention;
mod rights_cmd;

use crate::sync::{DEFAULT_INTERVAL_SECS, Job, Report, Runner, Schedule};
use crate::usecases::{self, UseCaseError};
use crate::{Command, Event, GateView, Problem};

/// The draft slot of the screening in progress.
pub const DRAFT: &str = "screening";
/// Store setting: the worker's city.
pub const CITY: &str = "app.city";
/// Store setting: seconds between background syncs (decimal text).
pub const SYNC_INTERVAL: &str = "app.sync_interval";
/// Setting: "1" when the worker set a duress passphrase (sealed like every setting).
pub const DURESS_SET: &str = "app.duress_set";

/// Where the encrypted case store lives in the app's data directory.
pub fn store_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("cases")
}

/// How to run the service.
pub struct Config {
    /// The app's data directory (the store in `cases/`, `directory.db`, `content/`).
    pub data_dir: PathBuf,
    /// Options for a new store (tests use a fast key derivation).
    pub init: InitOptions,
    /// Sync timeouts and retries for a run the worker asked for; background runs make one
    /// attempt (the probe) and back off instead.
    pub sync: SyncOptions,
    /// The organisation fingerprint built into this app, used when none is typed.
    pub built_in_org: Option<&'static str>,
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// Where a new store's wrapping key is kept: the platform keystore on phones (Android
    /// Keystore, iOS Secure Enclave), `None` for the `wrap.key` file (desktop). A store
    /// records which at set-up; opening and wiping use this one.
    pub keystore: Option<Arc<dyn sanad_store::Keystore>>,
}

impl Config {
    /// The product settings for `data_dir`.
    pub fn new(data_dir: PathBuf) -> Config {
        Config {
            data_dir,
            init: InitOptions::default(),
            sync: SyncOptions::default(),
            built_in_org: None,
            clock: Arc::new(sanad_store::SystemClock),
            keystore: sanad_store::platform_keystore(),
        }
    }
}

/// The use cases over one store. Dropping it cancels a running sync.
pub struct Service {
    cfg: Config,
    dir: PathBuf,
    vault: Option<Vault>,
    out: Box<dyn FnMut(Event) + Send>,
    filter: String,
    unlocked: bool,
    runner: Runner,
    schedule: Schedule,
}

impl Service {
    /// Open the store (locked) and report the gate; `out` receives every event.
    pub fn start(cfg: Config, out: impl FnMut(Event) + Send + 'static) -> Service {
        let mut s = Service {
            dir: store_dir(&cfg.data_dir),
            cfg,
            vault: None,
            out: Box::new(out),
            filter: String::new(),
            unlocked: false,
            runner: Runner::new(),
            schedule: Schedule::default(),
        };
        s.open();
        s
    }

    fn send(&mut self, e: Event) {
        (self.out)(e);
    }

    fn fail(&mut self, p: Problem) {
        self.send(Event::Notice(p));
    }

    fn now(&self) -> i64 {
        self.cfg.clock.now_ms()
    }

    /// Whether the store is unlocked now (after the idle auto-lock).
    pub fn is_unlocked(&mut self) -> bool {
        self.vault.as_mut().is_some_and(|v| v.is_unlocked())
    }

    /// Whether a sync run is going on.
    pub fn sync_running(&self) -> bool {
        self.runner.is_running()
    }

    /// Whether a sync run still holds a handle on the store (and so its keys).
    pub fn sync_holds_keys(&self) -> bool {
        self.runner.handle_alive()
    }

    /// Events the server has not acknowledged (`None`: locked).
    pub fn pending(&self) -> Option<u64> {
        self.vault
            .as_ref()
            .filter(|_| self.unlocked)
            .map(sanad_sync::pending)
    }

    /// When the next background sync is due (ms since the epoch).
    pub fn next_sync_ms(&self) -> Option<i64> {
        self.schedule.due_ms
    }

    fn gate(&mut self) {
        let view = match self.vault.as_mut().map(|v| v.status()) {
            None | Some(Ok(Status::Uninitialized)) => GateView::FirstRun,
            Some(Ok(Status::Unlocked)) => GateView::Unlocked,
            Some(Ok(Status::Locked {
                failed_attempts,
                attempts_left,
                wait_ms,
            })) => GateView::Locked {
                failed: failed_attempts,
                attempts_left,
                wait_secs: (wait_ms + 999) / 1000,
            },
            Some(Err(e)) => {
                self.fail(store_problem(&e));
                GateView::FirstRun
            }
        };
        self.unlocked = view == GateView::Unlocked;
        if !self.unlocked {
            // Whatever locked the store (the worker, the idle timer, the app hidden, an
            // order), the sync's handle goes too.
            self.runner.stop();
            self.schedule.due_ms = None;
        }
        self.send(Event::Gate(view));
    }

    fn open(&mut self) {
        let keystore = self.cfg.keystore.clone();
        match Vault::open_with_keystore(&self.dir, Arc::clone(&self.cfg.clock), keystore) {
            Ok(mut v) => {
                if v.take_notice() == Some(Notice::DeadManWipe) {
                    self.fail(Problem::new("store-dead-man"));
                }
                self.vault = Some(v);
            }
            Err(e) => self.fail(store_problem(&e)),
        }
        self.gate();
    }

    /// Lock now: the sync's handle is dropped first (a request in flight is abandoned),
    /// then this one's; neither waits for the network.
    pub fn lock(&mut self) {
        self.runner.stop();
        if let Some(v) = self.vault.as_mut() {
            v.lock();
        }
        self.gate();
    }

    /// After unlock or set-up: everything the unlocked screens show, and a sync soon.
    fn unlocked_views(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let draft = v
            .load_draft(DRAFT)
            .ok()
            .flatten()
            .and_then(|b| serde_json::from_slice::<SessionDraft>(&b).ok());
        let interval = v
            .setting(SYNC_INTERVAL)
            .ok()
            .flatten()
            .and_then(|b| String::from_utf8(b).ok()?.parse::<u32>().ok())
            .unwrap_or(DEFAULT_INTERVAL_SECS);
        self.schedule = Schedule {
            interval_ms: i64::from(interval) * 1000,
            due_ms: None,
            failures: 0,
        };
        let now = self.now();
        self.schedule.at_latest(now);
        self.send(Event::Draft(draft));
        self.retention();
        self.follow_ups();
        self.content();
        self.settings();
        self.unsynced();
        self.sync_view();
    }

    /// Run a use case on one case of the unlocked store; on success refresh the case views
    /// and plan a sync. Whether it was made.
    fn change<T>(
        &mut self,
        case: &str,
        f: impl FnOnce(&mut Vault, CaseId) -> Result<T, UseCaseError>,
    ) -> Option<T> {
        let id = match CaseId::parse(case) {
            Ok(id) => id,
            Err(e) => {
                self.fail(UseCaseError::from(e).problem());
                return None;
            }
        };
        let v = self.vault.as_mut()?;
        match f(v, id) {
            Ok(t) => {
                self.detail(id);
                self.list();
                self.changed();
                Some(t)
            }
            Err(e) => {
                self.fail(e.problem());
                None
            }
        }
    }

    /// After a saved change: the count, and a sync once changes stop for a moment.
    fn changed(&mut self) {
        self.follow_ups();
        self.unsynced();
        self.sync_view();
        let now = self.now();
        self.schedule.changed(now);
    }

    /// Handle one command.
    pub fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::Init { pass, duress } => self.init(pass, duress),
            Command::Unlock(pass) => self.unlock(&pass),
            Command::Lock => self.lock(),
            Command::Wipe => self.wipe(),
            Command::SaveDraft(d) => {
                let bytes = serde_json::to_vec(&d).unwrap_or_default();
                if let Some(v) = self.vault.as_mut()
                    && let Err(e) = v.save_draft(DRAFT, &bytes)
                {
                    self.fail(case_problem(e));
                }
            }
            Command::DiscardDraft => {
                if let Some(v) = self.vault.as_mut() {
                    let _ = v.delete_draft(DRAFT);
                }
            }
            Command::SaveScreening(s) => self.save_screening(s),
            Command::AddNote { case, text } => {
                self.change(&case, |v, id| usecases::add_note(v, id, text));
            }
            Command::Referral(r) => self.referral(r),
            Command::Close { case } => {
                self.change(&case, usecases::close);
            }
            Command::ListCases(filter) => {
                self.filter = filter;
                self.list();
            }
            Command::OpenCase(case) => match CaseId::parse(&case) {
                Ok(id) => self.detail(id),
                Err(e) => {
                    self.fail(UseCaseError::from(e).problem());
                    self.send(Event::Case(None));
                }
            },
            Command::Enroll { server, code, org } => {
                self.start_sync(Job::Enroll(server, code, org), false)
            }
            Command::SyncNow => self.start_sync(Job::Run, false),
            Command::Rights { case, action } => self.rights(&case, action),
            other => self.handle_settings(other),
        }
    }

    fn init(&mut self, pass: sanad_store::Secret, duress: Option<sanad_store::Secret>) {
        self.send(Event::Gate(GateView::Busy));
        let opts = InitOptions {
            duress,
            ..self.cfg.init.clone()
        };
        let clock = Arc::clone(&self.cfg.clock);
        let made = match self.cfg.keystore.clone() {
            Some(k) => Vault::init_with_keystore(&self.dir, &pass, opts, clock, k),
            None => Vault::init(&self.dir, &pass, opts, clock),
        };
        match made {
            Ok(v) => {
                self.vault = Some(v);
                self.gate();
                self.unlocked_views();
            }
            Err(e) => {
                self.fail(store_problem(&e));
                self.gate();
            }
        }
    }

    fn unlock(&mut self, pass: &sanad_store::Secret) {
        if self.vault.is_none() {
            return self.open();
        }
        self.send(Event::Gate(GateView::Busy));
        let Some(v) = self.vault.as_mut() else { return };
        let r = v.unlock(pass);
        if let Err(e) = &r {
            let wiped = *e == StoreError::WipedAfterFailures;
            self.fail(store_problem(e));
            if wiped {
                self.vault = None;
                return self.open();
            }
        }
        self.gate();
        if r.is_ok() {
            self.unlocked_views();
        }
    }

    fn wipe(&mut self) {
        self.runner.stop();
        if let Some(v) = self.vault.as_mut()
            && let Err(e) = v.wipe()
        {
            self.fail(store_problem(&e));
        }
        self.vault = None;
        let _ = std::fs::remove_dir_all(self.cfg.data_dir.join("content"));
        self.open();
    }

    fn handle_settings(&mut self, cmd: Command) {
        let Some(v) = self.vault.as_mut() else { return };
        let r: Result<(), StoreError> = match cmd {
            Command::SetIdleLock(secs) => v.policy().and_then(|p| {
                v.set_policy(sanad_store::Policy {
                    idle_lock_secs: secs.clamp(30, 3600),
                    ..p
                })
            }),
            Command::SetDuress(d) => match v.set_duress(d.as_ref()) {
                Ok(()) => {
                    let id = if d.is_some() {
                        "settings-duress-saved"
                    } else {
                        "settings-duress-removed"
                    };
                    let flag: &[u8] = if d.is_some() { b"1" } else { b"0" };
                    let r = v.put_setting(DURESS_SET, flag).map_err(StoreError::from);
                    self.send(Event::Notice(Problem::new(id)));
                    r
                }
                Err(e) => Err(e),
            },
            Command::ChangePassphrase { old, new } => match v.change_passphrase(&old, &new) {
                Ok(()) => {
                    self.send(Event::Notice(Problem::new("settings-passphrase-saved")));
                    return;
                }
                Err(e) => Err(e),
            },
            Command::SetCity(city) => v
                .put_setting(CITY, &city.unwrap_or_default().into_bytes())
                .map_err(StoreError::from),
            Command::SetSyncInterval(secs) => {
                let secs = if secs == 0 { 0 } else { secs.clamp(60, 86_400) };
                self.schedule.interval_ms = i64::from(secs) * 1000;
                v.put_setting(SYNC_INTERVAL, secs.to_string().as_bytes())
                    .map_err(StoreError::from)
            }
            _ => Ok(()),
        };
        if let Err(e) = r {
            self.fail(store_problem(&e));
        }
        self.settings();
    }

    fn save_screening(&mut self, s: usecases::ScreeningToSave) {
        let reference = s.reference.trim().to_owned();
        let Some(v) = self.vault.as_mut() else {
            return self.fail(case_problem(CaseError::Locked));
        };
        match usecases::save_screening(v, s, Some(DRAFT)) {
            Ok(case) => {
                self.send(Event::Saved {
                    case: case.to_string(),
                    reference,
                });
                self.send(Event::Draft(None));
                self.detail(case);
                self.list();
                self.changed();
            }
            Err(e) => self.fail(e.problem()),
        }
    }

    fn sync_options(&self, background: bool) -> SyncOptions {
        let mut o = self.cfg.sync.clone();
        o.directory = Some(self.cfg.data_dir.join("directory.db"));
        o.content_dir = Some(self.cfg.data_dir.join("content"));
        if background {
            // One attempt: a probe that does not answer means "later", with backoff.
            o.max_attempts = 1;
        }
        o
    }

    fn start_sync(&mut self, job: Job, background: bool) {
        if self.runner.is_running() {
            return self.sync_view();
        }
        let Some(v) = self.vault.as_mut() else { return };
        let shared = match v.share() {
            Ok(s) => s,
            Err(e) => {
                self.fail(store_problem(&e));
                return self.gate();
            }
        };
        let opts = self.sync_options(background);
        self.runner
            .start(shared, job, opts, self.cfg.built_in_org, background);
        self.sync_view();
    }

    /// Time passes: apply the idle auto-lock, take a finished sync's report, start a
    /// background sync when one is due. The app calls it often (every 250 ms).
    pub fn tick(&mut self) {
        if self.unlocked && !self.is_unlocked() {
            self.gate();
        }
        if let Some(r) = self.runner.poll() {
            self.finished(r);
        }
        let now = self.now();
        if self.unlocked && !self.runner.is_running() && self.schedule.due(now) {
            let enrolled = self
                .vault
                .as_ref()
                .is_some_and(|v| sanad_sync::enrolled_server(v).is_some());
            if enrolled {
                self.start_sync(Job::Run, true);
            } else {
                // Nothing can be sent: no attempt, no backoff, no "Syncing…".
                self.schedule.due_ms = None;
            }
        }
    }

    fn finished(&mut self, r: Report) {
        let now = self.now();
        match r.result {
            Ok(_) => {
                self.schedule.finished(now, true);
                self.send(Event::Pulled);
                self.content();
            }
            Err(SyncError::Wiped) => {
                self.fail(sync_problem(&SyncError::Wiped));
                self.vault = None;
                return self.open();
            }
            Err(SyncError::Locked) => {
                self.fail(sync_problem(&SyncError::Locked));
                return self.lock();
            }
            Err(e) => {
                self.schedule.finished(now, false);
                if !r.background {
                    self.fail(sync_problem(&e));
                }
            }
        }
        if self.is_unlocked() {
            self.sync_view();
            self.unsynced();
        }
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        self.runner.stop();
    }
}
