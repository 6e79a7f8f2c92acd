//! Attacks on the export (issue 12, items 5 and 6), with the release commands themselves:
//! devices push real sealed events over HTTP on loopback, then `sanad-server export` and
//! `sanad-server devices` run on the server's database.
//!
//! - item 5: one event that does not open stopped the whole export;
//! - item 6: a device appended events to another device's case (events were grouped by the
//!   case id inside the plaintext, whoever sent them).

mod common;

use common::{TestServer, device_key};
use sanad_core::Id;
use sanad_core::RefCategory;
use sanad_core::case::{Event, EventKind};
use sanad_protocol::{EventBatch, WireEvent, encode_batch, hex};
use sanad_server::keys;
use sanad_test_support::http::raw_request;
use std::process::Command;

struct Dev {
    id: [u8; 16],
    token: String,
    /// The id the device's own store writes into its events.
    inner: Id,
}

async fn dev(s: &TestServer) -> Dev {
    let r = common::enroll(s.addr, &s.code("worker (invented)"), &device_key()).await;
    assert_eq!(r.status, 200);
    let j = r.json();
    Dev {
        id: sanad_protocol::unhex(j["device_id"].as_str().expect("id"))
            .expect("hex")
            .try_into()
            .expect("16"),
        token: j["token"].as_str().expect("token").to_owned(),
        inner: Id(sanad_crypto::seal::random_bytes()),
    }
}

/// An event of `writer` in `case`, sealed to the organisation's key for sending device `d`.
fn sealed(s: &TestServer, d: &Dev, writer: Id, case: Id, seq: u64, kind: EventKind) -> WireEvent {
    let e = Event {
        id: Id(sanad_crypto::seal::random_bytes()),
        case_id: case,
        device_id: writer,
        seq,
        at_ms: common::T0 + seq as i64,
        kind,
    };
    let sealing: [u8; 32] = sanad_protocol::unhex(&s.keys.certs.sealing.key)
        .expect("hex")
        .try_into()
        .expect("32");
    let plain = serde_json::to_vec(&e).expect("json");
    let context = sanad_server::export::context(&d.id, &e.id.0);
    WireEvent {
        id: e.id.0,
        seq,
        stats: None,
        sealed: sanad_crypto::seal::seal_to(&sealing, &context, &plain).expect("seal"),
    }
}

async fn push(s: &TestServer, d: &Dev, events: Vec<WireEvent>) {
    let body = encode_batch(&EventBatch {
        device_id: d.id,
        events,
    });
    let r = raw_request(
        s.addr,
        "POST",
        "/v1/events",
        &[
            ("authorization", &format!("Bearer {}", d.token)),
            ("content-type", "application/x-sanad-batch"),
        ],
        &body,
    )
    .await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
}

fn opened(reference: &str) -> EventKind {
    EventKind::Opened {
        reference: reference.into(),
        alias: "invented alias".into(),
    }
}

fn referral(service: &str) -> EventKind {
    EventKind::ReferralMade {
        category: RefCategory::Shelter,
        service: Some(service.into()),
    }
}

/// Run a `sanad-server` command on the test server's database: (success, stdout, stderr).
fn server_cmd(s: &TestServer, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sanad-server"))
        .arg("--db")
        .arg(s.dir.path().join("server.db"))
        .args(args)
        .output()
        .expect("run sanad-server");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn export(s: &TestServer) -> (bool, serde_json::Value, String) {
    let key = s.org.offline.join(keys::SEALING_FILE);
    let out = s.dir.path().join("export.json");
    let _ = std::fs::remove_file(&out);
    let (ok, _, err) = server_cmd(
        s,
        &[
            "export",
            "--org-key",
            &key.to_string_lossy(),
            "--out",
            &out.to_string_lossy(),
        ],
    );
    #[cfg(unix)]
    if let Ok(m) = std::fs::metadata(&out) {
        use std::os::unix::fs::PermissionsExt;
        // The export holds case data in clear: readable by its owner only.
        assert_eq!(m.permissions().mode() & 0o077, 0, "export.json is private");
    }
    let doc = std::fs::read(&out)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(serde_json::Value::Null);
    (ok, doc, err)
}

/// Item 5. Device A's third event does not open (a damaged or hostile record). Before the
/// fix `export` stopped at it and wrote nothing. Now every other event is exported, the
/// report names the device and the count (and no content), and the record is kept in
/// quarantine on the server, once however often the export runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_unreadable_event_is_skipped_reported_and_kept_in_quarantine() {
    let s = TestServer::start().await;
    let (a, b) = (dev(&s).await, dev(&s).await);
    let (ca, cb) = (
        Id(sanad_crypto::seal::random_bytes()),
        Id(sanad_crypto::seal::random_bytes()),
    );
    let mut garbage = vec![sanad_crypto::seal::SEALED_V1];
    garbage.extend_from_slice(&sanad_crypto::seal::random_bytes::<64>());
    let mut bad = sealed(&s, &a, a.inner, ca, 3, referral("SECRET-MARKER-service"));
    bad.sealed = garbage;
    push(
        &s,
        &a,
        vec![
            sealed(&s, &a, a.inner, ca, 1, opened("REF-A")),
            sealed(&s, &a, a.inner, ca, 2, referral("svc-a")),
            bad,
            sealed(&s, &a, a.inner, ca, 4, referral("svc-a2")),
        ],
    )
    .await;
    push(
        &s,
        &b,
        vec![
            sealed(&s, &b, b.inner, cb, 1, opened("REF-B")),
            sealed(&s, &b, b.inner, cb, 2, referral("svc-b")),
        ],
    )
    .await;
    let (ok, doc, err) = export(&s);
    assert!(ok, "the export completes: {err}");
    let cases = doc["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 2, "both devices' cases are exported");
    let events: u64 = cases
        .iter()
        .map(|c| c["sanad_events"].as_u64().expect("n"))
        .sum();
    assert_eq!(events, 5, "every readable event");
    assert!(
        err.contains(&format!("left out 1 event(s) of device {}", hex(&a.id)))
            && err.contains("do not open"),
        "{err}"
    );
    assert!(
        !err.contains("SECRET") && !err.contains("svc-"),
        "no content: {err}"
    );
    assert_eq!(
        s.storage.quarantined().expect("q").len(),
        1,
        "kept in quarantine"
    );
    let (ok, _, _) = export(&s);
    assert!(ok);
    assert_eq!(s.storage.quarantined().expect("q").len(), 1, "kept once");
    let (ok, list, _) = server_cmd(&s, &["devices"]);
    assert!(ok);
    let line = list
        .lines()
        .find(|l| l.starts_with(&hex(&a.id)))
        .expect("a");
    assert_eq!(line.split('\t').nth(5), Some("1"), "{line}");
    assert_eq!(
        s.storage.events().expect("e").len(),
        6,
        "nothing was deleted"
    );
}

/// Item 6. Device B knows device A's case id (and A's own device id) and pushes, with its
/// own token, a referral into A's case written as A, and one written as itself. Before
/// the fix the export grouped by the case id inside the plaintext, so both joined A's
/// record. Now A's record holds A's events only; B's are left out and reported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_cannot_add_to_another_devices_case_in_the_export() {
    let s = TestServer::start().await;
    let (a, b) = (dev(&s).await, dev(&s).await);
    let (ca, cb) = (
        Id(sanad_crypto::seal::random_bytes()),
        Id(sanad_crypto::seal::random_bytes()),
    );
    push(
        &s,
        &a,
        vec![
            sealed(&s, &a, a.inner, ca, 1, opened("REF-A")),
            sealed(&s, &a, a.inner, ca, 2, referral("svc-a")),
        ],
    )
    .await;
    push(
        &s,
        &b,
        vec![
            sealed(&s, &b, b.inner, cb, 1, opened("REF-B")),
            // Written as A, into A's case.
            sealed(&s, &b, a.inner, ca, 2, referral("attacker-as-a")),
            // Written as B, into A's case.
            sealed(&s, &b, b.inner, ca, 3, referral("attacker-as-b")),
            // Opening a case with A's case id does not make it A's case either.
            sealed(&s, &b, b.inner, ca, 4, opened("REF-A")),
            sealed(&s, &b, b.inner, ca, 5, referral("attacker-reopened")),
        ],
    )
    .await;
    let (ok, doc, err) = export(&s);
    assert!(ok, "{err}");
    let text = doc.to_string();
    let cases = doc["cases"].as_array().expect("cases");
    let of_a: Vec<&serde_json::Value> = cases
        .iter()
        .filter(|c| c["sanad_device"] == hex(&a.id))
        .collect();
    assert_eq!(of_a.len(), 1);
    assert_eq!(of_a[0]["cas_CaseId"], ca.to_string());
    assert_eq!(of_a[0]["sanad_events"], 2, "only A's own events");
    assert!(
        !of_a[0].to_string().contains("attacker"),
        "A's record: {}",
        of_a[0]
    );
    assert!(!text.contains("attacker-as"), "{text}");
    // B's re-opened copy of the case id is B's own record, never merged with A's.
    assert!(
        cases
            .iter()
            .filter(|c| c.to_string().contains("attacker-reopened"))
            .all(|c| c["sanad_device"] == hex(&b.id))
    );
    let b_hex = hex(&b.id);
    assert!(
        err.contains(&format!(
            "left out 1 event(s) of device {b_hex} that claim to come from another device"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "left out 1 event(s) of device {b_hex} that add to a case this device never opened"
        )),
        "{err}"
    );
}
