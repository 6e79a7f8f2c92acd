//! Attacks on the organisation's chain of trust (issue 12, items 1 and 3), each done for
//! real against a server on loopback:
//!
//! - a server operator swaps the sealing key the server hands out (a rebuilt server, or a
//!   whole forged key set): the device refuses to enroll and nothing is ever sealed to it;
//! - content signed with the server's own online key (a directory bundle with version
//!   999999, checklist texts) is refused by the device, and does not block the real one;
//! - a device enrolled before keys were pinned is told to enroll again, loses nothing,
//!   and its records sealed to the old key are sealed again to the certified one.

mod common;

use common::*;
use sanad_core::case::CaseRepository;
use sanad_server::keys;
use sanad_store::trust::TrustError;
use sanad_sync::{SyncClient, SyncError};
use sanad_test_support::env::TempDir;

/// A server whose API hands out `certs` (as a tampered server binary would).
async fn server_handing_out(
    name: &str,
    tamper: impl FnOnce(&mut sanad_protocol::OrgCertificates),
) -> Server {
    server_with(TempDir::new(name), sanad_server::loopback(), |api| {
        tamper(&mut api.keys.certs)
    })
    .await
}

/// Enroll a device holding one invented case and check that the server gets nothing.
async fn enrollment_is_refused(s: &Server, why: &str) {
    let dir = TempDir::new("victim-device");
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 1);
    let mut c = SyncClient::new(fast_options()).expect("client");
    let e = s
        .enroll(&mut c, &mut v)
        .await
        .expect_err("enrollment must be refused");
    assert!(
        matches!(&e, SyncError::Enrollment(m) if m.contains(why)),
        "{e}"
    );
    assert_eq!(c.run(&mut v).await, Err(SyncError::NotEnrolled));
    assert_eq!(v.outbox_len().expect("outbox"), 0, "nothing was sealed");
    assert!(s.storage.events().expect("events").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_swapped_sealing_key_is_refused_and_nothing_is_sealed_to_it() {
    let attacker = TempDir::new("attacker-keys");
    let attacker = keys::keygen(attacker.path(), now()).expect("keygen");
    let s = server_handing_out("swapped-sealing", |c| {
        c.sealing.key = attacker.certs.sealing.key.clone()
    })
    .await;
    enrollment_is_refused(&s, "sealing key is not certified").await;
    assert_eq!(
        TrustError::BadCertificate("sealing").to_string(),
        "the organisation's sealing key is not certified by its root key: enrollment refused"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_forged_key_set_does_not_match_the_pinned_fingerprint() {
    let attacker = TempDir::new("attacker-org");
    let attacker = keys::keygen(attacker.path(), now()).expect("keygen");
    let s = server_handing_out("forged-org", |c| *c = attacker.certs.clone()).await;
    enrollment_is_refused(&s, "does not match the fingerprint").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_for_another_role_is_refused() {
    // The online certificate offered as the content key: the server could then sign
    // content with the key it holds.
    let s = server_handing_out("role-swap", |c| c.content = c.online.clone()).await;
    enrollment_is_refused(&s, "content key is not certified").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_signed_with_the_servers_online_key_is_refused() {
    let s = server().await;
    let dir = TempDir::new("online-content");
    let mut v = vault(&dir, "device");
    let db = dir.path().join("directory.db");
    let content = dir.path().join("content");
    let mut c = SyncClient::new(sanad_sync::SyncOptions {
        directory: Some(db.clone()),
        content_dir: Some(content.clone()),
        ..fast_options()
    })
    .expect("client");
    s.enroll(&mut c, &mut v).await.expect("enroll");
    let k = keys::load_server_keys(&s.org.server).expect("server keys");
    let online = std::fs::read_to_string(s.org.server.join(keys::ONLINE_FILE)).expect("key");
    let sample = include_str!("../../../assets/sample-directory.json");
    // The server holder signs a directory with its online key, version 999999.
    let hostile = sanad_store::bundle::sign(online.trim(), 999_999, sample).expect("sign");
    assert!(
        sanad_server::publish_directory(&*s.storage, &k, &hostile, 1).is_err(),
        "the server's own publish path refuses it"
    );
    s.storage
        .publish(None, sanad_protocol::PULL_DIRECTORY, &hostile, 1)
        .expect("straight into the feed");
    let mut questions = sanad_protocol::ContentUpdate {
        kind: "questions-fr".into(),
        version: 999_999,
        payload: include_str!("../../../locales/fr/questions.ftl").into(),
        signature: String::new(),
    };
    questions.signature = k.sign_command(&questions.signed_text());
    s.storage
        .publish(
            None,
            sanad_protocol::PULL_CONTENT,
            &serde_json::to_string(&questions).expect("json"),
            2,
        )
        .expect("feed");
    c.run(&mut v).await.expect("sync");
    let d = sanad_store::directory::Directory::open(&db).expect("directory");
    assert_eq!(d.version().expect("version"), None, "nothing installed");
    assert!(!content.join("questions-fr.json").exists(), "not kept");
    // The organisation's genuine bundle, signed offline with the content key, installs.
    let content_key = std::fs::read_to_string(s.org.offline.join(keys::CONTENT_FILE)).expect("key");
    let genuine = sanad_store::bundle::sign(content_key.trim(), 2, sample).expect("sign");
    sanad_server::publish_directory(&*s.storage, &k, &genuine, 3).expect("publish");
    c.run(&mut v).await.expect("sync");
    let d = sanad_store::directory::Directory::open(&db).expect("directory");
    assert_eq!(d.version().expect("version"), Some(2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_enrolled_before_pinning_re_enrolls_without_losing_a_record() {
    let s = server().await;
    let dir = TempDir::new("legacy-device");
    let mut v = vault(&dir, "device");
    write_case(&mut v, 1, 2);
    // What an earlier version kept: one `signing_key` for everything, and an outbox sealed
    // to whatever sealing key that server handed out.
    let attacker = TempDir::new("old-keys");
    let old = keys::keygen(attacker.path(), now()).expect("keygen");
    let legacy = serde_json::json!({
        "server": format!("http://{}", s.addr),
        "device_id": "00".repeat(16),
        "token": "11".repeat(32),
        "signing_key": old.certs.online.key,
        "sealing_key": old.certs.sealing.key,
        "device_private": "00",
    });
    v.put_setting(sanad_sync::CONFIG_SETTING, legacy.to_string().as_bytes())
        .expect("legacy config");
    let sealed_old = sanad_store::seal::seal_to(&[7; 32], b"ctx", b"old").expect("seal");
    v.outbox_put(&[(1, sealed_old)]).expect("old outbox");
    let events = v.events_after(0).expect("events").len();
    let mut c = SyncClient::new(fast_options()).expect("client");
    assert_eq!(c.run(&mut v).await, Err(SyncError::ReEnroll));
    assert_eq!(
        v.events_after(0).expect("events").len(),
        events,
        "nothing lost"
    );
    assert!(
        s.storage.events().expect("events").is_empty(),
        "nothing sent"
    );
    s.enroll(&mut c, &mut v).await.expect("enroll again");
    let st = c.run(&mut v).await.expect("sync");
    assert_eq!(st.pending, 0);
    let secret =
        keys::load_sealing_secret(&s.org.offline.join(keys::SEALING_FILE)).expect("sealing key");
    let stored = s.storage.events().expect("events");
    assert_eq!(stored.len(), events);
    let opened = sanad_server::export::open_all(&secret, &stored)
        .all()
        .expect("all open");
    assert_eq!(
        opened.len(),
        events,
        "every record sealed to the certified key"
    );
}
