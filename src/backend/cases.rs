//! The case worker: owns the encrypted store and the sync client.
//!
//! Every command that changes the store is one store operation (the store makes each
//! append atomic); a failure is reported as a [`Problem`] and changes nothing. Auto-lock is
//! checked every second; locking drops the keys from memory.

use futures_channel::mpsc::UnboundedSender;
use sanad_core::case::{ConsentScope, EventKind, ReferralStatus};
use sanad_core::{Answer, CaseError, CaseRepository, Classification, Id, Outcome, RefCategory};
use sanad_core::{SessionDraft, code_id};
use sanad_store::{InitOptions, Notice, Secret, Status, StoreError, SystemClock, Vault};
use sanad_sync::{SyncClient, SyncError, SyncOptions};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::{
    CaseDetail, CaseRow, DirCmd, GateView, Out, Problem, ReferralRow, SettingsView, SyncView,
    TimelineItem,
};

/// Where the encrypted case store lives in the app's data directory.
pub(crate) fn store_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("cases")
}

/// The draft slot of the screening in progress.
const DRAFT: &str = "screening";
/// Store setting: the worker's city.
const CITY: &str = "app.city";

/// A screening's answers and result, and the case to save them to.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningToSave {
    /// Case reference (an existing case gets the screening; a new reference opens one).
    pub reference: String,
    /// Alias the person chose (may be empty; used when a case is opened).
    pub alias: String,
    /// The person agreed to keeping a record (Law 09-08); without it nothing is saved.
    pub record_consent: bool,
    /// Answers by code.
    pub answers: BTreeMap<String, Answer>,
    /// Outcome.
    pub outcome: Outcome,
    /// Classification.
    pub classification: Classification,
    /// Suggested referral categories.
    pub referrals: Vec<RefCategory>,
}

/// What the case worker does.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseCmd {
    /// First run: create the store.
    Init {
        /// The passphrase.
        pass: Secret,
        /// An optional duress passphrase (opens an empty store and wipes the real one).
        duress: Option<Secret>,
    },
    /// Unlock.
    Unlock(Secret),
    /// Lock now (the keys leave memory).
    Lock,
    /// Erase every case on this device.
    Wipe,
    /// Save the screening in progress (encrypted).
    SaveDraft(SessionDraft),
    /// Drop the screening in progress.
    DiscardDraft,
    /// Save a screening's result to a new or existing case (by reference).
    SaveScreening(ScreeningToSave),
    /// Record a referral the person agreed to.
    Refer {
        /// Case id.
        case: String,
        /// Category.
        category: RefCategory,
        /// Directory service id.
        service: Option<String>,
    },
    /// Add a note.
    AddNote {
        /// Case id.
        case: String,
        /// The note.
        text: String,
    },
    /// Change a referral's status.
    SetReferralStatus {
        /// Case id.
        case: String,
        /// The referral's event id.
        referral: String,
        /// New status.
        status: ReferralStatus,
    },
    /// Close a case.
    Close {
        /// Case id.
        case: String,
    },
    /// List cases whose reference or alias contains this text.
    ListCases(String),
    /// Open one case.
    OpenCase(String),
    /// Enroll with a server.
    Enroll {
        /// Server address.
        server: String,
        /// One-time code.
        code: String,
        /// The organisation's fingerprint as typed (empty: the built-in one).
        org: String,
    },
    /// Sync now.
    SyncNow,
    /// Auto-lock after this many seconds.
    SetIdleLock(u32),
    /// Set or clear the duress passphrase.
    SetDuress(Option<Secret>),
    /// Change the passphrase (the old one proves it is the worker).
    ChangePassphrase {
        /// The passphrase now.
        old: Secret,
        /// The new passphrase.
        new: Secret,
    },
    /// The worker's city.
    SetCity(Option<String>),
}

fn store_problem(e: &StoreError) -> Problem {
    match e {
        StoreError::WrongPassphrase { attempts_left } => {
            Problem::with_n("unlock-wrong", i64::from(*attempts_left))
        }
        StoreError::TryLater { wait_ms } => Problem::with_n("unlock-wait", (wait_ms + 999) / 1000),
        StoreError::WipedAfterFailures => Problem::new("unlock-wiped"),
        StoreError::WeakPassphrase(why) => Problem::with_detail("setup-weak", why),
        StoreError::Case(CaseError::DuplicateReference) => Problem::new("case-duplicate"),
        StoreError::Case(CaseError::Locked) => Problem::new("store-locked"),
        e => Problem::with_detail("store-failed", e),
    }
}

fn case_problem(e: CaseError) -> Problem {
    store_problem(&StoreError::Case(e))
}

/// The sync failure as a message id, with the client's own (data-free) words.
pub(crate) fn sync_problem(e: &SyncError) -> Problem {
    let id = match e {
        SyncError::NotEnrolled => "sync-not-enrolled",
        SyncError::Store(_) => "sync-store",
        SyncError::Offline(_) => "sync-offline",
        SyncError::Refused(_) => "sync-refused",
        SyncError::Wiped => "sync-wiped",
        SyncError::Locked => "sync-locked",
        SyncError::Enrollment(_) => "sync-enroll-failed",
        SyncError::ReEnroll => "sync-reenroll",
    };
    Problem::with_detail(id, e)
}

fn kind_detail(k: &EventKind) -> String {
    match k {
        EventKind::Opened { .. } => String::new(),
        EventKind::ScreeningRecorded { classification, .. } => classification.as_str().to_owned(),
        EventKind::NoteAdded { text } => text.clone(),
        EventKind::ConsentRecorded { scope, given } => format!(
            "{}:{}",
            match scope {
                ConsentScope::DataStorage => "data",
                ConsentScope::Referral => "referral",
                ConsentScope::LawEnforcement => "law",
            },
            given
        ),
        EventKind::ReferralMade { category, .. } => category.as_str().to_owned(),
        EventKind::ReferralStatusChanged { status, .. } => status_key(*status).to_owned(),
        EventKind::Closed { reason } => reason.clone(),
    }
}

pub(crate) fn status_key(s: ReferralStatus) -> &'static str {
    match s {
        ReferralStatus::Made => "made",
        ReferralStatus::Accepted => "accepted",
        ReferralStatus::Completed => "completed",
        ReferralStatus::Declined => "declined",
        ReferralStatus::Withdrawn => "withdrawn",
    }
}

struct Worker {
    dir: PathBuf,
    vault: Option<Vault>,
    out: UnboundedSender<Out>,
    directory: Sender<DirCmd>,
    directory_db: PathBuf,
    content_dir: PathBuf,
    filter: String,
    unlocked: bool,
}

impl Worker {
    fn send(&self, e: Out) {
        let _ = self.out.unbounded_send(e);
    }

    fn fail(&self, p: Problem) {
        self.send(Out::Notice(p));
    }

    fn gate(&mut self) {
        let view = match self.vault.as_mut().map(|v| v.status()) {
            None => GateView::FirstRun,
            Some(Ok(Status::Uninitialized)) => GateView::FirstRun,
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
        self.send(Out::Gate(view));
    }

    fn open(&mut self) {
        match Vault::open(&self.dir, Arc::new(SystemClock)) {
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

    /// After unlock or set-up: everything the unlocked screens show.
    fn unlocked_views(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let draft = v
            .load_draft(DRAFT)
            .ok()
            .flatten()
            .and_then(|b| serde_json::from_slice::<SessionDraft>(&b).ok());
        self.send(Out::Draft(draft));
        self.settings();
        self.unsynced();
        self.sync_view(false);
    }

    fn settings(&self) {
        let Some(v) = self.vault.as_ref() else { return };
        self.send(Out::Settings(SettingsView {
            idle_lock_secs: v.policy().map(|p| p.idle_lock_secs).unwrap_or(300),
            city: v
                .setting(CITY)
                .ok()
                .flatten()
                .and_then(|b| String::from_utf8(b).ok()),
        }));
    }

    fn unsynced(&self) {
        let Some(v) = self.vault.as_ref() else { return };
        self.send(Out::Unsynced(sanad_sync::pending(v)));
    }

    fn sync_view(&self, running: bool) {
        let Some(v) = self.vault.as_ref() else { return };
        let s = sanad_sync::saved_status(v);
        self.send(Out::Sync(SyncView {
            server: sanad_sync::enrolled_server(v),
            running,
            pending: s.pending,
            last_success_ms: s.last_success_ms,
            last_error: s
                .last_error
                .map(|e| Problem::with_detail("sync-last-error", e)),
            quarantined: s.quarantined,
        }));
    }

    fn list(&self) {
        let Some(v) = self.vault.as_ref() else { return };
        let needle = self.filter.trim().to_lowercase();
        match v.list() {
            Ok(rows) => {
                let rows = rows
                    .into_iter()
                    .filter_map(Result::ok)
                    .filter(|c| {
                        needle.is_empty()
                            || c.reference.to_lowercase().contains(&needle)
                            || c.alias.to_lowercase().contains(&needle)
                    })
                    .map(|c| CaseRow {
                        id: c.id.to_string(),
                        reference: c.reference,
                        alias: c.alias,
                        last: c.last_screening,
                        open_referrals: c.open_referrals,
                        closed: c.closed,
                        updated_ms: c.updated_ms,
                    })
                    .collect();
                self.send(Out::Cases(rows));
            }
            Err(e) => self.fail(case_problem(e)),
        }
    }

    fn detail(&self, case: Id) {
        let Some(v) = self.vault.as_ref() else { return };
        let (state, events) = match (v.case(case), v.events(case)) {
            (Ok(s), Ok(e)) => (s, e),
            (Err(e), _) | (_, Err(e)) => return self.fail(case_problem(e)),
        };
        self.send(Out::Case(Some(CaseDetail {
            id: case.to_string(),
            reference: state.reference,
            alias: state.alias,
            last: state.last_screening,
            notes: state.notes,
            referrals: state
                .referrals
                .iter()
                .map(|r| ReferralRow {
                    id: r.id.to_string(),
                    category: r.category,
                    service: r.service.clone(),
                    status: status_key(r.status),
                })
                .collect(),
            closed: state.closed,
            timeline: events
                .iter()
                .map(|e| TimelineItem {
                    id: e.id.to_string(),
                    at_ms: e.at_ms,
                    kind: e.kind.type_name(),
                    detail: kind_detail(&e.kind),
                })
                .collect(),
        })));
    }

    /// Run a change to one case on the unlocked store; on success refresh the case views.
    /// Whether it was made.
    fn change(&mut self, case: Id, f: impl FnOnce(&mut Vault) -> Result<(), CaseError>) -> bool {
        let Some(v) = self.vault.as_mut() else {
            return false;
        };
        match f(v) {
            Ok(()) => {
                self.detail(case);
                self.list();
                self.unsynced();
                true
            }
            Err(e) => {
                self.fail(case_problem(e));
                false
            }
        }
    }

    fn sync(&mut self, enroll: Option<(String, String, String)>) {
        self.sync_view(true);
        let Some(v) = self.vault.as_mut() else { return };
        let opts = SyncOptions {
            directory: Some(self.directory_db.clone()),
            content_dir: Some(self.content_dir.clone()),
            ..SyncOptions::default()
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build();
        let result = match (rt, SyncClient::new(opts)) {
            (Ok(rt), Ok(mut client)) => rt.block_on(async {
                if let Some((server, code, org)) = &enroll {
                    let typed = if org.trim().is_empty() {
                        super::BUILT_IN_ORG.unwrap_or_default()
                    } else {
                        org.as_str()
                    };
                    let pin = sanad_sync::parse_fingerprint(typed)
                        .map_err(|e| SyncError::Enrollment(e.to_string()))?;
                    client.enroll(v, server, code, &pin).await?;
                }
                client.run(v).await
            }),
            (Err(e), _) => Err(SyncError::Store(e.to_string())),
            (_, Err(e)) => Err(e),
        };
        match result {
            Ok(_) => {
                let _ = self.directory.send(DirCmd::Reload);
            }
            Err(SyncError::Wiped) => {
                self.fail(sync_problem(&SyncError::Wiped));
                self.vault = None;
                return self.open();
            }
            Err(SyncError::Locked) => {
                self.fail(sync_problem(&SyncError::Locked));
                return self.gate();
            }
            Err(e) => self.fail(sync_problem(&e)),
        }
        self.sync_view(false);
        self.unsynced();
    }

    fn handle(&mut self, cmd: CaseCmd) {
        match cmd {
            CaseCmd::Init { pass, duress } => {
                self.send(Out::Gate(GateView::Busy));
                let opts = InitOptions {
                    duress,
                    ..InitOptions::default()
                };
                match Vault::init(&self.dir, &pass, opts, Arc::new(SystemClock)) {
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
            CaseCmd::Unlock(pass) => {
                if self.vault.is_none() {
                    return self.open();
                }
                self.send(Out::Gate(GateView::Busy));
                let Some(v) = self.vault.as_mut() else { return };
                let r = v.unlock(&pass);
                if let Err(e) = &r {
                    self.fail(store_problem(e));
                    if *e == StoreError::WipedAfterFailures {
                        self.vault = None;
                        return self.open();
                    }
                }
                self.gate();
                if r.is_ok() {
                    self.unlocked_views();
                }
            }
            CaseCmd::Lock => {
                if let Some(v) = self.vault.as_mut() {
                    v.lock();
                }
                self.gate();
            }
            CaseCmd::Wipe => {
                if let Some(v) = self.vault.as_mut()
                    && let Err(e) = v.wipe()
                {
                    self.fail(store_problem(&e));
                }
                self.vault = None;
                let _ = std::fs::remove_dir_all(self.content_dir.clone());
                self.open();
            }
            CaseCmd::SaveDraft(d) => {
                let bytes = serde_json::to_vec(&d).unwrap_or_default();
                if let Some(v) = self.vault.as_mut()
                    && let Err(e) = v.save_draft(DRAFT, &bytes)
                {
                    self.fail(case_problem(e));
                }
            }
            CaseCmd::DiscardDraft => {
                if let Some(v) = self.vault.as_mut() {
                    let _ = v.delete_draft(DRAFT);
                }
            }
            CaseCmd::SaveScreening(s) => self.save_screening(s),
            CaseCmd::Refer {
                case,
                category,
                service,
            } => {
                let Some(id) = Id::parse(&case) else { return };
                // Recorded per category: the same service offered under two categories
                // is referred to under the one chosen only.
                let target = super::referral_key(category, service.as_deref());
                let made = self.change(id, |v| {
                    let consented =
                        v.case(id)?.consents.get(&ConsentScope::Referral) == Some(&true);
                    if !consented {
                        v.append(
                            id,
                            EventKind::ConsentRecorded {
                                scope: ConsentScope::Referral,
                                given: true,
                            },
                        )?;
                    }
                    v.append(id, EventKind::ReferralMade { category, service })?;
                    Ok(())
                });
                // Only a recorded referral is shown as recorded.
                if made {
                    self.send(Out::Referred { target });
                }
            }
            CaseCmd::AddNote { case, text } => {
                let Some(id) = Id::parse(&case) else { return };
                if text.trim().is_empty() {
                    return self.fail(Problem::new("case-note-empty"));
                }
                self.change(id, |v| {
                    v.append(id, EventKind::NoteAdded { text }).map(|_| ())
                });
            }
            CaseCmd::SetReferralStatus {
                case,
                referral,
                status,
            } => {
                let (Some(id), Some(r)) = (Id::parse(&case), Id::parse(&referral)) else {
                    return;
                };
                self.change(id, |v| {
                    v.append(
                        id,
                        EventKind::ReferralStatusChanged {
                            referral: r,
                            status,
                        },
                    )
                    .map(|_| ())
                });
            }
            CaseCmd::Close { case } => {
                let Some(id) = Id::parse(&case) else { return };
                self.change(id, |v| {
                    v.append(
                        id,
                        EventKind::Closed {
                            reason: String::new(),
                        },
                    )
                    .map(|_| ())
                });
            }
            CaseCmd::ListCases(filter) => {
                self.filter = filter;
                self.list();
            }
            CaseCmd::OpenCase(case) => match Id::parse(&case) {
                Some(id) => self.detail(id),
                None => self.send(Out::Case(None)),
            },
            CaseCmd::Enroll { server, code, org } => self.sync(Some((server, code, org))),
            CaseCmd::SyncNow => self.sync(None),
            CaseCmd::SetIdleLock(secs) => {
                if let Some(v) = self.vault.as_mut() {
                    let r = v.policy().and_then(|p| {
                        v.set_policy(sanad_store::Policy {
                            idle_lock_secs: secs.clamp(30, 3600),
                            ..p
                        })
                    });
                    if let Err(e) = r {
                        self.fail(store_problem(&e));
                    }
                }
                self.settings();
            }
            CaseCmd::SetDuress(d) => {
                if let Some(v) = self.vault.as_mut() {
                    match v.set_duress(d.as_ref()) {
                        Ok(()) => self.send(Out::Notice(Problem::new(if d.is_some() {
                            "settings-duress-saved"
                        } else {
                            "settings-duress-removed"
                        }))),
                        Err(e) => self.fail(store_problem(&e)),
                    }
                }
            }
            CaseCmd::ChangePassphrase { old, new } => {
                if let Some(v) = self.vault.as_mut() {
                    match v.change_passphrase(&old, &new) {
                        Ok(()) => self.send(Out::Notice(Problem::new("settings-passphrase-saved"))),
                        Err(e) => self.fail(store_problem(&e)),
                    }
                }
            }
            CaseCmd::SetCity(city) => {
                if let Some(v) = self.vault.as_mut() {
                    let bytes = city.unwrap_or_default().into_bytes();
                    if let Err(e) = v.put_setting(CITY, &bytes) {
                        self.fail(case_problem(e));
                    }
                }
                self.settings();
            }
        }
    }

    fn save_screening(&mut self, s: ScreeningToSave) {
        let ScreeningToSave {
            reference,
            alias,
            record_consent,
            answers,
            outcome,
            classification,
            referrals,
        } = s;
        if !record_consent {
            return self.fail(Problem::new("case-record-consent-missing"));
        }
        let reference = reference.trim().to_owned();
        if reference.is_empty() {
            return self.fail(Problem::new("case-reference-empty"));
        }
        // Answers must name known codes (they come from the engine; this guards a damaged
        // draft).
        if answers.keys().any(|c| code_id(c).is_none()) {
            return self.fail(Problem::new("case-answers-invalid"));
        }
        let Some(v) = self.vault.as_mut() else { return };
        let result = (|| {
            let case = match v.find_by_reference(&reference)? {
                Some(c) => c,
                None => {
                    let opened = v.open_case(&reference, alias.trim())?;
                    v.append(
                        opened.case_id,
                        EventKind::ConsentRecorded {
                            scope: ConsentScope::DataStorage,
                            given: true,
                        },
                    )?;
                    opened.case_id
                }
            };
            v.append(
                case,
                EventKind::ScreeningRecorded {
                    answers,
                    outcome,
                    classification,
                    referrals,
                },
            )?;
            v.delete_draft(DRAFT)?;
            Ok::<_, CaseError>(case)
        })();
        match result {
            Ok(case) => {
                self.send(Out::Saved {
                    case: case.to_string(),
                    reference,
                });
                self.send(Out::Draft(None));
                self.detail(case);
                self.list();
                self.unsynced();
            }
            Err(e) => self.fail(case_problem(e)),
        }
    }
}

/// The worker's loop: ends when the app drops its sender.
pub(super) fn run(
    data_dir: &Path,
    rx: Receiver<CaseCmd>,
    directory: Sender<DirCmd>,
    out: UnboundedSender<Out>,
) {
    let mut w = Worker {
        dir: store_dir(data_dir),
        vault: None,
        out,
        directory,
        directory_db: data_dir.join("directory.db"),
        content_dir: data_dir.join("content"),
        filter: String::new(),
        unlocked: false,
    };
    w.open();
    super::handled();
    loop {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(cmd) => {
                w.handle(cmd);
                super::handled();
            }
            Err(RecvTimeoutError::Timeout) => {
                // Auto-lock: the store locks itself after its idle time; tell the UI.
                if w.unlocked && !w.vault.as_mut().is_some_and(|v| v.is_unlocked()) {
                    w.gate();
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}
