//! Real devices (encrypted stores) syncing with a real server on loopback: two devices
//! end to end with export, 10,000 events through a proxy that injects faults into 30 % of
//! requests, revocation with a signed wipe order, and a forged one. What devices pull
//! (bundles, orders, content) is in pulled.rs.
use sanad_core::case::CaseRepository;
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
