//! Practice data stays out of the case store, the sync outbox and the server: a marker
//! planted in a practice session (the practice store) is, after a real screening is saved
//! and synced to a loopback server, in the practice file and nowhere else — not in any
//! file of the data directory, not in any file of the server, not in the decrypted case
//! list, not in the events the organisation's key opens.

mod common;

use common::*;
use sanad_core::{Classification, Engine, Outcome, RefCategory};
use sanad_service::practice::{PracticeStore, practice_dir};
use sanad_service::{Command, Event, ScreeningToSave};
use sanad_test_support::env::TempDir;
use sanad_training::{
    GroupAnswer, GroupRecord, Library, PracticeReport, QuizChoice, SessionRecord, TestRecord,
};
use std::collections::BTreeMap;
use std::path::Path;

const MARKER: &str = "PRACTICE-MARKER-5c1e9a";

fn files(dir: &Path, skip: Option<&Path>, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if Some(p.as_path()) == skip {
            continue;
        }
        if p.is_dir() {
            files(&p, skip, out);
        } else {
            out.push(p);
        }
    }
}

fn holding_marker(dir: &Path, skip: Option<&Path>) -> Vec<String> {
    let mut all = Vec::new();
    files(dir, skip, &mut all);
    assert!(!all.is_empty(), "{} has files", dir.display());
    all.into_iter()
        .filter(|p| {
            std::fs::read(p)
                .map(|b| b.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
                .unwrap_or(false)
        })
        .map(|p| p.display().to_string())
        .collect()
}

/// A practice session as the app records it: the real engine on the worker's answers,
/// compared with the key, then a quiz group and a knowledge-test score.
fn practise(store: &PracticeStore) {
    let engine = Engine::embedded().expect("rules");
    let lib = Library::embedded(&engine).expect("library");
    let study = lib.get("labour-fes-1").expect("study");
    let key = study.key_answers().expect("key");
    let mut worker = key.clone();
    worker.clear(sanad_core::code_id("ilo.coercion_at_destination.withholding_wages").expect("c"));
    let report = PracticeReport::compare(&engine, &study.id, &worker, &key);
    store
        .update(|log| {
            log.sessions.push(SessionRecord {
                study: study.id.clone(),
                at_ms: now(),
                answers: worker
                    .iter()
                    .map(|(c, a)| (c.as_str().to_owned(), a.as_str().to_owned()))
                    .collect(),
                same_classification: report.same_classification(),
                differences: u32::try_from(report.diffs.len()).expect("small"),
            });
            log.groups.push(GroupRecord {
                at_ms: now(),
                set: vec![study.id.clone()],
                answers: vec![GroupAnswer {
                    group: MARKER.into(),
                    study: study.id.clone(),
                    choice: QuizChoice::Both,
                }],
            });
            log.tests.push(TestRecord {
                code: "P07".into(),
                post: false,
                score: 1,
            });
        })
        .expect("practice kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_practice_marker_reaches_neither_the_case_store_nor_the_server() {
    let server = server().await;
    let dir = TempDir::new("service-practice");
    let (mut s, events) = service(&dir);
    init(&mut s);
    s.handle(server.enroll(&format!("http://{}", server.addr)));
    wait(&mut s, "enrollment and the first sync", |s| {
        !s.sync_running()
    });

    // Practice, then real work: a screening saved to a case and synced.
    practise(&PracticeStore::new(dir.path()));
    s.handle(Command::SaveScreening(ScreeningToSave {
        reference: "REF-REAL-1".into(),
        alias: "invented alias".into(),
        record_consent: true,
        answers: BTreeMap::new(),
        outcome: Outcome::NoTipIndicators,
        classification: Classification::NoIndicators,
        referrals: vec![RefCategory::Medical],
    }));
    s.handle(Command::SyncNow);
    wait(&mut s, "the real case on the server", |_| {
        !server.storage.events().expect("events").is_empty()
    });
    wait(&mut s, "the sync to end", |s| !s.sync_running());

    // The marker is where practice keeps it, a file outside the case store...
    let store = PracticeStore::new(dir.path());
    assert!(store.path().starts_with(practice_dir(dir.path())));
    assert!(
        !store
            .path()
            .starts_with(sanad_service::store_dir(dir.path())),
        "the practice file is not in the case store's folder"
    );
    assert_eq!(
        holding_marker(&practice_dir(dir.path()), None),
        [store.path().display().to_string()],
        "the practice file holds the marker"
    );
    // ...and in no other file of the device, and no file of the server.
    assert_eq!(
        holding_marker(dir.path(), Some(store.path())),
        Vec::<String>::new()
    );
    assert_eq!(
        holding_marker(server._dir.path(), None),
        Vec::<String>::new()
    );

    // Decrypted: the case list has the real case only...
    take(&events);
    s.handle(Command::ListCases(String::new()));
    let listed: Vec<Event> = take(&events);
    let rows = listed
        .iter()
        .find_map(|e| match e {
            Event::Cases(r) => Some(r.clone()),
            _ => None,
        })
        .expect("case list");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].reference, "REF-REAL-1");
    assert!(!format!("{listed:?}").contains(MARKER));
    // ...and what the organisation's key opens on the server is the real case only.
    let secret = sanad_server::keys::load_sealing_secret(
        &server.org.offline.join(sanad_server::keys::SEALING_FILE),
    )
    .expect("sealing key");
    let stored = server.storage.events().expect("events");
    let opened = sanad_server::export::open_all(&secret, &stored)
        .all()
        .expect("every event opens");
    let text = format!("{opened:?}");
    assert!(text.contains("REF-REAL-1"), "the real case was synced");
    assert!(!text.contains(MARKER), "no practice data on the server");
}
