//! Attacks on the server over real HTTP on loopback (issue 12): each test performs the
//! attack and passes only with its fix.
//!
//! - item 9: a captured enrollment replayed within the code's life;
//! - item 7: one device filling the server (25 pushes of 4 MiB), and one slot's quarantine;
//! - low: half-open connections held open, a connection flood, a body sent too slowly,
//!   floods of enrollment and unauthenticated requests from one address.

mod common;

use common::{DeviceKey, TestServer, device_key};
use sanad_protocol::{EventBatch, WireEvent, encode_batch, hex};
use sanad_test_support::env::TempDir;
use sanad_test_support::http::raw_request;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Enrolled {
    id: [u8; 16],
    token: String,
}

async fn enrolled(s: &TestServer, key: &DeviceKey) -> Enrolled {
    let r = common::enroll(s.addr, &s.code("worker (invented)"), key).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let j = r.json();
    Enrolled {
        id: sanad_protocol::unhex(j["device_id"].as_str().expect("id"))
            .expect("hex")
            .try_into()
            .expect("16"),
        token: j["token"].as_str().expect("token").to_owned(),
    }
}

fn event(device: [u8; 16], seq: u64, sealed: Vec<u8>) -> WireEvent {
    let mut id = device;
    id[8..].copy_from_slice(&seq.to_be_bytes());
    WireEvent {
        id,
        seq,
        stats: None,
        sealed,
    }
}

async fn push(s: &TestServer, token: &str, device: [u8; 16], events: Vec<WireEvent>) -> u16 {
    push_raw(s, token, device, events).await.status
}

async fn push_raw(
    s: &TestServer,
    token: &str,
    device: [u8; 16],
    events: Vec<WireEvent>,
) -> sanad_test_support::http::RawResponse {
    let body = encode_batch(&EventBatch {
        device_id: device,
        events,
    });
    raw_request(
        s.addr,
        "POST",
        "/v1/events",
        &[
            ("authorization", &format!("Bearer {token}")),
            ("content-type", "application/x-sanad-batch"),
        ],
        &body,
    )
    .await
}

async fn status(s: &TestServer, token: &str) -> u16 {
    raw_request(
        s.addr,
        "GET",
        "/v1/status",
        &[("authorization", &format!("Bearer {token}"))],
        b"",
    )
    .await
    .status
}

/// Item 9. An attacker who captured an enrollment (code, public key, challenge,
/// signature) replays it while the code is still valid; then tries again with a fresh
/// challenge. Before the fix the same code and public key got a new token for the same
/// device, which locked the real device out. Now both are refused, the real device keeps
/// working, and only the holder of the private key can renew its own token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_enrollment_neither_locks_out_the_device_nor_gets_a_token() {
    let s = TestServer::start().await;
    let code = s.code("Amina (invented)");
    let key = device_key();
    let captured = common::enroll_body(&code, &key, &common::challenge(s.addr).await);
    let r = common::post_enroll(s.addr, &captured).await;
    assert_eq!(r.status, 200);
    let (device, token) = (
        r.json()["device_id"].as_str().expect("id").to_owned(),
        r.json()["token"].as_str().expect("token").to_owned(),
    );
    // The replay, byte for byte.
    let replay = common::post_enroll(s.addr, &captured).await;
    assert_eq!(replay.status, 403, "a replayed enrollment is refused");
    assert_eq!(replay.json()["error"], "enrollment_challenge");
    assert!(
        replay.json()["token"].is_null(),
        "no token for the attacker"
    );
    assert_eq!(status(&s, &token).await, 200, "the real device still works");
    // A fresh challenge with the captured signature, or signed by the attacker's own key
    // while claiming the device's public key: refused.
    let mut forged: serde_json::Value = serde_json::from_slice(&captured).expect("json");
    forged["challenge"] = common::challenge(s.addr).await.into();
    let r = common::post_enroll(s.addr, forged.to_string().as_bytes()).await;
    assert_eq!(
        (r.status, r.json()["error"].as_str()),
        (403, Some("enrollment_proof"))
    );
    let attacker = device_key();
    let c = common::challenge(s.addr).await;
    let mut own = common::enroll_body(&code, &attacker, &c);
    let mut v: serde_json::Value = serde_json::from_slice(&own).expect("json");
    v["device_key"] = key.public.clone().into();
    own = v.to_string().into_bytes();
    assert_eq!(common::post_enroll(s.addr, &own).await.status, 403);
    // The attacker's own key with the code: the code is used.
    let r = common::enroll(s.addr, &code, &attacker).await;
    assert_eq!(r.json()["error"], "enrollment_used");
    assert_eq!(
        status(&s, &token).await,
        200,
        "still the real device's token"
    );
    // The real device, whose answer was lost, enrolls again with a new challenge signed
    // by its key: same device, new token.
    let again = common::enroll(s.addr, &code, &key).await;
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["device_id"].as_str(), Some(device.as_str()));
    // A challenge is not accepted after its 5 minutes either.
    let c = common::challenge(s.addr).await;
    s.now
        .fetch_add(5 * 60_000, std::sync::atomic::Ordering::SeqCst);
    let late = common::post_enroll(s.addr, &common::enroll_body(&code, &key, &c)).await;
    assert_eq!(late.json()["error"], "enrollment_challenge");
}

/// Size of the server's database files (SQLite and its journal).
fn db_bytes(dir: &TempDir) -> u64 {
    std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("server.db"))
        .map(|e| e.metadata().map_or(0, |m| m.len()))
        .sum()
}

/// Item 7. One device pushes 25 batches of one 4 MiB event each (before the fix the
/// server's data grew by 100 MB). With a quota of 8 MiB the third push is refused with a
/// clear 403 naming the quota, nothing more is stored, and the database stays within a
/// few times the quota (its write-ahead log included); the device's acknowledged events are untouched. The record quota and the cap
/// on one slot's quarantine hold the same way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_device_cannot_fill_the_server() {
    let dir = TempDir::new("quota");
    let storage = sanad_server::open_storage(&dir.path().join("server.db").to_string_lossy())
        .expect("storage");
    let s = TestServer::start_adjusted(dir, storage, |api| {
        api.limits.quota_bytes = 8 * 1024 * 1024;
        api.limits.quota_rows = 50;
        api.limits.quarantine_per_seq = 3;
    })
    .await;
    let a = enrolled(&s, &device_key()).await;
    let big = sanad_protocol::MAX_BODY - 1024;
    let mut refused = 0;
    for seq in 1..=25u64 {
        let r = push_raw(
            &s,
            &a.token,
            a.id,
            vec![event(a.id, seq, vec![seq as u8; big])],
        )
        .await;
        if r.status == 403 {
            refused += 1;
            assert_eq!(r.json()["error"], "quota_exceeded");
            let msg = r.json()["message"].as_str().expect("message").to_owned();
            assert!(msg.contains("quota") && msg.contains("8388608"), "{msg}");
        } else {
            assert_eq!(r.status, 200);
        }
    }
    assert_eq!(refused, 25 - 2, "two 4 MiB events fit in 8 MiB");
    // The database and its write-ahead log hold the two events (twice at most) and the
    // other tables: far below the 100 MB pushed.
    let grown = db_bytes(&s.dir);
    assert!(
        grown < 24 * 1024 * 1024,
        "the database holds {grown} bytes after 100 MB were pushed"
    );
    assert_eq!(s.storage.events().expect("events").len(), 2);
    // Records: 50 at most for another device.
    let b = enrolled(&s, &device_key()).await;
    let r = push_raw(
        &s,
        &b.token,
        b.id,
        (1..=60).map(|q| event(b.id, q, vec![1; 8])).collect(),
    )
    .await;
    assert_eq!(r.json()["error"], "quota_exceeded");
    assert!(r.json()["message"].as_str().expect("m").contains("records"));
    assert_eq!(s.storage.device(&b.id).expect("d").expect("b").events, 50);
    // One slot's conflicting versions: all reported, three kept.
    let c = enrolled(&s, &device_key()).await;
    assert_eq!(
        push(&s, &c.token, c.id, vec![event(c.id, 1, vec![0])]).await,
        200
    );
    for v in 1..=20u8 {
        let r = push_raw(&s, &c.token, c.id, vec![event(c.id, 1, vec![v])]).await;
        assert_eq!(r.json()["conflicts"].as_array().expect("c").len(), 1);
    }
    assert_eq!(
        s.storage.device(&c.id).expect("d").expect("c").quarantined,
        3
    );
}

/// Read until the server closes the connection (or 30 s pass: then it is still open).
async fn closed_by_server(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(Duration::from_secs(30), stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(got),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

/// Low. 200 connections that send half a header block and then nothing (before the fix
/// they stayed open); a client that sends its body too slowly. With a cap of 32
/// connections and 1 s deadlines, connections past the cap are closed at once, the
/// half-open ones are closed by the server, the slow body gets a 408, an idle kept-alive
/// connection is closed too, and the server serves again afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_open_and_slow_connections_are_closed_and_capped() {
    let dir = TempDir::new("slowloris");
    let storage = sanad_server::open_storage(&dir.path().join("server.db").to_string_lossy())
        .expect("storage");
    let s = TestServer::start_adjusted(dir, storage, |api| {
        api.limits.max_connections = 32;
        api.limits.header_timeout = Duration::from_secs(1);
        api.limits.request_timeout = Duration::from_secs(1);
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..200 {
        let mut c = TcpStream::connect(s.addr).await.expect("connect");
        // Half a request: the header block never ends.
        let _ = c
            .write_all(b"POST /v1/enroll HTTP/1.1\r\nhost: x\r\n")
            .await;
        held.push(c);
    }
    // Wait for all of them at once (each for 30 s at most).
    let mut waits = tokio::task::JoinSet::new();
    for mut c in held {
        waits.spawn(async move { closed_by_server(&mut c).await.is_some() });
    }
    let mut closed = 0;
    while let Some(r) = waits.join_next().await {
        closed += usize::from(r.expect("join"));
    }
    assert_eq!(
        closed, 200,
        "every half-open connection was closed by the server"
    );
    // A body that never arrives.
    let mut slow = TcpStream::connect(s.addr).await.expect("connect");
    slow.write_all(
        b"POST /v1/enroll HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"code\":",
    )
    .await
    .expect("write");
    let answer = closed_by_server(&mut slow).await.expect("closed");
    let head = String::from_utf8_lossy(&answer);
    assert!(head.starts_with("HTTP/1.1 408"), "{head}");
    // One complete request, then the connection is kept open and idle.
    let mut idle = TcpStream::connect(s.addr).await.expect("connect");
    idle.write_all(b"GET /v1/openapi.json HTTP/1.1\r\nhost: x\r\n\r\n")
        .await
        .expect("write");
    let answer = closed_by_server(&mut idle)
        .await
        .expect("idle connection closed");
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
    // Served again.
    let r = raw_request(s.addr, "GET", "/v1/openapi.json", &[], b"").await;
    assert_eq!(r.status, 200);
}

/// Low. One address floods the enrollment endpoints and sends requests without a valid
/// token: past the per-address burst it gets 429 (before the fix: served without limit),
/// while an enrolled device behind the same address is still served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrollment_and_unauthenticated_floods_are_limited_per_address() {
    let dir = TempDir::new("per-ip");
    let storage = sanad_server::open_storage(&dir.path().join("server.db").to_string_lossy())
        .expect("storage");
    let s = TestServer::start_adjusted(dir, storage, |api| {
        api.limits.enroll_per_ip = (0.001, 6.0);
        api.limits.unauthenticated_per_ip = (0.001, 10.0);
    })
    .await;
    let a = enrolled(&s, &device_key()).await; // 2 enrollment requests
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let r = raw_request(s.addr, "POST", "/v1/enroll/challenge", &[], b"").await;
        statuses.push(r.status);
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        4,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        6,
        "{statuses:?}"
    );
    let bad = format!("Bearer {}", hex(&[9u8; 32]));
    let mut statuses = Vec::new();
    for i in 0..20 {
        let (m, p, h): (&str, &str, Vec<(&str, &str)>) = match i % 3 {
            0 => ("GET", "/v1/status", vec![("authorization", bad.as_str())]),
            1 => ("GET", "/v1/nothing-here", vec![]),
            _ => ("GET", "/v1/pull", vec![]),
        };
        statuses.push(raw_request(s.addr, m, p, &h, b"").await.status);
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        10,
        "{statuses:?}"
    );
    assert_eq!(
        status(&s, &a.token).await,
        200,
        "the enrolled device is served"
    );
}
