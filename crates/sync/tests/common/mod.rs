//! The harness shared by the sync tests: a real server on loopback (SQLite, a fresh
//! organisation key set), encrypted device stores with invented cases, fast retries.

#![allow(dead_code)]

use sanad_core::case::{CaseRepository, ConsentScope, EventKind};
use sanad_core::{Answer, Classification, Outcome, RefCategory};
use sanad_server::keys;
use sanad_server::storage::Storage;
use sanad_store::{InitOptions, Secret, SystemClock, Vault};
use sanad_sync::{SyncClient, SyncConfig, SyncError, SyncOptions};
use sanad_test_support::env::TempDir;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub const MARKER: &str = "SECRET-MARKER-Zainab-Oujda";

pub struct Server {
    pub addr: SocketAddr,
    pub storage: Arc<dyn Storage>,
    pub org: keys::OrgKeySet,
    pub _dir: TempDir,
}

pub async fn server() -> Server {
    server_with(
        TempDir::new("sync-server"),
        sanad_server::loopback(),
        |_| {},
    )
    .await
}

/// A server in `dir` (database, keys), listening as `opts` says, its API adjusted first.
pub async fn server_with(
    dir: TempDir,
    opts: sanad_server::ServeOptions,
    adjust: impl FnOnce(&mut sanad_server::api::Api),
) -> Server {
    server_with_org(dir, opts, |api, _| adjust(api)).await
}

/// [`server_with`], where `adjust` also sees the organisation's key set (its offline
/// keys, to sign a policy as the organisation would).
pub async fn server_with_org(
    dir: TempDir,
    opts: sanad_server::ServeOptions,
    adjust: impl FnOnce(&mut sanad_server::api::Api, &keys::OrgKeySet),
) -> Server {
    let storage =
        sanad_server::open_storage(&dir.path().join("server.db").to_string_lossy()).expect("db");
    let org = keys::keygen(&dir.path().join("org"), now()).expect("keygen");
    let k = keys::load_server_keys(&org.server).expect("keys");
    let mut api = sanad_server::api(storage.clone(), k, sanad_server::api::system_clock());
    adjust(&mut api, &org);
    Server {
        addr: sanad_server::start(api, opts).await.expect("started"),
        storage,
        org,
        _dir: dir,
    }
}

impl Server {
    /// Enroll `v` through `c` with a fresh one-time code and the organisation's pinned
    /// fingerprint.
    pub async fn enroll(&self, c: &mut SyncClient, v: &mut Vault) -> Result<SyncConfig, SyncError> {
        let url = format!("http://{}", self.addr);
        c.enroll(v, &url, &self.code(), &self.org.fingerprint).await
    }

    pub fn code(&self) -> String {
        sanad_server::new_enrollment(&*self.storage, "worker (invented)", now(), 3_600_000)
            .expect("code")
            .0
    }
}

pub fn now() -> i64 {
    sanad_server::api::system_clock()()
}

pub fn vault(dir: &TempDir, name: &str) -> Vault {
    Vault::init(
        dir.path().join(name),
        &Secret::new("correct horse battery staple 42".into()),
        InitOptions::default(),
        Arc::new(SystemClock),
    )
    .expect("vault")
}

/// A case with the usual life: opened, consent, screening, referral, notes (invented).
pub fn write_case(v: &mut Vault, n: usize, notes: usize) {
    let open = v
        .open_case(&format!("REF-{n:05}"), "invented alias")
        .expect("open");
    let c = open.case_id;
    v.append(
        c,
        EventKind::ConsentRecorded {
            scope: ConsentScope::DataStorage,
            given: true,
        },
    )
    .expect("consent");
    let mut answers = BTreeMap::new();
    answers.insert(
        "ilo.coercion_at_destination.debt_bondage".to_owned(),
        Answer::Yes,
    );
    answers.insert(
        "ilo.coercion_at_destination.confiscation_of_documents".to_owned(),
        Answer::Yes,
    );
    v.append(
        c,
        EventKind::ScreeningRecorded {
            answers,
            outcome: Outcome::TipIndicatorsPartial,
            classification: Classification::ALL[0],
            referrals: vec![RefCategory::Shelter, RefCategory::Medical],
        },
    )
    .expect("screening");
    v.append(
        c,
        EventKind::ConsentRecorded {
            scope: ConsentScope::Referral,
            given: true,
        },
    )
    .expect("consent");
    v.append(
        c,
        EventKind::ReferralMade {
            category: RefCategory::Shelter,
            service: None,
        },
    )
    .expect("referral");
    for i in 0..notes {
        v.append(
            c,
            EventKind::NoteAdded {
                text: format!("{MARKER} note {i} of case {n}"),
            },
        )
        .expect("note");
    }
}

pub fn fast_options() -> SyncOptions {
    SyncOptions {
        request_timeout: Duration::from_millis(1500),
        connect_timeout: Duration::from_millis(500),
        base_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(200),
        max_attempts: 12,
        ..SyncOptions::default()
    }
}

/// The organisation's policy with this dead-man period, signed with its content key.
pub fn signed_policy(org: &keys::OrgKeySet, days: u32) -> sanad_protocol::OrgPolicy {
    let mut p = sanad_protocol::OrgPolicy {
        dead_man_days: days,
        issued_ms: now(),
        signature: String::new(),
    };
    let key = keys::read(&org.offline.join(keys::CONTENT_FILE)).expect("content key");
    p.signature = sanad_store::bundle::sign_command(
        &key,
        &sanad_protocol::OrgPolicy::signed_text(days, p.issued_ms),
    )
    .expect("sign");
    p
}
