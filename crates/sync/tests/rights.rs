//! The person's rights end to end (issue 17, part 2): a real device and a real server on
//! loopback. An erased case — synced already, or erased before it was ever sent — is
//! told to the server in a notice signed by the device; the server keeps only
//! tombstones, the sequence stays whole, and export gives back exactly the other cases.
//! A case whose sharing the person withdrew stops travelling: what the server had is
//! left out of export and what was written after goes as held records (no payload).

use sanad_core::Id;
use sanad_core::case::{CaseRepository, EventKind};
use sanad_server::keys;
use sanad_sync::SyncClient;
use sanad_test_support::env::{TempDir, all_files, contains};
use std::collections::BTreeSet;

mod common;

use common::*;

fn case_of(v: &sanad_store::Vault, n: usize) -> Id {
    v.find_by_reference(&format!("REF-{n:05}"))
        .expect("find")
        .expect("case")
}

fn exported_cases(s: &Server) -> BTreeSet<Id> {
    let secret = keys::load_sealing_secret(&s.org.offline.join(keys::SEALING_FILE)).expect("key");
    let stored = s.storage.events().expect("events");
    let opened = sanad_server::export::open_all(&secret, &stored)
        .all()
        .expect("opens");
    opened.iter().map(|(_, e)| e.case_id).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_case_is_erased_on_the_server_too() {
    let s = server().await;
    let dir = TempDir::new("rights-erase");
    let mut v = vault(&dir, "a");
    for n in 0..3 {
        write_case(&mut v, n, 1);
    }
    let mut client = SyncClient::new(fast_options()).expect("client");
    s.enroll(&mut client, &mut v).await.expect("enroll");
    assert_eq!(client.run(&mut v).await.expect("sync").acked_through, 18);
    let gone = case_of(&v, 1);
    let gone_seqs: Vec<u64> = v
        .events(gone)
        .expect("events")
        .iter()
        .map(|e| e.seq)
        .collect();
    let gone_payloads: Vec<Vec<u8>> = s
        .storage
        .events()
        .expect("events")
        .into_iter()
        .filter(|e| gone_seqs.contains(&e.seq))
        .map(|e| e.sealed)
        .collect();
    assert_eq!(gone_payloads.len(), 6);
    v.erase_case(gone).expect("erase");
    // A case never sent, erased before the next sync: its sequence numbers are a gap.
    write_case(&mut v, 3, 1);
    let never = case_of(&v, 3);
    v.erase_case(never).expect("erase unsent");
    write_case(&mut v, 4, 1);
    let st = client.run(&mut v).await.expect("sync after erasure");
    assert_eq!((st.acked_through, st.pending), (30, 0), "{st:?}");
    assert!(
        v.pending_erasures().expect("pending").is_empty(),
        "both told"
    );
    let cases = exported_cases(&s);
    assert_eq!(cases.len(), 3, "cases 0, 2 and 4");
    assert!(!cases.contains(&gone) && !cases.contains(&never));
    for (f, bytes) in all_files(s._dir.path()) {
        for p in &gone_payloads {
            assert!(
                !contains(&bytes, &p[p.len() - 32..]),
                "{f:?} holds an erased payload"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawn_case_stops_travelling() {
    let s = server().await;
    let dir = TempDir::new("rights-withdraw");
    let mut v = vault(&dir, "a");
    for n in 0..2 {
        write_case(&mut v, n, 1);
    }
    let mut client = SyncClient::new(fast_options()).expect("client");
    s.enroll(&mut client, &mut v).await.expect("enroll");
    client.run(&mut v).await.expect("sync");
    let kept = case_of(&v, 0);
    let withdrawn = case_of(&v, 1);
    v.append(withdrawn, EventKind::SharingWithdrawn)
        .expect("withdraw");
    sanad_sync::rights::hold_case(&mut v, withdrawn).expect("hold");
    v.append(
        withdrawn,
        EventKind::NoteAdded {
            text: "WITHDRAWN-MARKER after the withdrawal".into(),
        },
    )
    .expect("note");
    v.append(
        kept,
        EventKind::NoteAdded {
            text: "kept note".into(),
        },
    )
    .expect("note");
    let st = client.run(&mut v).await.expect("sync after withdrawal");
    assert_eq!((st.acked_through, st.pending), (15, 0), "{st:?}");
    assert_eq!(exported_cases(&s), BTreeSet::from([kept]));
    let held: Vec<_> = s
        .storage
        .events()
        .expect("events")
        .into_iter()
        .filter(|e| e.seq > 12)
        .collect();
    assert_eq!(held.len(), 1, "only the kept case's new note is exported");
}
