//! Pulled checklist content: published on a real server, synced by the service, loaded
//! again (verified) after a restart; a tampered kept file falls back with the reason.
//! The organisation's signed retention setting, pulled the same way, erases closed cases
//! past it at the next unlock.

mod common;

use common::*;
use sanad_i18n::Lang;
use sanad_i18n::Localizer;
use sanad_server::keys;
use sanad_service::content::Content;
use sanad_service::{Command, Config, Event, Service};
use sanad_store::{InitOptions, Secret};
use sanad_test_support::env::{ManualClock, TempDir};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

const NEW_TEXT: &str = "Texte publié par l'organisation (inventé)";

fn contents(events: &[Event]) -> Vec<Content> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Content(c) => Some(c.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn published_questions_are_used_after_a_restart_and_a_tampered_file_falls_back() {
    let server = server().await;
    // The organisation publishes new French question texts, signed with its content key.
    let embedded = include_str!("../../../locales/fr/questions.ftl");
    let first = embedded
        .lines()
        .find(|l| l.contains(" = ") && !l.starts_with('#') && !l.starts_with(' '))
        .expect("a message");
    let (id, _) = first.split_once(" = ").expect("message");
    let payload = embedded.replacen(first, &format!("{id} = {NEW_TEXT}"), 1);
    let key = keys::read(&server.org.offline.join(keys::CONTENT_FILE)).expect("content key");
    let mut u = sanad_protocol::ContentUpdate {
        kind: "questions-fr".into(),
        version: 7,
        payload,
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

    let dir = TempDir::new("service-content");
    {
        let (mut s, events) = service(&dir);
        init(&mut s);
        let at_setup = contents(&take(&events));
        assert_eq!(at_setup, [Content::default()], "built-in content at first");
        s.handle(server.enroll(&format!("http://{}", server.addr)));
        wait(&mut s, "enrollment and sync", |s| !s.sync_running());
        let after_sync = contents(&take(&events));
        let c = after_sync.last().expect("content after the sync");
        assert_eq!(c.pulled["questions-fr"].0, 7);
    }
    // Restart: a new service on the same data directory.
    let (mut s, events) = service(&dir);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    let c = contents(&take(&events)).pop().expect("content at unlock");
    assert!(c.fallbacks.is_empty(), "{:?}", c.fallbacks);
    assert!(
        c.pulled["questions-fr"].1.contains(NEW_TEXT),
        "the new text is used"
    );
    // What the screens render: the published French text; the other languages and the
    // rules stay the built-in ones.
    let l10n = c.localizer().expect("texts");
    assert_eq!(l10n.text(Lang::Fr, id), NEW_TEXT);
    let builtin = Localizer::new().expect("built-in texts");
    assert_eq!(l10n.text(Lang::En, id), builtin.text(Lang::En, id));
    assert_eq!(c.version(), Some(7), "About shows version 7");
    assert!(c.engine().is_ok());

    // Tamper with the kept file: the built-in text is used, and the reason is given.
    let kept = dir.path().join("content").join("questions-fr.json");
    let text = std::fs::read_to_string(&kept).expect("kept");
    std::fs::write(&kept, text.replace(NEW_TEXT, "Texte modifié (inventé)")).expect("tamper");
    s.handle(Command::Lock);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    let c = contents(&take(&events)).pop().expect("content at unlock");
    assert!(c.pulled.is_empty(), "nothing pulled is used");
    assert_eq!(c.version(), None, "About shows the built-in content");
    let l10n = c.localizer().expect("texts");
    assert_eq!(l10n.text(Lang::Fr, id), builtin.text(Lang::Fr, id));
    assert_ne!(l10n.text(Lang::Fr, id), NEW_TEXT);
    assert_eq!(c.fallbacks.len(), 1);
    assert_eq!(c.fallbacks[0].kind, "questions-fr");
    assert!(
        c.fallbacks[0].why.contains("signature does not verify"),
        "{}",
        c.fallbacks[0].why
    );
}

/// Publish `payload` as signed content of `kind` (version 1) on the server.
fn publish(server: &Server, kind: &str, payload: &str) {
    let key = keys::read(&server.org.offline.join(keys::CONTENT_FILE)).expect("content key");
    let mut u = sanad_protocol::ContentUpdate {
        kind: kind.into(),
        version: 1,
        payload: payload.into(),
        signature: String::new(),
    };
    u.signature = sanad_store::bundle::sign_command(&key, &u.signed_text()).expect("sign");
    let body = serde_json::to_string(&u).expect("json");
    server
        .storage
        .publish(None, sanad_protocol::PULL_CONTENT, &body, 1)
        .expect("publish");
}

/// A case saved (with a screening) under `reference`; its id.
fn saved(s: &mut Service, events: &Mutex<Vec<Event>>, reference: &str) -> String {
    s.handle(Command::SaveScreening(sanad_service::ScreeningToSave {
        reference: reference.into(),
        alias: String::new(),
        record_consent: true,
        answers: BTreeMap::new(),
        outcome: sanad_core::Outcome::NoTipIndicators,
        classification: sanad_core::Classification::ALL[0],
        referrals: vec![],
    }));
    take(events)
        .iter()
        .find_map(|e| match e {
            Event::Saved { case, .. } => Some(case.clone()),
            _ => None,
        })
        .expect("saved")
}

/// The references of the cases on the device.
fn references(s: &mut Service, events: &Mutex<Vec<Event>>) -> Vec<String> {
    s.handle(Command::ListCases(String::new()));
    let mut refs: Vec<String> = take(events)
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::Cases(rows) => Some(rows.iter().map(|r| r.reference.clone()).collect()),
            _ => None,
        })
        .expect("the case list");
    refs.sort();
    refs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_retention_setting_erases_old_closed_cases_at_the_next_unlock() {
    const DAY: i64 = 86_400_000;
    let server = server().await;
    publish(&server, "retention", "closed_case_months = 1");
    let dir = TempDir::new("service-retention");
    let clock = ManualClock::at(now());
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let mut cfg = Config::new(dir.path().to_path_buf());
    cfg.init = InitOptions::insecure_fast_for_tests();
    cfg.sync = fast_sync();
    cfg.clock = clock.shared();
    cfg.keystore = None;
    let mut s = Service::start(cfg, move |e| sink.lock().expect("events").push(e));
    init(&mut s);
    // Day 0: a case closed, a case left open.
    let old = saved(&mut s, &events, "RET-OLD-CLOSED");
    s.handle(Command::Close { case: old });
    saved(&mut s, &events, "RET-OLD-OPEN");
    // Day 20: another case closed; then the device enrolls and syncs the setting.
    clock.advance(20 * DAY);
    s.handle(Command::Lock);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    let recent = saved(&mut s, &events, "RET-RECENT-CLOSED");
    s.handle(Command::Close { case: recent });
    s.handle(server.enroll(&format!("http://{}", server.addr)));
    wait(&mut s, "enrollment and sync", |s| !s.sync_running());
    let pulled = contents(&take(&events))
        .pop()
        .expect("content after the sync");
    assert_eq!(pulled.pulled["retention"].0, 1, "the setting was kept");
    assert_eq!(
        references(&mut s, &events).len(),
        3,
        "nothing erased at sync"
    );
    // Day 45, next unlock: the case closed 45 days ago is past one month (30 days); the
    // one closed 25 days ago and the open one are kept.
    clock.advance(25 * DAY);
    s.handle(Command::Lock);
    take(&events);
    s.handle(Command::Unlock(Secret::new(PASS.into())));
    let erased: Vec<Option<i64>> = take(&events)
        .iter()
        .filter_map(|e| match e {
            Event::Notice(p) if p.id == "case-retention-erased" => Some(p.n),
            _ => None,
        })
        .collect();
    assert_eq!(erased, [Some(1)], "the worker is told how many");
    assert_eq!(
        references(&mut s, &events),
        ["RET-OLD-OPEN", "RET-RECENT-CLOSED"]
    );
}
