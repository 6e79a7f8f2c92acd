//! One conformance suite for both storage backends: SQLite always, PostgreSQL when
//! `SANAD_TEST_POSTGRES` names a database (CI starts one; under `CI=true` it is required).

use sanad_crypto::seal::sha256;
use sanad_server::storage::postgres::PgStorage;
use sanad_server::storage::{Incoming, Quota, Redeem, RelayDb, Storage};
use sanad_test_support::env::TempDir;

fn ev(device: &[u8; 16], seq: u64, sealed: &'static [u8]) -> Incoming<'static> {
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&device[..8]);
    id[8..].copy_from_slice(&seq.to_be_bytes());
    Incoming {
        id,
        seq,
        stats: if seq.is_multiple_of(2) {
            Some("{\"outcome\":\"no_tip_indicators\"}")
        } else {
            None
        },
        sealed,
    }
}

const UNLIMITED: Quota = Quota {
    bytes: u64::MAX,
    rows: u64::MAX,
    quarantine_per_seq: 4,
};

/// Quotas (issue 12, item 7): a device stores up to its byte and record quota, then the
/// push stops with the quota named; repeats are still acknowledged; a slot keeps at most
/// `quarantine_per_seq` conflicting versions however many are sent. Both backends.
fn quota_conformance(s: &dyn Storage) {
    let d = [0xd; 16];
    s.add_enrollment(&sha256(b"D"), "Driss (invented)", 2_000)
        .expect("add");
    assert_eq!(
        s.redeem(&sha256(b"D"), 1_000, &d, &[4; 32], &sha256(b"td"))
            .expect("r"),
        Redeem::Enrolled(d)
    );
    let q = Quota {
        bytes: 10,
        rows: 100,
        quarantine_per_seq: 2,
    };
    // 4 bytes each (odd sequence numbers carry no statistics).
    let p = s
        .push(&d, &[ev(&d, 1, b"1111"), ev(&d, 3, b"3333")], 1_100, &q)
        .expect("push");
    assert_eq!((p.acked, p.over_quota), (1, None));
    let p = s
        .push(&d, &[ev(&d, 5, b"5555"), ev(&d, 7, b"7777")], 1_101, &q)
        .expect("push");
    let over = p
        .over_quota
        .expect("the third record does not fit 10 bytes");
    assert_eq!((over.what, over.used, over.limit), ("bytes", 8, 10));
    assert_eq!(
        s.events()
            .expect("e")
            .iter()
            .filter(|e| e.device == d)
            .count(),
        2
    );
    // A repeat costs nothing and is acknowledged again.
    let p = s
        .push(&d, &[ev(&d, 1, b"1111")], 1_102, &q)
        .expect("repeat");
    assert_eq!((p.acked, p.over_quota), (1, None));
    // Records quota.
    let rows = Quota {
        bytes: u64::MAX,
        rows: 3,
        quarantine_per_seq: 2,
    };
    let p = s
        .push(&d, &[ev(&d, 2, b"2"), ev(&d, 4, b"4")], 1_103, &rows)
        .expect("push");
    assert_eq!(p.over_quota.expect("3 records").what, "records");
    // The quarantine keeps 2 versions of a slot, reports all 6.
    let many = Quota {
        bytes: u64::MAX,
        rows: u64::MAX,
        quarantine_per_seq: 2,
    };
    let bodies: [&'static [u8]; 6] = [b"a", b"b", b"c", b"d", b"e", b"f"];
    for body in bodies {
        let other = ev(&d, 1, body);
        let p = s.push(&d, &[other], 1_104, &many).expect("conflict");
        assert_eq!(p.conflicts, vec![other.id], "reported every time");
    }
    assert_eq!(
        s.quarantined()
            .expect("q")
            .iter()
            .filter(|e| e.device == d)
            .count(),
        2
    );
}

fn conformance(s: &dyn Storage) {
    let (a, b) = ([0xa; 16], [0xb; 16]);
    let (code_a, code_b, code_old) = (sha256(b"A"), sha256(b"B"), sha256(b"OLD"));
    s.add_enrollment(&code_a, "Amina (invented)", 2_000)
        .expect("add");
    s.add_enrollment(&code_b, "Bilal (invented)", 2_000)
        .expect("add");
    s.add_enrollment(&code_old, "Chadia (invented)", 500)
        .expect("add");
    // Enrollment.
    assert_eq!(
        s.redeem(&sha256(b"nope"), 1_000, &a, &[1; 32], &sha256(b"ta"))
            .expect("r"),
        Redeem::Unknown
    );
    assert_eq!(
        s.redeem(&code_old, 1_000, &a, &[1; 32], &sha256(b"ta"))
            .expect("r"),
        Redeem::Expired
    );
    assert_eq!(
        s.redeem(&code_a, 1_000, &a, &[1; 32], &sha256(b"ta"))
            .expect("r"),
        Redeem::Enrolled(a)
    );
    assert_eq!(
        s.redeem(&code_a, 1_001, &b, &[2; 32], &sha256(b"tx"))
            .expect("r"),
        Redeem::Used,
        "another key"
    );
    assert_eq!(
        s.redeem(&code_a, 1_002, &b, &[1; 32], &sha256(b"ta2"))
            .expect("r"),
        Redeem::Enrolled(a),
        "retry: same device"
    );
    assert!(
        s.device_for_token(&sha256(b"ta")).expect("t").is_none(),
        "old token replaced"
    );
    assert_eq!(
        s.device_for_token(&sha256(b"ta2"))
            .expect("t")
            .expect("a")
            .id,
        a
    );
    assert_eq!(
        s.redeem(&code_b, 1_000, &b, &[2; 32], &sha256(b"tb"))
            .expect("r"),
        Redeem::Enrolled(b)
    );
    // Push: in order, repeats, gaps, conflicts.
    let p = s
        .push(
            &a,
            &[ev(&a, 1, b"one"), ev(&a, 2, b"two")],
            1_100,
            &UNLIMITED,
        )
        .expect("push");
    assert_eq!((p.acked, p.conflicts.len()), (2, 0));
    let p = s
        .push(
            &a,
            &[ev(&a, 1, b"one"), ev(&a, 2, b"two")],
            1_101,
            &UNLIMITED,
        )
        .expect("repeat");
    assert_eq!((p.acked, p.conflicts.len()), (2, 0));
    let p = s
        .push(&a, &[ev(&a, 4, b"four")], 1_102, &UNLIMITED)
        .expect("gap");
    assert_eq!(p.acked, 2, "waits for 3");
    let mut other = ev(&a, 3, b"three");
    other.id = ev(&a, 1, b"").id; // event 1's id, other content and sequence
    let p = s
        .push(&a, &[other, ev(&a, 5, b"five")], 1_103, &UNLIMITED)
        .expect("conflict");
    assert_eq!(
        p.acked, 5,
        "the quarantined record fills its slot and blocks nothing"
    );
    assert_eq!(p.conflicts, vec![other.id]);
    let p = s
        .push(&a, &[other], 1_104, &UNLIMITED)
        .expect("conflict again");
    assert_eq!(p.conflicts, vec![other.id], "reported again, stored once");
    assert_eq!(s.quarantined().expect("q").len(), 1);
    let mut taken = ev(&a, 2, b"not two");
    taken.id = [0xee; 16];
    assert_eq!(
        s.push(&a, &[taken], 1_105, &UNLIMITED)
            .expect("seq taken")
            .conflicts,
        vec![[0xee; 16]]
    );
    // Device B is separate.
    let p = s
        .push(&b, &[ev(&b, 1, b"b-one")], 1_106, &UNLIMITED)
        .expect("b");
    assert_eq!(p.acked, 1);
    let events = s.events().expect("events");
    let a_events: Vec<(u64, Vec<u8>, Option<String>)> = events
        .iter()
        .filter(|e| e.device == a)
        .map(|e| (e.seq, e.sealed.clone(), e.stats.clone()))
        .collect();
    assert_eq!(
        a_events,
        vec![
            (1, b"one".to_vec(), None),
            (
                2,
                b"two".to_vec(),
                Some("{\"outcome\":\"no_tip_indicators\"}".into())
            ),
            (
                4,
                b"four".to_vec(),
                Some("{\"outcome\":\"no_tip_indicators\"}".into())
            ),
            (5, b"five".to_vec(), None),
        ]
    );
    assert_eq!(events.iter().filter(|e| e.device == b).count(), 1);
    // The feed: items for all and for one device, in order, paged by cursor.
    let c1 = s
        .publish(None, "directory", "bundle-1", 1_200)
        .expect("publish");
    let c2 = s
        .publish(Some(&a), "command", "lock-a", 1_201)
        .expect("publish");
    let c3 = s
        .publish(None, "directory", "bundle-2", 1_202)
        .expect("publish");
    assert!(c1 < c2 && c2 < c3);
    let fa = s.feed(&a, 0, 10).expect("feed");
    assert_eq!(
        fa.iter().map(|i| i.body.as_str()).collect::<Vec<_>>(),
        ["bundle-1", "lock-a", "bundle-2"]
    );
    let fb = s.feed(&b, 0, 10).expect("feed");
    assert_eq!(
        fb.iter().map(|i| i.body.as_str()).collect::<Vec<_>>(),
        ["bundle-1", "bundle-2"]
    );
    let page = s.feed(&a, c1, 1).expect("page");
    assert_eq!(
        (page.len(), page[0].cursor, page[0].kind.as_str()),
        (1, c2, "command")
    );
    assert!(s.feed(&a, c3, 10).expect("end").is_empty());
    // Devices, revocation.
    let ds = s.devices().expect("devices");
    assert_eq!(ds.len(), 2);
    let da = s.device(&a).expect("d").expect("a");
    assert_eq!(
        (da.acked, da.events, da.quarantined, da.revoked),
        (5, 4, 2, false)
    );
    assert_eq!(da.worker, "Amina (invented)");
    s.touch(&a, 5_000).expect("touch");
    assert_eq!(s.device(&a).expect("d").expect("a").last_seen_ms, 5_000);
    assert!(s.revoke(&a).expect("revoke"));
    assert!(!s.revoke(&[0xff; 16]).expect("revoke"));
    assert!(
        s.device_for_token(&sha256(b"ta2"))
            .expect("t")
            .expect("a")
            .revoked
    );
    assert!(s.device(&[0xff; 16]).expect("none").is_none());
}

/// The person's rights (issue 17): an erased event keeps only a tombstone and a late retry
/// of it stores nothing; a sequence number erased before it was pushed moves the
/// acknowledgement on; a withheld event stays stored but leaves every export. Both backends.
fn rights_conformance(s: &dyn Storage) {
    let e = [0xe; 16];
    s.add_enrollment(&sha256(b"E"), "Elias (invented)", 2_000)
        .expect("add");
    assert_eq!(
        s.redeem(&sha256(b"E"), 1_000, &e, &[5; 32], &sha256(b"te"))
            .expect("r"),
        Redeem::Enrolled(e)
    );
    let evs = [
        ev(&e, 1, b"e-one"),
        ev(&e, 2, b"e-two"),
        ev(&e, 3, b"e-three"),
        ev(&e, 4, b"e-four"),
    ];
    let id = |seq: u64| ev(&e, seq, b"").id;
    assert_eq!(s.push(&e, &evs, 1_100, &UNLIMITED).expect("push").acked, 4);
    let mine = |s: &dyn Storage| -> Vec<u64> {
        let all = s.events().expect("events");
        all.iter()
            .filter(|x| x.device == e)
            .map(|x| x.seq)
            .collect()
    };
    assert_eq!(mine(s), [1, 2, 3, 4]);
    // Erase 1 and 2, and 5 which was never pushed.
    let erased = s
        .erase(&e, &[(1, id(1)), (2, id(2)), (5, id(5))], 1_200)
        .expect("erase");
    assert_eq!(erased, 2, "two stored payloads deleted");
    assert_eq!(mine(s), [3, 4]);
    // Withhold 3: stored, but out of every export.
    assert_eq!(s.withhold(&e, &[(3, id(3))], 1_300).expect("withhold"), 1);
    assert_eq!(mine(s), [4]);
    // A late retry of erased events stores nothing, and is acknowledged.
    let p = s
        .push(
            &e,
            &[ev(&e, 1, b"e-one"), ev(&e, 5, b"e-five")],
            1_400,
            &UNLIMITED,
        )
        .expect("retry");
    assert_eq!(p.acked, 5);
    assert_eq!(mine(s), [4]);
    assert!(
        s.events()
            .expect("events")
            .iter()
            .all(|x| !x.sealed.starts_with(b"e-one") && !x.sealed.starts_with(b"e-five")),
        "no erased payload is readable"
    );
}

#[test]
fn sqlite_backend_conforms() {
    let dir = TempDir::new("storage");
    let s = RelayDb::open(&dir.path().join("server.db")).expect("open");
    conformance(&s);
    quota_conformance(&s);
    rights_conformance(&s);
    // Data survives a reopen.
    drop(s);
    let s = RelayDb::open(&dir.path().join("server.db")).expect("reopen");
    assert_eq!(s.events().expect("events").len(), 5 + 3 + 1);
    // The use counted so far survives a reopen: still over the quota.
    let p = s
        .push(
            &[0xd; 16],
            &[ev(&[0xd; 16], 9, b"9999")],
            1_200,
            &Quota {
                bytes: 10,
                rows: 100,
                quarantine_per_seq: 2,
            },
        )
        .expect("push");
    assert!(p.over_quota.is_some());
}

#[test]
fn postgres_backend_conforms() {
    let Ok(url) = std::env::var("SANAD_TEST_POSTGRES") else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the PostgreSQL suite: set SANAD_TEST_POSTGRES (scripts/postgres-test-db)"
        );
        eprintln!("SANAD_TEST_POSTGRES not set: PostgreSQL suite skipped on this machine");
        return;
    };
    pg_upgrade_counts_what_is_stored(&url);
    let s = PgStorage::connect(&url).expect("connect");
    s.clear_for_tests().expect("clear");
    conformance(&s);
    quota_conformance(&s);
    rights_conformance(&s);
    // Migrations are idempotent: connecting again keeps the data.
    let again = PgStorage::connect(&url).expect("reconnect");
    assert_eq!(again.events().expect("events").len(), 5 + 3 + 1);
}

/// A PostgreSQL database from before quotas (0001–0002) with rows: connecting upgrades
/// it and counts what each device already stores.
fn pg_upgrade_counts_what_is_stored(url: &str) {
    let mut c = postgres::Client::connect(url, postgres::NoTls).expect("connect");
    c.batch_execute(
        "DROP TABLE IF EXISTS enrollments, devices, events, quarantine, feed, withheld, schema_version CASCADE",
    )
    .expect("drop");
    c.batch_execute(include_str!("../pg-migrations/0001_relay.sql"))
        .expect("0001");
    c.batch_execute(include_str!("../pg-migrations/0002_feed.sql"))
        .expect("0002");
    c.batch_execute(
        "CREATE TABLE schema_version (version INTEGER NOT NULL);
         INSERT INTO schema_version VALUES (2);
         INSERT INTO devices (id, worker, device_key, token_hash, enrolled_ms, last_seen_ms)
           VALUES ('\\x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 'w', '\\x01', '\\x02', 0, 0);
         INSERT INTO events (device, seq, id, stats, sealed, received_ms) VALUES
           ('\\x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 1, '\\x01', 'abc', '\\x0102030405', 0),
           ('\\x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 2, '\\x02', NULL, '\\x0102', 0);
         INSERT INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES
           ('\\x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', 1, '\\x01', '\\x09', NULL, '\\x010203', 'r', 0);",
    )
    .expect("v2 rows");
    drop(c);
    let s = PgStorage::connect(url).expect("upgrade");
    let e = Incoming {
        id: [3; 16],
        seq: 3,
        stats: None,
        sealed: &[1, 2],
    };
    let q = Quota {
        bytes: 14,
        rows: 100,
        quarantine_per_seq: 4,
    };
    let p = s.push(&[0x0a; 16], &[e], 1, &q).expect("push");
    assert_eq!(
        p.over_quota.map(|o| (o.used, o.limit)),
        Some((3 + 5 + 2 + 3, 14)),
        "the use stored before the upgrade counts"
    );
}
