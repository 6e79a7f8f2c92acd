//! The API over real HTTP on loopback: enrollment, authorization on every endpoint,
//! malformed input, and the OpenAPI document against the code.

mod common;

use common::{DeviceKey, TestServer, device_key};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use sanad_protocol::{
    EventBatch, NoticeEvent, RightsAction, RightsNotice, WireEvent, encode_batch, hex,
};
use sanad_test_support::http::{RawResponse, raw_request};
use std::sync::atomic::Ordering;

async fn enroll(s: &TestServer, code: &str, key: &DeviceKey) -> RawResponse {
    common::enroll(s.addr, code, key).await
}

struct Device {
    id: [u8; 16],
    token: String,
    key: DeviceKey,
}

async fn device(s: &TestServer, worker: &str) -> Device {
    let key = device_key();
    let r = enroll(s, &s.code(worker), &key).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let j = r.json();
    let id = sanad_protocol::unhex(j["device_id"].as_str().expect("id")).expect("hex");
    Device {
        id: id.try_into().expect("16"),
        token: j["token"].as_str().expect("token").to_owned(),
        key,
    }
}

/// A withdrawal notice for the device's event 1, signed by its key.
fn signed_notice(d: &Device) -> Vec<u8> {
    let mut id = d.id;
    id[8..].copy_from_slice(&1u64.to_be_bytes());
    let mut n = RightsNotice {
        action: RightsAction::Withdraw,
        device_id: hex(&d.id),
        issued_ms: common::T0,
        events: vec![NoticeEvent {
            seq: 1,
            id: hex(&id),
        }],
        signature: String::new(),
    };
    n.signature = sanad_crypto::sign::sign_command(&d.key.private, &n.signed_text()).expect("sign");
    serde_json::to_vec(&n).expect("json")
}

fn batch(device: [u8; 16], seqs: std::ops::RangeInclusive<u64>) -> Vec<u8> {
    encode_batch(&EventBatch {
        device_id: device,
        events: seqs
            .map(|seq| WireEvent {
                id: {
                    let mut id = device;
                    id[8..].copy_from_slice(&seq.to_be_bytes());
                    id
                },
                seq,
                stats: None,
                sealed: vec![1, 2, 3, seq as u8],
            })
            .collect(),
    })
}

async fn push(s: &TestServer, token: Option<&str>, body: &[u8]) -> RawResponse {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut h = vec![("content-type", "application/x-sanad-batch")];
    if let Some(a) = &auth {
        h.push(("authorization", a.as_str()));
    }
    raw_request(s.addr, "POST", "/v1/events", &h, body).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrollment_codes_are_one_time_and_expire() {
    let s = TestServer::start().await;
    let code = s.code("Amina (invented)");
    let (k1, k2) = (device_key(), device_key());
    let r = enroll(&s, &code, &k1).await;
    assert_eq!(r.status, 200);
    let j = r.json();
    let certs: sanad_protocol::OrgCertificates =
        serde_json::from_value(j["organisation"].clone()).expect("certificates");
    assert_eq!(certs, s.keys.certs);
    sanad_crypto::trust::verify(&certs, &s.org.fingerprint).expect("the chain verifies");
    // The same code from another device key: refused.
    let again = enroll(&s, &code, &k2).await;
    assert_eq!(again.status, 403);
    assert_eq!(again.json()["error"], "enrollment_used");
    // The same code and key again (the first answer was lost): same device, new token.
    let retry = enroll(&s, &code.to_lowercase().replace('-', " "), &k1).await;
    assert_eq!(retry.status, 200);
    assert_eq!(retry.json()["device_id"], j["device_id"]);
    assert_ne!(retry.json()["token"], j["token"]);
    let old = push(&s, j["token"].as_str(), &batch([0; 16], 1..=1)).await;
    assert_eq!(old.status, 401, "the replaced token no longer works");
    // Expired code.
    let late = s.code("Youssef (invented)");
    s.now.fetch_add(3_600_001, Ordering::SeqCst);
    let r = enroll(&s, &late, &device_key()).await;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"], "enrollment_expired");
    // Unknown code and malformed requests.
    assert_eq!(
        enroll(&s, "AAAAA-BBBBB-CCCCC", &device_key()).await.json()["error"],
        "enrollment_unknown"
    );
    let c = common::challenge(s.addr).await;
    let body = serde_json::json!({
        "code": s.code("x"), "device_key": "not-hex", "challenge": c, "signature": "00",
    });
    assert_eq!(
        common::post_enroll(s.addr, body.to_string().as_bytes())
            .await
            .status,
        400
    );
    let r = raw_request(s.addr, "POST", "/v1/enroll", &[], b"{\"code\": 1}").await;
    assert_eq!(r.status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_refuses_missing_wrong_and_foreign_tokens() {
    let s = TestServer::start().await;
    let a = device(&s, "A (invented)").await;
    let b = device(&s, "B (invented)").await;
    // No token, a malformed one, an unknown one, a token in the URL.
    for auth in [None, Some("nothex"), Some(&hex(&[9u8; 32])[..])] {
        assert_eq!(push(&s, auth, &batch(a.id, 1..=1)).await.status, 401);
        let h: Vec<(&str, String)> = auth
            .map(|t| ("authorization", format!("Bearer {t}")))
            .into_iter()
            .collect();
        let h: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            raw_request(s.addr, "GET", "/v1/status", &h, b"")
                .await
                .status,
            401
        );
    }
    let in_url = raw_request(
        s.addr,
        "GET",
        &format!("/v1/status?token={}", a.token),
        &[],
        b"",
    )
    .await;
    assert_eq!(in_url.status, 401, "tokens are read from the header only");
    // Device A's token with device B's events.
    let r = push(&s, Some(&a.token), &batch(b.id, 1..=2)).await;
    assert_eq!(r.status, 403);
    // A's own events are accepted; B's status shows none of them.
    let r = push(&s, Some(&a.token), &batch(a.id, 1..=3)).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["acked_through"], 3);
    let st = raw_request(
        s.addr,
        "GET",
        "/v1/status",
        &[("authorization", &format!("Bearer {}", b.token))],
        b"",
    )
    .await;
    assert_eq!(st.json()["events"], 0);
    assert_eq!(st.json()["device_id"], hex(&b.id));
    let stored = s.storage.events().expect("events");
    assert!(stored.iter().all(|e| e.device == a.id));
    // Commands are addressed: A's lock order is invisible to B.
    sanad_server::publish_command(&*s.storage, &s.keys, &a.id, "lock", 5).expect("publish");
    let pull = |t: &str| {
        let auth = format!("Bearer {t}");
        async move {
            raw_request(
                s.addr,
                "GET",
                "/v1/pull?after=0",
                &[("authorization", &auth)],
                b"",
            )
            .await
        }
    };
    assert_eq!(
        pull(&a.token).await.json()["items"]
            .as_array()
            .expect("items")
            .len(),
        1
    );
    assert_eq!(
        pull(&b.token).await.json()["items"]
            .as_array()
            .expect("items")
            .len(),
        0
    );
    let bad = raw_request(
        s.addr,
        "GET",
        "/v1/pull?after=-1",
        &[("authorization", &format!("Bearer {}", a.token))],
        b"",
    )
    .await;
    assert_eq!(bad.status, 400);
    // Wrong media type.
    let r = raw_request(
        s.addr,
        "POST",
        "/v1/events",
        &[("authorization", &format!("Bearer {}", a.token))],
        &batch(a.id, 4..=4),
    )
    .await;
    assert_eq!(r.status, 415);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_device_gets_401_with_a_wipe_order_signed_by_the_organisation() {
    let s = TestServer::start().await;
    let a = device(&s, "A (invented)").await;
    assert!(s.storage.revoke(&a.id).expect("revoke"));
    let r = push(&s, Some(&a.token), &batch(a.id, 1..=1)).await;
    assert_eq!(r.status, 401);
    let j = r.json();
    assert_eq!(j["error"], "revoked");
    let w = &j["wipe"];
    assert_eq!(w["device_id"], hex(&a.id));
    let text = sanad_protocol::WipeOrder::signed_text(
        w["device_id"].as_str().expect("id"),
        w["issued_ms"].as_i64().expect("ms"),
    );
    assert!(sanad_crypto::sign::verify_command(
        &s.keys.certs.online.key,
        &text,
        w["signature"].as_str().expect("sig")
    ));
    assert!(!sanad_crypto::sign::verify_command(
        &s.keys.certs.online.key,
        &text.replace("wipe", "lock"),
        w["signature"].as_str().expect("sig")
    ));
    assert!(
        s.storage.events().expect("events").is_empty(),
        "nothing stored for a revoked device"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeats_are_acknowledged_conflicts_quarantined_and_gaps_wait() {
    let s = TestServer::start().await;
    let a = device(&s, "A (invented)").await;
    assert_eq!(
        push(&s, Some(&a.token), &batch(a.id, 1..=3)).await.json()["acked_through"],
        3
    );
    // Same batch again: acknowledged again, nothing duplicated.
    assert_eq!(
        push(&s, Some(&a.token), &batch(a.id, 1..=3)).await.json()["acked_through"],
        3
    );
    assert_eq!(s.storage.events().expect("events").len(), 3);
    // 5 and 6 before 4: stored, but the acknowledgement waits for 4.
    assert_eq!(
        push(&s, Some(&a.token), &batch(a.id, 5..=6)).await.json()["acked_through"],
        3
    );
    assert_eq!(
        push(&s, Some(&a.token), &batch(a.id, 4..=4)).await.json()["acked_through"],
        6
    );
    // Event 2's id with other bytes: quarantined, reported, the original kept, and the
    // events behind it still go through.
    let mut poison = sanad_protocol::decode_batch(&batch(a.id, 2..=2)).expect("batch");
    poison.events[0].seq = 7;
    poison.events[0].sealed = vec![9, 9, 9];
    let mut b = poison.clone();
    b.events.push(
        sanad_protocol::decode_batch(&batch(a.id, 8..=8))
            .expect("b")
            .events
            .remove(0),
    );
    let r = push(&s, Some(&a.token), &encode_batch(&b)).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json()["acked_through"],
        8,
        "the poison record does not block event 8"
    );
    assert_eq!(r.json()["conflicts"][0], hex(&poison.events[0].id));
    assert_eq!(s.storage.quarantined().expect("q").len(), 1);
    let kept = s.storage.events().expect("events");
    assert_eq!(
        kept.iter().find(|e| e.seq == 2).expect("2").sealed,
        vec![1, 2, 3, 2]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_bodies_get_4xx_never_a_crash() {
    let s = TestServer::start().await;
    let a = device(&s, "A (invented)").await;
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(200));
    let bodies: Vec<Vec<u8>> = (0..200)
        .map(|_| {
            proptest::collection::vec(any::<u8>(), 0..300)
                .new_tree(&mut runner)
                .expect("tree")
                .current()
        })
        .collect();
    let mut limited = 0;
    for (i, mut body) in bodies.into_iter().enumerate() {
        if i % 2 == 0 {
            let mut framed = b"SNB1".to_vec();
            framed.extend_from_slice(&a.id);
            framed.append(&mut body);
            body = framed;
        }
        let r = push(&s, Some(&a.token), &body).await;
        assert!(
            (400..500).contains(&r.status),
            "status {} for body {i}",
            r.status
        );
        limited += usize::from(r.status == 429);
        let r = raw_request(s.addr, "POST", "/v1/enroll", &[], &body).await;
        assert!((400..500).contains(&r.status));
    }
    assert!(limited > 0, "the burst met the rate limit");
    // Over the size limit.
    let big = vec![0u8; sanad_protocol::MAX_BODY + 1];
    assert_eq!(push(&s, Some(&a.token), &big).await.status, 413);
    // 400 pushes in a burst also met the per-device rate limit (429, a 4xx too); after
    // a pause the device is served again.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        push(&s, Some(&a.token), &batch(a.id, 1..=1)).await.status,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_matches_the_code() {
    let s = TestServer::start().await;
    let a = device(&s, "A (invented)").await;
    let doc: serde_json::Value = serde_json::from_str(sanad_server::api::OPENAPI).expect("json");
    let served = raw_request(s.addr, "GET", "/v1/openapi.json", &[], b"").await;
    assert_eq!(
        served.json(),
        doc,
        "the served document is the checked-in one"
    );
    // Every documented operation exists and answers with a documented status.
    let auth = format!("Bearer {}", a.token);
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("ops") {
            operations += 1;
            let documented: Vec<u16> = op["responses"]
                .as_object()
                .expect("responses")
                .keys()
                .map(|k| k.parse().expect("code"))
                .collect();
            let (h, body): (Vec<(&str, &str)>, Vec<u8>) = match path.as_str() {
                "/v1/events" => (
                    vec![
                        ("authorization", &auth),
                        ("content-type", "application/x-sanad-batch"),
                    ],
                    batch(a.id, 1..=1),
                ),
                "/v1/enroll" => (
                    vec![],
                    common::enroll_body(
                        &s.code("x"),
                        &device_key(),
                        &common::challenge(s.addr).await,
                    ),
                ),
                "/v1/rights" => (
                    vec![
                        ("authorization", &auth),
                        ("content-type", "application/json"),
                    ],
                    signed_notice(&a),
                ),
                _ => (vec![("authorization", &auth)], vec![]),
            };
            let r = raw_request(s.addr, &method.to_uppercase(), path, &h, &body).await;
            assert!(
                documented.contains(&r.status),
                "{method} {path} answered {}, documented {documented:?}",
                r.status
            );
            assert_eq!(r.status, 200, "{method} {path}");
            // The 200 body has exactly the documented properties.
            let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
            if let Some(reference) = schema["$ref"].as_str() {
                let name = reference.rsplit('/').next().expect("name");
                let props: std::collections::BTreeSet<String> = doc["components"]["schemas"][name]
                    ["properties"]
                    .as_object()
                    .expect("props")
                    .keys()
                    .cloned()
                    .collect();
                let got: std::collections::BTreeSet<String> = r
                    .json()
                    .as_object()
                    .expect("object")
                    .keys()
                    .cloned()
                    .collect();
                let required: std::collections::BTreeSet<String> = doc["components"]["schemas"]
                    [name]["required"]
                    .as_array()
                    .expect("required")
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                assert!(
                    got.is_subset(&props),
                    "{name}: undocumented fields in {got:?}"
                );
                assert!(
                    required.is_subset(&got),
                    "{name}: missing required fields in {got:?}"
                );
            }
        }
    }
    assert_eq!(operations, 7);
    // Nothing undocumented answers.
    for (m, p) in [
        ("GET", "/v1/events"),
        ("POST", "/v1/status"),
        ("GET", "/v1/devices"),
        ("DELETE", "/v1/enroll"),
    ] {
        let r = raw_request(s.addr, m, p, &[("authorization", &auth)], b"").await;
        assert!(r.status == 404 || r.status == 405, "{m} {p}: {}", r.status);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_http_is_refused_on_a_public_address() {
    let s = TestServer::start().await;
    let api = sanad_server::api(
        s.storage.clone(),
        s.keys.clone(),
        sanad_server::api::system_clock(),
    );
    let opts = sanad_server::ServeOptions {
        listen: "0.0.0.0:0".parse().expect("addr"),
        tls: None,
        insecure_http: false,
    };
    let e = sanad_server::serve(api, opts, None)
        .await
        .expect_err("refused");
    assert!(e.to_string().contains("refusing plain HTTP"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gzip_batches_are_accepted_and_bombs_refused() {
    use std::io::Write;
    let s = TestServer::start().await;
    let a = device(&s, "A (invented)").await;
    let gz = |b: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(b).expect("gzip");
        e.finish().expect("gzip")
    };
    let auth = format!("Bearer {}", a.token);
    let send = |body: Vec<u8>, enc: &'static str| {
        let auth = auth.clone();
        async move {
            raw_request(
                s.addr,
                "POST",
                "/v1/events",
                &[
                    ("authorization", &auth),
                    ("content-type", "application/x-sanad-batch"),
                    ("content-encoding", enc),
                ],
                &body,
            )
            .await
        }
    };
    let r = send(gz(&batch(a.id, 1..=3)), "gzip").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["acked_through"], 3);
    // 64 MiB of zeros in a few KiB: refused without inflating it all.
    let bomb = gz(&vec![0u8; 64 * 1024 * 1024]);
    assert!(bomb.len() < sanad_protocol::MAX_BODY / 10);
    assert_eq!(send(bomb, "gzip").await.status, 413);
    assert_eq!(send(b"not gzip".to_vec(), "gzip").await.status, 400);
    assert_eq!(send(batch(a.id, 4..=4), "br").await.status, 415);
    assert_eq!(send(batch(a.id, 4..=4), "identity").await.status, 200);
}
