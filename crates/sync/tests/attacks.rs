//! Attacks on devices through the sync protocol, with a real server on loopback and real
//! encrypted stores (issue 12): each test performs the attack and passes only with its fix.
//!
//! - item 8: the server hands out a dead-man period that is unsigned, signed by the
//!   server's own key, or 0 days (0 wiped unsynced data);
//! - low: a signed lock order or referral update replayed (or an older one published);
//! - low: a plain-HTTP address that only looks like this machine.

mod common;

use common::*;
use sanad_core::CaseRepository;
use sanad_core::case::{EventKind, ReferralStatus};
use sanad_server::keys;
use sanad_store::{Secret, Vault};
use sanad_sync::{SyncClient, SyncError};
use sanad_test_support::env::TempDir;
use std::sync::Arc;

/// A clock `days` after now (the store applies its dead-man timer when it is opened).
struct Later(i64);

impl sanad_core::Clock for Later {
    fn now_ms(&self) -> i64 {
        now() + self.0 * 86_400_000
    }
}

const PASS: &str = "correct horse battery staple 42";

/// Enroll a fresh store with a server handing out `policy`, write a case, and reopen the
/// store 30 days later: (the period the store kept, the sync notice, cases left).
async fn enroll_with_policy(
    policy: impl FnOnce(&keys::OrgKeySet, &sanad_server::keys::ServerKeys) -> sanad_protocol::OrgPolicy,
) -> (Option<u32>, Option<String>, usize) {
    let s = server_with_org(
        TempDir::new("policy-srv"),
        sanad_server::loopback(),
        |api, org| {
            api.policy = Some(policy(org, &api.keys));
        },
    )
    .await;
    let dir = TempDir::new("policy-device");
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 1);
    SyncClient::new(fast_options())
        .expect("client")
        .enroll(
            &mut v,
            &format!("http://{}", s.addr),
            &s.code(),
            &s.org.fingerprint,
        )
        .await
        .expect("enrollment itself succeeds");
    let kept = v.policy().expect("policy").sync_dead_man_days;
    let notice = sanad_sync::saved_status(&v).notice;
    drop(v);
    let mut later = Vault::open(dir.path().join("device"), Arc::new(Later(30))).expect("open");
    let left = match later.unlock(&Secret::new(PASS.into())) {
        Ok(()) => later.list().expect("list").len(),
        Err(_) => 0,
    };
    (kept, notice, left)
}

fn policy_signed_by(private: &str, days: u32) -> sanad_protocol::OrgPolicy {
    let issued_ms = now();
    sanad_protocol::OrgPolicy {
        dead_man_days: days,
        issued_ms,
        signature: sanad_store::bundle::sign_command(
            private,
            &sanad_protocol::OrgPolicy::signed_text(days, issued_ms),
        )
        .expect("sign"),
    }
}

/// Item 8. Before the fix the device took `dead_man_days` from the server as is: 0 wiped
/// every unsynced case the next time the store was opened. Now a period that is not
/// signed by the organisation's content key (unsigned, or signed by the server's own
/// online key), or signed but under 7 days, is ignored with a notice in the sync status,
/// and the store opened 30 days later still holds its case. A genuine 14-day period is
/// applied (and wipes after 30 days, as the organisation asked).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsigned_forged_or_too_short_dead_man_period_is_ignored_and_never_wipes() {
    let unsigned = enroll_with_policy(|_, _| sanad_protocol::OrgPolicy {
        dead_man_days: 0,
        issued_ms: now(),
        signature: String::new(),
    })
    .await;
    let by_server = enroll_with_policy(|_, k| {
        let issued_ms = now();
        sanad_protocol::OrgPolicy {
            dead_man_days: 0,
            issued_ms,
            signature: k.sign_command(&sanad_protocol::OrgPolicy::signed_text(0, issued_ms)),
        }
    })
    .await;
    let too_short = enroll_with_policy(|org, _| {
        let key = keys::read(&org.offline.join(keys::CONTENT_FILE)).expect("key");
        policy_signed_by(&key, 0)
    })
    .await;
    for (what, (kept, notice, left)) in [
        ("unsigned", unsigned),
        ("signed by the server", by_server),
        ("0 days", too_short.clone()),
    ] {
        assert_eq!(kept, None, "{what}: not applied");
        let notice = notice.unwrap_or_default();
        assert!(notice.contains("was ignored"), "{what}: {notice}");
        assert_eq!(left, 1, "{what}: the case survives 30 days");
    }
    assert!(too_short.1.expect("notice").contains("7 to"));
    let genuine = enroll_with_policy(|org, _| signed_policy(org, 14)).await;
    assert_eq!(genuine.0, Some(14));
    assert_eq!(genuine.1, None);
    assert_eq!(genuine.2, 0, "the organisation's own period still works");
}

/// Low. The operator (or anyone who can write the feed) publishes again a lock order the
/// organisation issued earlier, and an older referral status after a newer one. Before
/// the fix the device locked again and the case's referral went back to the old status.
/// Now each kind is accepted only with an issue time later than the last one accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replayed_or_older_lock_orders_and_referral_updates_are_refused() {
    let s = server().await;
    let dir = TempDir::new("replay");
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 0);
    let mut c = SyncClient::new(fast_options()).expect("client");
    let cfg = s.enroll(&mut c, &mut v).await.expect("enroll");
    let k = keys::load_server_keys(&s.org.server).expect("keys");
    let id: [u8; 16] = sanad_protocol::unhex(&cfg.device_id)
        .expect("hex")
        .try_into()
        .expect("16");
    let feed_body = |cursor: u64| {
        s.storage
            .feed(&id, cursor - 1, 1)
            .expect("feed")
            .remove(0)
            .body
    };
    // A genuine lock order: obeyed once.
    let t = now();
    let lock = sanad_server::publish_command(&*s.storage, &k, &id, "lock", t).expect("lock");
    assert_eq!(c.run(&mut v).await.expect_err("locked"), SyncError::Locked);
    v.unlock(&Secret::new(PASS.into())).expect("unlock");
    // The same order published again, and an older genuine one.
    s.storage
        .publish(
            Some(&id),
            sanad_protocol::PULL_COMMAND,
            &feed_body(lock),
            t + 1,
        )
        .expect("replay");
    sanad_server::publish_command(&*s.storage, &k, &id, "lock", t - 60_000).expect("older");
    c.run(&mut v)
        .await
        .expect("a replayed or older lock order is refused");
    assert!(v.is_unlocked());
    // Referral updates: accepted, then completed; then the accepted one again.
    let (case, referral) = v
        .events_after(0)
        .expect("events")
        .into_iter()
        .find(|e| matches!(e.kind, EventKind::ReferralMade { .. }))
        .map(|e| (e.case_id, e.id))
        .expect("a referral");
    let publish = |status: &str, at: i64| {
        sanad_server::publish_referral_status(
            &*s.storage,
            &k,
            &id,
            &case.to_string(),
            &referral.to_string(),
            status,
            at,
        )
        .expect("publish")
    };
    let accepted = publish("accepted", t + 10);
    c.run(&mut v).await.expect("sync");
    publish("completed", t + 20);
    c.run(&mut v).await.expect("sync");
    let status = |v: &Vault| v.case(case).expect("case").referrals[0].status;
    assert_eq!(status(&v), ReferralStatus::ServiceReceived);
    s.storage
        .publish(
            Some(&id),
            sanad_protocol::PULL_REFERRAL,
            &feed_body(accepted),
            t + 30,
        )
        .expect("replay");
    publish("declined", t + 15); // genuine, but older than "completed"
    c.run(&mut v).await.expect("sync");
    assert_eq!(
        status(&v),
        ReferralStatus::ServiceReceived,
        "replays change nothing"
    );
    publish("closed", t + 40);
    c.run(&mut v).await.expect("sync");
    assert_eq!(
        status(&v),
        ReferralStatus::Closed,
        "a newer one still applies"
    );
}

/// Low. `http://localhost.evil.com` passed the old prefix test for "this machine", so
/// enrollment codes and tokens would travel in clear over the network. The address is
/// now parsed: enrollment is refused before any connection is made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_http_to_an_address_that_only_looks_local_is_refused() {
    let s = server().await;
    let dir = TempDir::new("url");
    let mut v = vault(&dir, "device");
    let port = s.addr.port();
    for url in [
        format!("http://localhost.evil.com:{port}"),
        format!("http://127.0.0.1.nip.io:{port}"),
        format!("http://localhost@evil.com:{port}"),
    ] {
        let mut c = SyncClient::new(fast_options()).expect("client");
        let e = c
            .enroll(&mut v, &url, &s.code(), &s.org.fingerprint)
            .await
            .expect_err("refused");
        assert!(
            matches!(&e, SyncError::Enrollment(m) if m.contains("only allowed to this machine") || m.contains("user name")),
            "{url}: {e}"
        );
        assert_eq!(c.progress.requests, 0, "{url}: nothing was sent");
    }
}
