//! The person's rights on the server (issue 17, part 2), over real HTTP on loopback: an
//! erasure notice signed by the device deletes that case's payloads and leaves only
//! tombstones — the erased case's markers are found nowhere in the server's database
//! files, the other cases still are, and the sequence moves past the erased events; a
//! notice not signed by the device's key, or naming another device, changes nothing; a
//! withdrawal keeps the case's events out of export.

mod common;

use common::{DeviceKey, TestServer, device_key};
use sanad_protocol::{
    EventBatch, NoticeEvent, RightsAction, RightsNotice, WireEvent, encode_batch, hex,
};
use sanad_test_support::env::{all_files, contains};
use sanad_test_support::http::{RawResponse, raw_request};

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

fn id_of(seq: u64) -> [u8; 16] {
    let mut id = [0x5a; 16];
    id[8..].copy_from_slice(&seq.to_be_bytes());
    id
}

/// Event `seq` of case `case` (a, b or c): its payload carries the case's marker (the
/// server cannot tell ciphertext from anything else, so a marker stands for the case).
fn event(case: char, seq: u64) -> WireEvent {
    WireEvent {
        id: id_of(seq),
        seq,
        stats: Some(sanad_protocol::Stats {
            region: Some(format!("RIGHTSMARK{case}region")),
            ..Default::default()
        }),
        sealed: format!("RIGHTSMARK-{case}-payload-{seq}").into_bytes(),
    }
}

async fn push(s: &TestServer, d: &Enrolled, events: Vec<WireEvent>) -> serde_json::Value {
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
    r.json()
}

fn notice(d: &Enrolled, key: &DeviceKey, action: RightsAction, seqs: &[u64]) -> RightsNotice {
    let mut n = RightsNotice {
        action,
        device_id: hex(&d.id),
        issued_ms: common::T0,
        events: seqs
            .iter()
            .map(|s| NoticeEvent {
                seq: *s,
                id: hex(&id_of(*s)),
            })
            .collect(),
        signature: String::new(),
    };
    n.signature = sanad_crypto::sign::sign_command(&key.private, &n.signed_text()).expect("sign");
    n
}

async fn send(s: &TestServer, d: &Enrolled, n: &RightsNotice) -> RawResponse {
    raw_request(
        s.addr,
        "POST",
        "/v1/rights",
        &[
            ("authorization", &format!("Bearer {}", d.token)),
            ("content-type", "application/json"),
        ],
        &serde_json::to_vec(n).expect("json"),
    )
    .await
}

fn stored_markers(s: &TestServer) -> Vec<String> {
    s.storage
        .events()
        .expect("events")
        .into_iter()
        .map(|e| String::from_utf8_lossy(&e.sealed).into_owned())
        .collect()
}

fn files_holding(s: &TestServer, needle: &str) -> Vec<String> {
    all_files(s.dir.path())
        .into_iter()
        .filter(|(p, b)| {
            p.to_string_lossy().contains("server.db") && contains(b, needle.as_bytes())
        })
        .map(|(p, _)| p.display().to_string())
        .collect()
}

#[tokio::test]
async fn an_erasure_notice_leaves_only_tombstones() {
    let s = TestServer::start().await;
    let key = device_key();
    let d = enrolled(&s, &key).await;
    // Cases a (1, 2), b (3, 4, and 7 not pushed yet), c (5, 6, 8).
    let v = push(
        &s,
        &d,
        vec![
            event('a', 1),
            event('a', 2),
            event('b', 3),
            event('b', 4),
            event('c', 5),
            event('c', 6),
            event('c', 8),
        ],
    )
    .await;
    assert_eq!(
        v["acked_through"], 6,
        "the gap at 7 holds the acknowledgement"
    );
    assert!(
        !files_holding(&s, "RIGHTSMARK-b").is_empty(),
        "the search finds b before"
    );

    let r = send(&s, &d, &notice(&d, &key, RightsAction::Erase, &[3, 4, 7])).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["applied"], 2);

    let left = stored_markers(&s);
    assert!(left.iter().all(|m| !m.contains("-b-")), "{left:?}");
    assert_eq!(left.len(), 5, "a and c still read: {left:?}");
    for needle in ["RIGHTSMARK-b", "RIGHTSMARKbregion"] {
        assert_eq!(files_holding(&s, needle), Vec::<String>::new(), "{needle}");
    }
    assert!(!files_holding(&s, "RIGHTSMARK-c").is_empty());
    let dev = s.storage.device(&d.id).expect("device").expect("known");
    assert_eq!(dev.acked, 8, "the tombstone at 7 fills the gap");
    // A late retry of an erased event stores nothing again, and is not a conflict.
    let v = push(&s, &d, vec![event('b', 3)]).await;
    assert_eq!(v["conflicts"], serde_json::json!([]));
    assert!(s.storage.quarantined().expect("q").is_empty());
    assert!(stored_markers(&s).iter().all(|m| !m.contains("-b-")));
    // The same notice again changes nothing more.
    let r = send(&s, &d, &notice(&d, &key, RightsAction::Erase, &[3, 4, 7])).await;
    assert_eq!(r.json()["applied"], 0);
}

#[tokio::test]
async fn a_notice_not_signed_by_the_device_changes_nothing() {
    let s = TestServer::start().await;
    let key = device_key();
    let d = enrolled(&s, &key).await;
    let other = enrolled(&s, &device_key()).await;
    push(&s, &d, vec![event('a', 1), event('b', 2)]).await;
    // Signed by another key (a stolen token is not enough).
    let forged = notice(&d, &device_key(), RightsAction::Erase, &[2]);
    let r = send(&s, &d, &forged).await;
    assert_eq!(r.status, 403, "{}", String::from_utf8_lossy(&r.body));
    // Another device's token, this device's genuine notice.
    let r = send(&s, &other, &notice(&d, &key, RightsAction::Erase, &[2])).await;
    assert_eq!(r.status, 403);
    // An altered notice (an event added after signing).
    let mut altered = notice(&d, &key, RightsAction::Erase, &[2]);
    altered.events.push(NoticeEvent {
        seq: 1,
        id: hex(&id_of(1)),
    });
    assert_eq!(send(&s, &d, &altered).await.status, 403);
    assert_eq!(stored_markers(&s).len(), 2, "nothing was erased");
}

#[tokio::test]
async fn a_withdrawal_keeps_the_case_out_of_export() {
    let s = TestServer::start().await;
    let key = device_key();
    let d = enrolled(&s, &key).await;
    push(&s, &d, vec![event('a', 1), event('b', 2), event('b', 3)]).await;
    let r = send(&s, &d, &notice(&d, &key, RightsAction::Withdraw, &[2, 3])).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["applied"], 2);
    let left = stored_markers(&s);
    assert_eq!(left, vec!["RIGHTSMARK-a-payload-1".to_string()]);
    let dev = s.storage.device(&d.id).expect("device").expect("known");
    assert_eq!(dev.acked, 3, "still stored, sealed: the sequence is whole");
}
