//! New case studies without an app update: the organisation publishes a training pack as
//! signed content; the device keeps it after a sync and uses it after a restart; a
//! tampered kept pack is refused, with the reason.

mod common;

use common::*;
use sanad_server::keys;
use sanad_service::content::Content;
use sanad_service::{Command, Event};
use sanad_store::Secret;
use sanad_test_support::env::TempDir;

fn contents(events: &[Event]) -> Vec<Content> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Content(c) => Some(c.clone()),
            _ => None,
        })
        .collect()
}

const STUDY: &str = "pack-nador-9";

fn pack() -> String {
    include_str!("../../training/content/smuggling.toml").replacen(
        "id = \"smuggling-nador-1\"",
        &format!("id = \"{STUDY}\""),
        1,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_training_pack_is_kept_and_a_tampered_one_is_refused() {
    let server = server().await;
    let key = keys::read(&server.org.offline.join(keys::CONTENT_FILE)).expect("content key");
    let mut u = sanad_protocol::ContentUpdate {
        kind: "training".into(),
        version: 3,
        payload: pack(),
        signature: String::new(),
    };
    u.signature = sanad_store::bundle::sign_command(&key, &u.signed_text()).expect("sign");
    server
        .storage
        .publish(
            None,
            sanad_protocol::PULL_CONTENT,
            &serde_json::to_string(&u).expect("json"),
            1,
        )
        .expect("publish");

    let dir = TempDir::new("service-training-pack");
    {
        let (mut s, events) = service(&dir);
        init(&mut s);
        take(&events);
        s.handle(server.enroll(&format!("http://{}", server.addr)));
        wait(&mut s, "enrollment and sync", |s| !s.sync_running());
        let c = contents(&take(&events))
            .pop()
            .expect("content after the sync");
        assert_eq!(c.pulled["training"].0, 3);
    }
    let (mut s, events) = service(&dir);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    let c = contents(&take(&events)).pop().expect("content at unlock");
    assert!(c.fallbacks.is_empty(), "{:?}", c.fallbacks);
    assert!(c.pulled["training"].1.contains(STUDY), "the pack is used");

    // Tamper with the kept pack (one answer of the key): refused, with the reason.
    let kept = dir.path().join("content").join("training.json");
    let text = std::fs::read_to_string(&kept).expect("kept");
    let tampered = text.replacen(
        "\\\"som.life_endangered_in_transit\\\" = \\\"yes\\\"",
        "\\\"som.life_endangered_in_transit\\\" = \\\"no\\\"",
        1,
    );
    assert_ne!(tampered, text, "the test changed the kept file");
    std::fs::write(&kept, tampered).expect("tamper");
    s.handle(Command::Lock);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    let c = contents(&take(&events)).pop().expect("content at unlock");
    assert!(
        !c.pulled.contains_key("training"),
        "the tampered pack is not used"
    );
    let f = c
        .fallbacks
        .iter()
        .find(|f| f.kind == "training")
        .expect("fallback");
    assert!(f.why.contains("signature does not verify"), "{}", f.why);
}
