//! Sync off the lock path, against a real loopback server behind a proxy that stalls
//! every request: the lock returns, the store is locked and the sync's own store handle
//! (its copy of the keys) is gone while the server is still stalled; after the server is
//! let go and the worker unlocks, everything arrives once.

mod common;

use common::*;
use sanad_core::{Classification, Outcome, RefCategory};
use sanad_service::{Command, Event, GateView, ScreeningToSave};
use sanad_store::Secret;
use sanad_test_support::env::TempDir;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::Ordering;

fn screening(reference: &str) -> Command {
    Command::SaveScreening(ScreeningToSave {
        reference: reference.into(),
        alias: "invented alias".into(),
        record_consent: true,
        answers: BTreeMap::new(),
        outcome: Outcome::NoTipIndicators,
        classification: Classification::ALL[0],
        referrals: vec![RefCategory::Medical],
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lock_returns_and_drops_the_keys_while_the_server_stalls_then_nothing_is_lost() {
    let server = server().await;
    let proxy = Proxy::start(server.addr).await;
    let dir = TempDir::new("service-stall");
    let (mut s, events) = service(&dir);
    init(&mut s);
    s.handle(server.enroll(&proxy.url()));
    wait(&mut s, "enrollment and the first sync", |s| {
        !s.sync_running()
    });
    assert!(
        !take(&events)
            .iter()
            .any(|e| matches!(e, Event::Notice(p) if p.id.starts_with("sync-"))),
        "enrollment succeeded"
    );

    for r in ["REF-STALL-1", "REF-STALL-2", "REF-STALL-3"] {
        s.handle(screening(r));
    }
    proxy.stall(true);
    s.handle(Command::SyncNow);
    wait(
        &mut s,
        "the sync's request to reach the stalled server",
        |_| proxy.held.load(Ordering::SeqCst) >= 1,
    );
    assert!(s.sync_running() && s.sync_holds_keys());
    let forwarded_before_lock = proxy.forwarded.load(Ordering::SeqCst);

    s.handle(Command::Lock);

    // The lock returned while the server still holds the request unanswered.
    assert_eq!(
        proxy.forwarded.load(Ordering::SeqCst),
        forwarded_before_lock,
        "the server was still stalled when the lock returned"
    );
    assert!(!s.is_unlocked(), "the store is locked");
    assert!(!s.sync_running(), "the sync was stopped");
    assert!(
        !s.sync_holds_keys(),
        "the sync's store handle (a copy of the keys) was dropped by the lock"
    );
    let after = take(&events);
    assert!(
        after
            .iter()
            .any(|e| matches!(e, Event::Gate(GateView::Locked { .. }))),
        "the gate shows the locked store: {after:?}"
    );

    // Let the server go; unlock; the schedule syncs after unlock.
    proxy.stall(false);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    assert!(s.is_unlocked());
    wait(&mut s, "every event acknowledged", |s| {
        !s.sync_running() && s.pending() == Some(0)
    });

    let stored = server.storage.events().expect("events");
    let ids: BTreeSet<_> = stored.iter().map(|e| e.id).collect();
    // Each case: opened, consent, screening.
    assert_eq!(stored.len(), 9, "0 lost: every event of the three cases");
    assert_eq!(ids.len(), stored.len(), "0 duplicated");
    assert!(server.storage.quarantined().expect("q").is_empty());
}
