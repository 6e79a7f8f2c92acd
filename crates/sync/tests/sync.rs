//! Real devices (encrypted stores) syncing with a real server on loopback: two devices
//! end to end with export, 10,000 events through a proxy that injects faults into 30 % of
//! requests, revocation with a signed wipe order, and a forged one.

use sanad_core::case::{CaseRepository, EventKind};
use sanad_server::keys;
use sanad_store::{Secret, SystemClock, Vault};
use sanad_sync::{SyncClient, SyncError, SyncOptions};
use sanad_test_support::env::{TempDir, all_files};
use sanad_test_support::http::FaultProxy;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_devices_sync_and_only_the_organisation_key_opens_their_events() {
    let s = server().await;
    let dir = TempDir::new("devices");
    let (mut a, mut b) = (vault(&dir, "a"), vault(&dir, "b"));
    // Written offline, before enrollment.
    for n in 0..3 {
        write_case(&mut a, n, 2);
    }
    write_case(&mut b, 100, 1);
    let mut client = SyncClient::new(fast_options()).expect("client");
    let url = format!("http://{}", s.addr);
    client
        .enroll(&mut a, &url, &s.code(), &s.org.fingerprint)
        .await
        .expect("enroll a");
    client
        .enroll(&mut b, &url, &s.code(), &s.org.fingerprint)
        .await
        .expect("enroll b");
    let sa = client.run(&mut a).await.expect("sync a");
    let sb = client.run(&mut b).await.expect("sync b");
    assert_eq!((sa.pending, sa.acked_through), (0, 21));
    assert_eq!((sb.pending, sb.acked_through), (0, 6));
    assert!(sa.last_error.is_none() && sa.last_success_ms.is_some());
    // The server holds exactly their events, sealed.
    let stored = s.storage.events().expect("events");
    assert_eq!(stored.len(), 27);
    for e in &stored {
        let text = String::from_utf8_lossy(&e.sealed);
        assert!(
            !text.contains("SECRET-MARKER") && !text.contains("REF-0"),
            "payloads are sealed"
        );
        if let Some(st) = &e.stats {
            assert!(
                !st.contains("SECRET") && !st.contains("debt"),
                "statistics are de-identified: {st}"
            );
        }
    }
    for (f, bytes) in all_files(s._dir.path()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("SECRET-MARKER"),
            "{f:?} holds plaintext"
        );
    }
    // Export with the organisation key gives back exactly the devices' events.
    let secret = keys::load_sealing_secret(&s.org.offline.join(keys::SEALING_FILE)).expect("key");
    let opened = sanad_server::export::open_all(&secret, &stored)
        .all()
        .expect("opens");
    let mut want: Vec<_> = a
        .events_after(0)
        .expect("a")
        .into_iter()
        .chain(b.events_after(0).expect("b"))
        .collect();
    let mut got: Vec<_> = opened.iter().map(|(_, e)| e.clone()).collect();
    want.sort_by_key(|e| e.id.0);
    got.sort_by_key(|e| e.id.0);
    assert_eq!(got, want);
    let doc = sanad_server::export::htcds(&opened);
    let cases = doc["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 4);
    assert_eq!(cases[0]["vic_TraffickingStatus"], "Possible");
    let methods = cases[0]["vic_MethodsOfControl"].to_string();
    assert!(
        methods.contains("DebtBondage") && methods.contains("WithholdsDocuments"),
        "{methods}"
    );
    assert_eq!(
        cases[0]["cas_OutgoingReferrals"][0]["cas_ReasonForOutgoingReferral"],
        "ref.shelter"
    );
    assert!(
        !doc.to_string().contains("Actual"),
        "never a formal identification"
    );
    // Another key fails clearly.
    let other = TempDir::new("other-keys");
    let other = keys::keygen(other.path(), now()).expect("keygen");
    let wrong = keys::load_sealing_secret(&other.offline.join(keys::SEALING_FILE)).expect("key");
    let e = sanad_server::export::open_all(&wrong, &stored)
        .all()
        .expect_err("wrong key");
    assert!(e.to_string().contains("does not open with this key"), "{e}");
    // New events later: only they travel.
    write_case(&mut a, 9, 0);
    let before = client.progress;
    let sa = client.run(&mut a).await.expect("sync again");
    assert_eq!(sa.acked_through, 26);
    assert_eq!(
        client.progress.requests - before.requests,
        3,
        "one probe, one batch, one pull"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_events_through_30_percent_faults_arrive_exactly_once() {
    let dir = TempDir::new("fault");
    let mut v = vault(&dir, "device");
    // 1,000 cases × 10 events = 10,000 events.
    for n in 0..1000 {
        write_case(&mut v, n, 5);
    }
    let events = v.events_after(0).expect("events");
    assert_eq!(events.len(), 10_000);
    // The same store, copied: one copy syncs on a clean link, the other through faults.
    let clean_dir = dir.path().join("clean");
    copy_dir(&dir.path().join("device"), &clean_dir);
    drop(v);
    let open = |p: std::path::PathBuf| {
        let mut v = Vault::open(p, Arc::new(SystemClock)).expect("open");
        v.unlock(&Secret::new("correct horse battery staple 42".into()))
            .expect("unlock");
        v
    };
    let (mut faulty, mut clean) = (open(dir.path().join("device")), open(clean_dir));

    let s_clean = server().await;
    let mut c = SyncClient::new(fast_options()).expect("client");
    c.enroll(
        &mut clean,
        &format!("http://{}", s_clean.addr),
        &s_clean.code(),
        &s_clean.org.fingerprint,
    )
    .await
    .expect("enroll");
    c.run(&mut clean).await.expect("clean run");

    let s = server().await;
    let proxy = FaultProxy::start(s.addr, 0.30, 0x5eed, Duration::from_millis(1800)).await;
    // Small batches: about a hundred pushes, so every kind of fault meets some of them.
    let mut f = SyncClient::new(SyncOptions {
        max_batch_bytes: 32 * 1024,
        ..fast_options()
    })
    .expect("client");
    let url = format!("http://{}", proxy.addr);
    let mut enrolled = false;
    for _ in 0..5 {
        match f
            .enroll(&mut faulty, &url, &s.code(), &s.org.fingerprint)
            .await
        {
            Ok(_) => {
                enrolled = true;
                break;
            }
            Err(SyncError::Offline(_)) => continue,
            Err(e) => panic!("enrollment: {e}"),
        }
    }
    assert!(enrolled, "enrollment through faults");
    let mut runs = 0;
    let status = loop {
        runs += 1;
        match f.run(&mut faulty).await {
            Ok(st) => break st,
            Err(SyncError::Offline(_)) if runs < 20 => continue,
            Err(e) => panic!("run {runs}: {e}"),
        }
    };
    assert_eq!((status.pending, status.acked_through), (0, 10_000));
    assert!(
        status.quarantined.is_empty(),
        "retries are repeats, never conflicts"
    );
    let counts = &proxy.counts;
    let faults = counts.faults();
    let total = counts.requests.load(std::sync::atomic::Ordering::Relaxed);
    eprintln!(
        "fault proxy: {total} requests, {faults} faults, {} runs",
        runs
    );
    assert!(
        faults * 100 >= total * 20,
        "about 30 % of requests were faulted ({faults}/{total})"
    );
    for k in [
        &counts.dropped,
        &counts.errors,
        &counts.stalled,
        &counts.duplicated,
        &counts.cut,
    ] {
        assert!(
            k.load(std::sync::atomic::Ordering::Relaxed) > 0,
            "every kind of fault happened"
        );
    }
    // 0 lost, 0 duplicated, and the same state as the clean run.
    let key = |s: &Server| {
        let secret =
            keys::load_sealing_secret(&s.org.offline.join(keys::SEALING_FILE)).expect("key");
        let stored = s.storage.events().expect("events");
        assert!(s.storage.quarantined().expect("q").is_empty());
        sanad_server::export::open_all(&secret, &stored)
            .all()
            .expect("opens")
            .into_iter()
            .map(|(w, e)| (w.seq, w.id, w.stats, e))
            .collect::<Vec<_>>()
    };
    let (got, want) = (key(&s), key(&s_clean));
    assert_eq!(got.len(), 10_000, "none lost, none duplicated");
    assert_eq!(got, want, "the server state equals the no-fault run");
    let mut local = events;
    local.sort_by_key(|e| e.seq);
    assert_eq!(got.iter().map(|g| g.3.clone()).collect::<Vec<_>>(), local);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        if e.file_type().expect("type").is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).expect("copy");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_device_wipes_itself_on_a_verified_order_and_ignores_a_forged_one() {
    let dir = TempDir::new("revoke");
    // A forged order first: a fake server answering 401 with an order signed by another key.
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 1);
    let s = server().await;
    let mut c = SyncClient::new(fast_options()).expect("client");
    let cfg = s.enroll(&mut c, &mut v).await.expect("enroll");
    let forger = TempDir::new("forger");
    let forger = keys::keygen(forger.path(), now()).expect("keygen");
    let fk = keys::load_server_keys(&forger.server).expect("keys");
    let issued = now();
    let order = sanad_protocol::Revoked {
        error: "revoked".into(),
        message: "forged".into(),
        wipe: sanad_protocol::WipeOrder {
            device_id: cfg.device_id.clone(),
            issued_ms: issued,
            signature: fk.sign_command(&sanad_protocol::WipeOrder::signed_text(
                &cfg.device_id,
                issued,
            )),
        },
    };
    let fake = fake_server(401, serde_json::to_string(&order).expect("json")).await;
    let mut forged_cfg = cfg.clone();
    forged_cfg.server = format!("http://{fake}");
    v.put_setting(
        sanad_sync::CONFIG_SETTING,
        &serde_json::to_vec(&forged_cfg).expect("json"),
    )
    .expect("cfg");
    let e = c.run(&mut v).await.expect_err("refused");
    assert!(matches!(e, SyncError::Refused(_)), "{e}");
    assert_eq!(
        v.events_after(0).expect("still here").len(),
        6,
        "a forged order wipes nothing"
    );
    // The real server, after revocation: the signed order wipes the store.
    v.put_setting(
        sanad_sync::CONFIG_SETTING,
        &serde_json::to_vec(&cfg).expect("json"),
    )
    .expect("cfg");
    let id: [u8; 16] = sanad_protocol::unhex(&cfg.device_id)
        .expect("hex")
        .try_into()
        .expect("16");
    assert!(s.storage.revoke(&id).expect("revoke"));
    assert_eq!(c.run(&mut v).await.expect_err("wiped"), SyncError::Wiped);
    let files = all_files(&dir.path().join("device"));
    assert!(files.is_empty(), "nothing left on the device: {files:?}");
}

/// A server that answers every request with `status` and `body`.
async fn fake_server(status: u16, body: String) -> SocketAddr {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let l = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = l.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = l.accept().await {
            let body = body.clone();
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf).await;
                let resp = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(resp.as_bytes()).await;
            });
        }
    });
    addr
}

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
            EventKind::ReferralStatusChanged { status, .. } => Some(status),
            _ => None,
        })
        .collect();
    assert_eq!(changes, vec![sanad_core::case::ReferralStatus::Accepted]);
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
