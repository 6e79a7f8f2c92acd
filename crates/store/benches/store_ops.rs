//! Case-store operations against plaintext rusqlite with the same schema and the same
//! logic (fold, JSON, one IMMEDIATE transaction per append), in the same run.
//!
//! `cargo bench -p sanad-store --bench store_ops`
//! `cargo bench -p sanad-store --bench store_ops --features sqlcipher-bench` adds SQLCipher
//! (whole-database encryption, `PRAGMA key`) as a third column.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use sanad_core::{CaseRepository, CaseState, Event, EventKind, Id};
use sanad_store::{InitOptions, Secret, SystemClock, Vault};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CASES: usize = 1000;
const SAVE_SAMPLES: usize = 300;
const LOAD_SAMPLES: usize = 300;
const LIST_SAMPLES: usize = 61;

fn tmp(label: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("sanad-bench-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).expect("dir");
    p
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn note(i: usize) -> EventKind {
    EventKind::NoteAdded {
        text: format!(
            "invented note {i}: met near the station, needs a doctor and a place to sleep"
        ),
    }
}

/// The same schema and logic without encryption (optionally under SQLCipher's key).
struct Plain {
    conn: Connection,
    seq: i64,
}

impl Plain {
    fn new(dir: &std::path::Path, synchronous: &str, sqlcipher_key: Option<&str>) -> Plain {
        let conn = Connection::open(dir.join("plain.db")).expect("open");
        if let Some(k) = sqlcipher_key {
            conn.pragma_update(None, "key", k).expect("sqlcipher key");
        }
        conn.execute_batch(&format!("PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;")).expect("pragmas");
        conn.execute_batch(include_str!("../migrations/0001_cases.sql"))
            .expect("schema");
        Plain { conn, seq: 1 }
    }
    fn open_case(&mut self, i: usize) -> Id {
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&(i as u64).to_be_bytes());
        let id = Id(id);
        self.write(
            id,
            EventKind::Opened {
                reference: format!("REF-{i}"),
                alias: format!("alias {i}"),
            },
            Some(format!("REF-{i}")),
        );
        id
    }
    fn write(&mut self, case: Id, kind: EventKind, new_ref: Option<String>) {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .expect("tx");
        let mut state: CaseState = match &new_ref {
            Some(_) => CaseState::default(),
            None => {
                let s: Vec<u8> = tx
                    .query_row(
                        "SELECT sealed FROM cases WHERE id = ?1",
                        params![case.0.to_vec()],
                        |r| r.get(0),
                    )
                    .expect("state");
                serde_json::from_slice(&s).expect("json")
            }
        };
        let mut eid = [0u8; 16];
        eid[8..].copy_from_slice(&(self.seq as u64).to_be_bytes());
        let e = Event {
            id: Id(eid),
            case_id: case,
            device_id: Id([1; 16]),
            seq: self.seq as u64,
            at_ms: self.seq,
            kind,
        };
        state.apply(&e).expect("valid");
        tx.execute(
            "INSERT INTO events (id, case_id, device_id, seq, at_ms, sealed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![e.id.0.to_vec(), case.0.to_vec(), e.device_id.0.to_vec(), self.seq, self.seq, serde_json::to_vec(&e.kind).expect("json")],
        )
        .expect("event");
        let sj = serde_json::to_vec(&state).expect("json");
        match new_ref {
            Some(r) => tx.execute(
                "INSERT INTO cases (id, ref_index, sealed, updated_ms) VALUES (?1, ?2, ?3, ?4)",
                params![case.0.to_vec(), r.into_bytes(), sj, self.seq],
            ),
            None => tx.execute(
                "UPDATE cases SET sealed = ?2, updated_ms = ?3 WHERE id = ?1",
                params![case.0.to_vec(), sj, self.seq],
            ),
        }
        .expect("case");
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('next_seq', ?1)",
            params![self.seq + 1],
        )
        .expect("seq");
        tx.commit().expect("commit");
        self.seq += 1;
    }
    fn events(&self, case: Id) -> Vec<Event> {
        let mut stmt = self.conn.prepare_cached("SELECT id, case_id, device_id, seq, at_ms, sealed FROM events WHERE case_id = ?1 ORDER BY at_ms, id").expect("stmt");
        let id = |b: Vec<u8>| Id(<[u8; 16]>::try_from(b).expect("16 bytes"));
        stmt.query_map(params![case.0.to_vec()], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get::<_, i64>(3)?,
                r.get(4)?,
                r.get::<_, Vec<u8>>(5)?,
            ))
        })
        .expect("q")
        .map(|row| {
            let (i, c, d, seq, at_ms, body) = row.expect("row");
            Event {
                id: id(i),
                case_id: id(c),
                device_id: id(d),
                seq: seq as u64,
                at_ms,
                kind: serde_json::from_slice(&body).expect("json"),
            }
        })
        .collect()
    }
    fn list(&self) -> usize {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, sealed FROM cases ORDER BY updated_ms DESC, id DESC")
            .expect("stmt");
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .expect("q");
        rows.map(|r| {
            let (id, s) = r.expect("row");
            let st: CaseState = serde_json::from_slice(&s).expect("json");
            st.summary(Id(<[u8; 16]>::try_from(id).expect("16 bytes")))
        })
        .count()
    }
    fn find(&self, r: &str) -> Option<Vec<u8>> {
        self.conn
            .query_row(
                "SELECT id FROM cases WHERE ref_index = ?1",
                params![r.as_bytes()],
                |r| r.get(0),
            )
            .optional()
            .expect("q")
    }
}

struct Row {
    op: &'static str,
    ours: Duration,
    plain: Duration,
}

fn bench_pair(synchronous: &str, sqlcipher: bool) -> Vec<Row> {
    let label = if sqlcipher { "sqlcipher" } else { "ours" };
    let d1 = tmp(&format!("{label}-{synchronous}"));
    let d2 = tmp(&format!("plain-{label}-{synchronous}"));
    let pass = Secret::new("benchmark passphrase".into());
    let mut v =
        Vault::init(&d1, &pass, InitOptions::default(), Arc::new(SystemClock)).expect("init");
    // Production uses synchronous = FULL; the CPU-only comparison turns syncing off on both.
    let mut plain = Plain::new(&d2, synchronous, None);
    let mut cipher = if sqlcipher {
        Some(Plain::new(
            &tmp(&format!("cipher-{synchronous}")),
            synchronous,
            Some("benchmark key"),
        ))
    } else {
        None
    };
    let mut ours_ids = Vec::new();
    let mut plain_ids = Vec::new();
    for i in 0..CASES {
        let c = v
            .open_case(&format!("REF-{i}"), &format!("alias {i}"))
            .expect("open")
            .case_id;
        let p = plain.open_case(i);
        if let Some(cp) = cipher.as_mut() {
            cp.open_case(i);
        }
        // 19 more events on the first case (a 20-event case to load).
        if i == 0 {
            for j in 0..19 {
                v.append(c, note(j)).expect("append");
                plain.write(p, note(j), None);
                if let Some(cp) = cipher.as_mut() {
                    cp.write(p, note(j), None);
                }
            }
        }
        ours_ids.push(c);
        plain_ids.push(p);
    }
    let mut rows = Vec::new();
    let target_o = ours_ids[500];
    let target_p = plain_ids[500];
    // Interleaved: one sample of ours, one of the baseline, and so on, so drift (CPU
    // frequency, page cache, background work) hits both sides alike. Medians.
    macro_rules! pair {
        ($op:expr, $n:expr, |$i:ident| $ours:expr, |$j:ident| $base:expr) => {{
            let (mut a, mut b) = (Vec::with_capacity($n), Vec::with_capacity($n));
            for k in 0..$n {
                let $i = k;
                let t = Instant::now();
                $ours;
                a.push(t.elapsed());
                let $j = k;
                let t = Instant::now();
                $base;
                b.push(t.elapsed());
            }
            rows.push(Row {
                op: $op,
                ours: median(a),
                plain: median(b),
            });
        }};
    }
    pair!(
        "save one event",
        SAVE_SAMPLES,
        |i| drop(v.append(target_o, note(i)).expect("append")),
        |j| plain.write(target_p, note(j), None)
    );
    pair!(
        "load a 20-event case",
        LOAD_SAMPLES,
        |_i| assert_eq!(v.events(ours_ids[0]).expect("events").len(), 20),
        |_j| assert_eq!(plain.events(plain_ids[0]).len(), 20)
    );
    pair!(
        "list 1,000 cases with summary",
        LIST_SAMPLES,
        |_i| assert_eq!(v.list().expect("list").len(), CASES),
        |_j| assert_eq!(plain.list(), CASES)
    );
    pair!(
        "find a case by reference",
        LOAD_SAMPLES,
        |i| assert!(
            v.find_by_reference(&format!("REF-{}", i % CASES))
                .expect("find")
                .is_some()
        ),
        |j| assert!(plain.find(&format!("REF-{}", j % CASES)).is_some())
    );
    let time = |mut f: Box<dyn FnMut(usize) + '_>, n: usize| -> Duration {
        let mut samples = Vec::with_capacity(n);
        for i in 0..n {
            let t = Instant::now();
            f(i);
            samples.push(t.elapsed());
        }
        median(samples)
    };
    if let Some(cp) = cipher.as_mut() {
        // SQLCipher column: report it in the "ours" slot of extra rows.
        let save_c = time(
            Box::new(|i| cp.write(plain_ids[500], note(i), None)),
            SAVE_SAMPLES,
        );
        let load_c = time(
            Box::new(|_| assert_eq!(cp.events(plain_ids[0]).len(), 20)),
            LOAD_SAMPLES,
        );
        let list_c = time(Box::new(|_| assert_eq!(cp.list(), CASES)), LIST_SAMPLES);
        let find_c = time(
            Box::new(|i| assert!(cp.find(&format!("REF-{}", i % CASES)).is_some())),
            LOAD_SAMPLES,
        );
        for (op, c) in [
            ("SQLCipher: save one event", save_c),
            ("SQLCipher: load a 20-event case", load_c),
            ("SQLCipher: list 1,000 cases with summary", list_c),
            ("SQLCipher: find a case by reference", find_c),
        ] {
            let base = rows
                .iter()
                .find(|r| op.ends_with(r.op))
                .map(|r| r.plain)
                .unwrap_or(c);
            rows.push(Row {
                op,
                ours: c,
                plain: base,
            });
        }
    }
    drop(v);
    for d in [d1, d2] {
        let _ = std::fs::remove_dir_all(d);
    }
    rows
}

fn unlock_rows() -> Row {
    let d = tmp("unlock");
    let pass = Secret::new("benchmark passphrase".into());
    let v = Vault::init(&d, &pass, InitOptions::default(), Arc::new(SystemClock)).expect("init");
    drop(v);
    let mut ours = Vec::new();
    let mut raw = Vec::new();
    let raw_pass = Secret::new("benchmark passphrase".into());
    for _ in 0..7 {
        let mut v = Vault::open(&d, Arc::new(SystemClock)).expect("open");
        let t = Instant::now();
        v.unlock(&pass).expect("unlock");
        ours.push(t.elapsed());
        let t = Instant::now();
        let out = sanad_crypto::kdf::pbkdf2(&raw_pass, 600_000, &[7u8; 16]).expect("n");
        raw.push(t.elapsed());
        std::hint::black_box(out);
    }
    let _ = std::fs::remove_dir_all(d);
    Row {
        op: "unlock (600,000 PBKDF2 iterations) vs raw PBKDF2 (sanad_crypto::kdf, ring)",
        ours: median(ours),
        plain: median(raw),
    }
}

fn main() {
    let sqlcipher = cfg!(feature = "sqlcipher-bench");
    println!("| operation | Sanad store | baseline | ratio |");
    println!("|---|---|---|---|");
    for r in bench_pair("FULL", sqlcipher)
        .into_iter()
        .chain([unlock_rows()])
    {
        println!(
            "| {} | {:.3} ms | {:.3} ms | {:.2}× |",
            r.op,
            r.ours.as_secs_f64() * 1e3,
            r.plain.as_secs_f64() * 1e3,
            r.ours.as_secs_f64() / r.plain.as_secs_f64()
        );
    }
}
