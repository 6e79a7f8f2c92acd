//! What devices take from the server besides acknowledgements, against a real server on
//! loopback: transport rules (plain HTTP only to this machine, TLS with the organisation
//! certificate), signed directory bundles, lock orders, the dead-man period, referral status
//! updates and checklist content — each kept only when genuine.

use sanad_core::case::{CaseRepository, EventKind};
use sanad_server::keys;
use sanad_store::Secret;
use sanad_sync::{SyncClient, SyncError, SyncOptions};
use sanad_test_support::env::TempDir;

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrollment_refuses_plain_http_to_another_machine() {
    let dir = TempDir::new("plain");
    let mut v = vault(&dir, "d");
    let mut c = SyncClient::new(SyncOptions::default()).expect("client");
    let e = c
        .enroll(
            &mut v,
            "http://sync.example.org",
            "AAAAA-BBBBB-CCCCC",
            &[0; 16],
        )
        .await
        .expect_err("refused");
    assert!(e.to_string().contains("https://"), "{e}");
    let e = c.run(&mut v).await.expect_err("not enrolled");
    assert_eq!(e, SyncError::NotEnrolled);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_works_over_tls_with_the_organisation_certificate() {
    let dir = TempDir::new("tls");
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("cert");
    let (cert_pem, key_pem) = (cert.cert.pem(), cert.key_pair.serialize_pem());
    std::fs::write(dir.path().join("cert.pem"), &cert_pem).expect("write");
    std::fs::write(dir.path().join("key.pem"), &key_pem).expect("write");
    let opts = sanad_server::ServeOptions {
        tls: Some((dir.path().join("cert.pem"), dir.path().join("key.pem"))),
        ..sanad_server::loopback()
    };
    let s = server_with(dir, opts, |_| {}).await;
    let (addr, storage, pin) = (s.addr, s.storage.clone(), s.org.fingerprint);
    let code = s.code();
    let dir = TempDir::new("tls-device");
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 1);
    let url = format!("https://localhost:{}", addr.port());
    // Without the organisation's certificate the connection is refused.
    let mut untrusting = SyncClient::new(SyncOptions {
        max_attempts: 1,
        ..fast_options()
    })
    .expect("client");
    assert!(untrusting.enroll(&mut v, &url, &code, &pin).await.is_err());
    let mut c = SyncClient::new(SyncOptions {
        root_cert_pem: Some(cert_pem.into_bytes()),
        ..fast_options()
    })
    .expect("client");
    c.enroll(&mut v, &url, &code, &pin)
        .await
        .expect("enroll over TLS");
    let st = c.run(&mut v).await.expect("sync over TLS");
    assert_eq!((st.pending, st.acked_through), (0, 6));
    assert_eq!(storage.events().expect("events").len(), 6);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pulled_bundles_install_when_genuine_and_a_signed_lock_order_locks_the_store() {
    let s = server().await;
    let dir = TempDir::new("pull");
    let mut v = vault(&dir, "device");
    let db = dir.path().join("directory.db");
    let opts = SyncOptions {
        directory: Some(db.clone()),
        ..fast_options()
    };
    let mut c = SyncClient::new(opts).expect("client");
    let cfg = s.enroll(&mut c, &mut v).await.expect("enroll");
    let k = keys::load_server_keys(&s.org.server).expect("keys");
    let private = std::fs::read_to_string(s.org.offline.join(keys::CONTENT_FILE)).expect("key");
    let sample = include_str!("../../../assets/sample-directory.json");
    let genuine = sanad_store::bundle::sign(private.trim(), 7, sample).expect("sign");
    // A bundle signed by someone else, published straight into the feed.
    let forger = TempDir::new("forger-dir");
    let forger = keys::keygen(forger.path(), now()).expect("keygen");
    let fpriv = std::fs::read_to_string(forger.offline.join(keys::CONTENT_FILE)).expect("key");
    let forged = sanad_store::bundle::sign(fpriv.trim(), 99, sample).expect("sign");
    s.storage
        .publish(None, sanad_protocol::PULL_DIRECTORY, &forged, 1)
        .expect("publish");
    sanad_server::publish_directory(&*s.storage, &k, &genuine, 2).expect("publish");
    assert!(
        sanad_server::publish_directory(&*s.storage, &k, &forged, 3).is_err(),
        "the server refuses it too"
    );
    let other: [u8; 16] = [0x42; 16];
    sanad_server::publish_command(&*s.storage, &k, &other, "wipe", 4)
        .expect("command for another device");
    let st = c.run(&mut v).await.expect("sync");
    assert_eq!(st.pending, 0);
    let d = sanad_store::directory::Directory::open(&db).expect("directory");
    assert_eq!(
        d.version().expect("version"),
        Some(7),
        "the genuine bundle, not the forged one"
    );
    assert_eq!(d.len().expect("len"), 17);
    assert!(v.is_unlocked(), "another device's wipe order is ignored");
    // A lock order for this device.
    let id: [u8; 16] = sanad_protocol::unhex(&cfg.device_id)
        .expect("hex")
        .try_into()
        .expect("16");
    sanad_server::publish_command(&*s.storage, &k, &id, "lock", 5).expect("lock");
    assert_eq!(c.run(&mut v).await.expect_err("locked"), SyncError::Locked);
    assert!(!v.is_unlocked());
    v.unlock(&Secret::new("correct horse battery staple 42".into()))
        .expect("unlock");
    assert_eq!(
        v.events_after(0).expect("events").len(),
        0,
        "locking wipes nothing"
    );
    c.run(&mut v)
        .await
        .expect("the lock order is not obeyed twice");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_organisation_dead_man_period_reaches_the_device_at_enrollment() {
    let s = server_with_org(
        TempDir::new("deadman-srv"),
        sanad_server::loopback(),
        |api, org| api.policy = Some(signed_policy(org, 14)),
    )
    .await;
    let (addr, code, pin) = (s.addr, s.code(), s.org.fingerprint);
    let dir = TempDir::new("deadman-device");
    let mut v = vault(&dir, "device");
    SyncClient::new(fast_options())
        .expect("client")
        .enroll(&mut v, &format!("http://{addr}"), &code, &pin)
        .await
        .expect("enroll");
    let key_file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("device/state.json")).expect("state file"),
    )
    .expect("json");
    assert_eq!(key_file["body"]["policy"]["sync_dead_man_days"], 14);
    assert!(key_file["body"]["last_sync_ms"].as_i64().is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_referral_status_updates_reach_the_case_and_forged_ones_do_not() {
    let s = server().await;
    let dir = TempDir::new("referral");
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 0);
    let mut c = SyncClient::new(fast_options()).expect("client");
    let cfg = s.enroll(&mut c, &mut v).await.expect("enroll");
    c.run(&mut v).await.expect("sync");
    let case = v
        .find_by_reference("REF-00001")
        .expect("find")
        .expect("case");
    let referral = v
        .events(case)
        .expect("events")
        .into_iter()
        .find(|e| matches!(e.kind, EventKind::ReferralMade { .. }))
        .expect("referral")
        .id;
    let device: [u8; 16] = sanad_protocol::unhex(&cfg.device_id)
        .expect("hex")
        .try_into()
        .expect("16");
    let k = keys::load_server_keys(&s.org.server).expect("keys");
    // Forged: same content, another organisation's key.
    let forger = TempDir::new("forger-ref");
    let forger = keys::keygen(forger.path(), now()).expect("keygen");
    let fk = keys::load_server_keys(&forger.server).expect("keys");
    sanad_server::publish_referral_status(
        &*s.storage,
        &fk,
        &device,
        &case.to_string(),
        &referral.to_string(),
        "declined",
        1,
    )
    .expect("publish");
    sanad_server::publish_referral_status(
        &*s.storage,
        &k,
        &device,
        &case.to_string(),
        &referral.to_string(),
        "accepted",
        2,
    )
    .expect("publish");
    sanad_server::publish_referral_status(
        &*s.storage,
        &k,
        &device,
        &sanad_core::Id([9; 16]).to_string(),
        &referral.to_string(),
        "completed",
        3,
    )
    .expect("unknown case");
    let st = c.run(&mut v).await.expect("sync");
    let changes: Vec<_> = v
        .events(case)
        .expect("events")
        .into_iter()
        .filter_map(|e| match e.kind {
            EventKind::ReferralStep { step, via, .. } => Some((step, via)),
            _ => None,
        })
        .collect();
    assert_eq!(
        changes,
        vec![(
            sanad_core::referral::Step::Accepted,
            sanad_core::referral::Via::Organisation
        )]
    );
    assert_eq!(st.pending, 0, "the status change itself is synced back");
    assert_eq!(s.storage.events().expect("events").len(), 6);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checklist_content_is_kept_only_when_signed_valid_and_newer() {
    let s = server().await;
    let dir = TempDir::new("content");
    let mut v = vault(&dir, "device");
    let content = dir.path().join("content");
    let mut c = SyncClient::new(SyncOptions {
        content_dir: Some(content.clone()),
        ..fast_options()
    })
    .expect("client");
    s.enroll(&mut c, &mut v).await.expect("enroll");
    let k = keys::load_server_keys(&s.org.server).expect("keys");
    let rules = include_str!("../../core/data/rules.toml");
    let questions = include_str!("../../../locales/fr/questions.ftl");
    let content_key = s.org.offline.join(keys::CONTENT_FILE);
    let signed = |kind: &str, version: u64, payload: &str| {
        serde_json::to_string(
            &keys::sign_content(&content_key, kind, version, payload).expect("sign"),
        )
        .expect("json")
    };
    // The server refuses invalid, unsigned and wrongly signed content outright.
    assert!(
        sanad_server::publish_content(&*s.storage, &k, &signed("rules", 2, "not = [toml"), 1)
            .is_err()
    );
    assert!(
        sanad_server::publish_content(
            &*s.storage,
            &k,
            &signed("questions-fr", 2, "only-one = message"),
            1
        )
        .is_err()
    );
    assert!(sanad_server::publish_content(&*s.storage, &k, &signed("theme", 2, "x"), 1).is_err());
    assert!(
        sanad_server::publish_content(&*s.storage, &k, rules, 1).is_err(),
        "not signed"
    );
    // Injected straight into the feed: signed but invalid, valid but forged by another
    // organisation, and valid but signed by this server's own online key.
    let bad = keys::sign_content(&content_key, "rules", 50, "not = [toml").expect("sign");
    s.storage
        .publish(
            None,
            sanad_protocol::PULL_CONTENT,
            &serde_json::to_string(&bad).expect("json"),
            1,
        )
        .expect("feed");
    let forger = TempDir::new("forger-content");
    let forger = keys::keygen(forger.path(), now()).expect("keygen");
    let forged = keys::sign_content(
        &forger.offline.join(keys::CONTENT_FILE),
        "questions-fr",
        60,
        questions,
    )
    .expect("sign");
    s.storage
        .publish(
            None,
            sanad_protocol::PULL_CONTENT,
            &serde_json::to_string(&forged).expect("json"),
            1,
        )
        .expect("feed");
    let mut online_signed = sanad_protocol::ContentUpdate {
        kind: "questions-fr".into(),
        version: 70,
        payload: questions.into(),
        signature: String::new(),
    };
    online_signed.signature = k.sign_command(&online_signed.signed_text());
    s.storage
        .publish(
            None,
            sanad_protocol::PULL_CONTENT,
            &serde_json::to_string(&online_signed).expect("json"),
            1,
        )
        .expect("feed");
    // Genuine: rules v3, then an older v2 that must not replace it; questions v1.
    sanad_server::publish_content(&*s.storage, &k, &signed("rules", 3, rules), 2).expect("publish");
    sanad_server::publish_content(&*s.storage, &k, &signed("rules", 2, rules), 3).expect("publish");
    sanad_server::publish_content(&*s.storage, &k, &signed("questions-fr", 1, questions), 4)
        .expect("publish");
    c.run(&mut v).await.expect("sync");
    let kept = |kind: &str| -> Option<sanad_protocol::ContentUpdate> {
        std::fs::read(content.join(format!("{kind}.json")))
            .ok()
            .map(|b| serde_json::from_slice(&b).expect("json"))
    };
    assert_eq!(kept("rules").expect("rules").version, 3);
    assert_eq!(
        kept("questions-fr").expect("questions").version,
        1,
        "the forged v60 and the online-key-signed v70 were ignored"
    );
    assert!(kept("questions-ar").is_none());
}
