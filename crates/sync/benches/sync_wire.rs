//! Sync on the wire: 10,000 events (1,000 invented cases × 10 events) pushed by Sanad's
//! client, against a naive client that posts each case's full state in one request per
//! case (JSON, the sealed state in base64), both through a counting proxy on a clean link;
//! wall time through a proxy faulting 30 % of requests; and server throughput (events
//! accepted per second over HTTP) on SQLite and, when `SANAD_TEST_POSTGRES` is set,
//! PostgreSQL.
//!
//! `cargo bench -p sanad-sync --bench sync_wire`

use sanad_core::case::{CaseRepository, ConsentScope, EventKind};
use sanad_core::{Answer, Classification, Outcome, RefCategory};
use sanad_protocol::{EventBatch, WireEvent, encode_batch};
use sanad_server::storage::Storage;
use sanad_store::{InitOptions, Secret, SystemClock, Vault};
use sanad_sync::{SyncClient, SyncOptions};
use sanad_test_support::env::TempDir;
use sanad_test_support::http::FaultProxy;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

const PASS: &str = "correct horse battery staple 42";

async fn server(storage: Arc<dyn Storage>, dir: &TempDir) -> (SocketAddr, [u8; 16]) {
    let key_dir = dir.path().join(format!("keys-{}", rand_suffix()));
    let org =
        sanad_server::keys::keygen(&key_dir, sanad_server::api::system_clock()()).expect("keygen");
    let k = sanad_server::keys::load_server_keys(&org.server).expect("keys");
    let mut api = sanad_server::api(storage, k, sanad_server::api::system_clock());
    api.limiter = Arc::new(sanad_server::api::RateLimiter::new(1e9, 1e9));
    // The naive baseline posts to an endpoint that does not exist, with a made-up token:
    // no per-address limit, so both clients get the answers they would get alone.
    api.limits.unauthenticated_per_ip = (1e9, 1e9);
    api.limits.enroll_per_ip = (1e9, 1e9);
    let addr = sanad_server::start(api, sanad_server::loopback())
        .await
        .expect("started");
    (addr, org.fingerprint)
}

fn rand_suffix() -> String {
    sanad_protocol::hex(&sanad_store::seal::random_bytes::<4>())
}

fn fill(v: &mut Vault) {
    for n in 0..1000 {
        let c = v
            .open_case(&format!("BENCH-{n:05}"), "invented")
            .expect("open")
            .case_id;
        v.append(
            c,
            EventKind::ConsentRecorded {
                scope: ConsentScope::DataStorage,
                given: true,
            },
        )
        .expect("e");
        let mut answers = BTreeMap::new();
        for code in [
            "ilo.coercion_at_destination.debt_bondage",
            "ilo.coercion_at_destination.confiscation_of_documents",
            "profile.exploitation.sexual",
        ] {
            answers.insert(code.to_owned(), Answer::Yes);
        }
        v.append(
            c,
            EventKind::ScreeningRecorded {
                answers,
                outcome: Outcome::TipIndicatorsPartial,
                classification: Classification::TraffickingIndicators,
                referrals: vec![RefCategory::Shelter, RefCategory::Medical],
            },
        )
        .expect("e");
        v.append(
            c,
            EventKind::ConsentRecorded {
                scope: ConsentScope::Referral,
                given: true,
            },
        )
        .expect("e");
        v.append(
            c,
            EventKind::ReferralMade {
                category: RefCategory::Shelter,
                service: None,
            },
        )
        .expect("e");
        for i in 0..5 {
            v.append(c, EventKind::NoteAdded { text: format!("Invented follow-up note {i}: met at the usual place, needs shelter and a doctor.") }).expect("e");
        }
    }
}

fn base64(b: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(b.len().div_ceil(3) * 4);
    for c in b.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The naive client: each case's full state, sealed, base64 in JSON, one request per case.
/// Returns (requests, sealed bytes).
async fn naive_upload(
    http: &reqwest::Client,
    to: SocketAddr,
    org: &[u8; 32],
    v: &Vault,
) -> (u64, u64) {
    let (mut requests, mut sealed_bytes) = (0u64, 0u64);
    for summary in v.list().expect("cases") {
        let id = summary.expect("case").id;
        let state = v.case(id).expect("state");
        let sealed =
            sanad_store::seal::seal_to(org, &id.0, &serde_json::to_vec(&state).expect("json"))
                .expect("seal");
        sealed_bytes += sealed.len() as u64;
        let body =
            serde_json::json!({ "case_id": id.to_string(), "state": base64(&sealed) }).to_string();
        let _ = http
            .post(format!("http://{to}/v1/cases/{id}"))
            .bearer_auth("0".repeat(64))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await;
        requests += 1;
    }
    (requests, sealed_bytes)
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("rt");
    rt.block_on(run());
}

async fn run() {
    let dir = TempDir::new("bench-sync");
    let mut v = Vault::init(
        dir.path().join("device"),
        &Secret::new(PASS.into()),
        InitOptions::default(),
        Arc::new(SystemClock),
    )
    .expect("vault");
    let t = Instant::now();
    fill(&mut v);
    let fill_time = t.elapsed();
    let events = v.events_after(0).expect("events");
    assert_eq!(events.len(), 10_000);
    // Copies of the store for the fault run.
    drop(v);
    let copy = |to: &str| {
        let dst = dir.path().join(to);
        std::fs::create_dir_all(&dst).expect("mkdir");
        for e in std::fs::read_dir(dir.path().join("device")).expect("dir") {
            let e = e.expect("e");
            std::fs::copy(e.path(), dst.join(e.file_name())).expect("copy");
        }
        let mut v = Vault::open(dst, Arc::new(SystemClock)).expect("open");
        v.unlock(&Secret::new(PASS.into())).expect("unlock");
        v
    };
    let (mut clean, mut faulty, naive_v) = (copy("clean"), copy("faulty"), copy("naive"));

    // Clean link, Sanad client, through a counting proxy (fault rate 0).
    let storage =
        sanad_server::open_storage(&dir.path().join("clean.db").to_string_lossy()).expect("db");
    let (addr, pin) = server(storage.clone(), &dir).await;
    let proxy = FaultProxy::start(addr, 0.0, 1, Duration::ZERO).await;
    let code = sanad_server::new_enrollment(
        &*storage,
        "bench",
        sanad_server::api::system_clock()(),
        60_000,
    )
    .expect("code")
    .0;
    let mut c = SyncClient::new(SyncOptions::default()).expect("client");
    c.enroll(&mut clean, &format!("http://{}", proxy.addr), &code, &pin)
        .await
        .expect("enroll");
    let enroll_requests = proxy.counts.requests.load(Ordering::Relaxed);
    let up0 = proxy.counts.bytes_up.load(Ordering::Relaxed);
    let down0 = proxy.counts.bytes_down.load(Ordering::Relaxed);
    let before = c.progress;
    let t = Instant::now();
    let st = c.run(&mut clean).await.expect("sync");
    let clean_time = t.elapsed();
    assert_eq!((st.pending, st.acked_through), (0, 10_000));
    let requests = proxy.counts.requests.load(Ordering::Relaxed) - enroll_requests;
    let up = proxy.counts.bytes_up.load(Ordering::Relaxed) - up0;
    let down = proxy.counts.bytes_down.load(Ordering::Relaxed) - down0;
    let sealed = c.progress.sealed_bytes - before.sealed_bytes;
    assert_eq!(storage.events().expect("events").len(), 10_000);

    // Naive client: one request per case with the whole state, sealed, base64 in JSON.
    let (naddr, _) = server(
        sanad_server::open_storage(&dir.path().join("naive.db").to_string_lossy()).expect("db"),
        &dir,
    )
    .await;
    let nproxy = FaultProxy::start(naddr, 0.0, 1, Duration::ZERO).await;
    let http = reqwest::Client::new();
    let org = {
        let tmp = TempDir::new("naive-keys");
        sanad_server::keys::keygen(tmp.path(), 0)
            .expect("keys")
            .certs
            .sealing
            .key
    };
    let org: [u8; 32] = sanad_protocol::unhex(&org)
        .expect("hex")
        .try_into()
        .expect("32");
    let (naive_requests, naive_sealed) = naive_upload(&http, nproxy.addr, &org, &naive_v).await;
    let naive_up = nproxy.counts.bytes_up.load(Ordering::Relaxed);
    let naive_down = nproxy.counts.bytes_down.load(Ordering::Relaxed);

    // A day of follow-up: one new note on each of the 1,000 cases, then sync again.
    let mut naive_v = naive_v;
    for v in [&mut clean, &mut naive_v] {
        for summary in v.list().expect("cases") {
            let id = summary.expect("case").id;
            v.append(
                id,
                EventKind::NoteAdded {
                    text: "Invented follow-up: referred, appointment on Monday.".into(),
                },
            )
            .expect("note");
        }
    }
    let (r0, u0) = (
        proxy.counts.requests.load(Ordering::Relaxed),
        proxy.counts.bytes_up.load(Ordering::Relaxed),
    );
    let st = c.run(&mut clean).await.expect("sync");
    assert_eq!(st.acked_through, 11_000);
    let inc_requests = proxy.counts.requests.load(Ordering::Relaxed) - r0;
    let inc_up = proxy.counts.bytes_up.load(Ordering::Relaxed) - u0;
    let (nr0, nu0) = (
        nproxy.counts.requests.load(Ordering::Relaxed),
        nproxy.counts.bytes_up.load(Ordering::Relaxed),
    );
    naive_upload(&http, nproxy.addr, &org, &naive_v).await;
    let ninc_requests = nproxy.counts.requests.load(Ordering::Relaxed) - nr0;
    let ninc_up = nproxy.counts.bytes_up.load(Ordering::Relaxed) - nu0;

    // Through 30 % faults (small batches so faults meet many requests, as in the test).
    let fstorage =
        sanad_server::open_storage(&dir.path().join("faulty.db").to_string_lossy()).expect("db");
    let (faddr, fpin) = server(fstorage.clone(), &dir).await;
    let fproxy = FaultProxy::start(faddr, 0.30, 0x5eed, Duration::from_millis(1800)).await;
    let fopts = SyncOptions {
        request_timeout: Duration::from_millis(1500),
        base_backoff: Duration::from_millis(50),
        max_backoff: Duration::from_secs(2),
        max_attempts: 12,
        ..SyncOptions::default()
    };
    let mut f = SyncClient::new(fopts).expect("client");
    let code = sanad_server::new_enrollment(
        &*fstorage,
        "bench",
        sanad_server::api::system_clock()(),
        60_000,
    )
    .expect("code")
    .0;
    let t = Instant::now();
    let mut ok = false;
    for _ in 0..10 {
        if f.enroll(
            &mut faulty,
            &format!("http://{}", fproxy.addr),
            &code,
            &fpin,
        )
        .await
        .is_ok()
        {
            ok = true;
            break;
        }
    }
    assert!(ok, "enrollment through faults");
    let mut runs = 0;
    loop {
        runs += 1;
        if let Ok(st) = f.run(&mut faulty).await
            && st.pending == 0
        {
            break;
        }
        assert!(runs < 30, "fault run did not finish");
    }
    let fault_time = t.elapsed();
    let stored = fstorage.events().expect("events");
    let mut seqs: Vec<u64> = stored.iter().map(|e| e.seq).collect();
    seqs.dedup();
    let lost = 10_000 - seqs.len();
    let duplicated = stored.len() - seqs.len();
    let ftotal = fproxy.counts.requests.load(Ordering::Relaxed);
    let ffaults = fproxy.counts.faults();

    // Server throughput: pre-sealed batches of 1,000 events posted back to back.
    let mut rows = vec![(
        "SQLite",
        sanad_server::open_storage(&dir.path().join("tp.db").to_string_lossy()).expect("db"),
    )];
    if let Ok(url) = std::env::var("SANAD_TEST_POSTGRES") {
        let pg = tokio::task::spawn_blocking(move || {
            let s = sanad_server::storage::postgres::PgStorage::connect(&url).expect("pg");
            s.clear_for_tests().expect("clear");
            s
        })
        .await
        .expect("pg");
        rows.push(("PostgreSQL", Arc::new(pg)));
    }
    let mut throughput = Vec::new();
    for (name, st) in rows {
        let (a, _) = server(st.clone(), &dir).await;
        let st2 = st.clone();
        let code = tokio::task::spawn_blocking(move || {
            sanad_server::new_enrollment(&*st2, "tp", sanad_server::api::system_clock()(), 60_000)
        })
        .await
        .expect("join")
        .expect("code")
        .0;
        // Enrollment as a device does it: a challenge, signed with the device key.
        let c = sanad_test_support::http::raw_request(a, "POST", "/v1/enroll/challenge", &[], b"")
            .await
            .json()["challenge"]
            .as_str()
            .expect("challenge")
            .to_owned();
        let (private, public) = sanad_store::bundle::generate_keypair().expect("key");
        let signature = sanad_store::bundle::sign_command(
            &private,
            &sanad_protocol::EnrollRequest::signed_text(&c, &code, &public),
        )
        .expect("sign");
        let r = sanad_test_support::http::raw_request(
            a,
            "POST",
            "/v1/enroll",
            &[("content-type", "application/json")],
            serde_json::json!({
                "code": code, "device_key": public, "challenge": c, "signature": signature,
            })
            .to_string()
            .as_bytes(),
        )
        .await;
        let j = r.json();
        let device: [u8; 16] = sanad_protocol::unhex(j["device_id"].as_str().expect("id"))
            .expect("hex")
            .try_into()
            .expect("16");
        let auth = format!("Bearer {}", j["token"].as_str().expect("token"));
        let batches: Vec<Vec<u8>> = (0..20u64)
            .map(|b| {
                encode_batch(&EventBatch {
                    device_id: device,
                    events: (1..=1000u64)
                        .map(|i| {
                            let seq = b * 1000 + i;
                            let mut id = sanad_store::seal::random_bytes::<16>();
                            id[..8].copy_from_slice(&seq.to_be_bytes());
                            WireEvent {
                                id,
                                seq,
                                stats: None,
                                sealed: vec![0xab; 300],
                            }
                        })
                        .collect(),
                })
            })
            .collect();
        let t = Instant::now();
        for body in &batches {
            let r = sanad_test_support::http::raw_request(
                a,
                "POST",
                "/v1/events",
                &[
                    ("authorization", &auth),
                    ("content-type", "application/x-sanad-batch"),
                ],
                body,
            )
            .await;
            assert_eq!(r.status, 200);
        }
        throughput.push((name, 20_000.0 / t.elapsed().as_secs_f64()));
    }

    println!(
        "| measure | Sanad client | naive client (one request per case, full state) | ratio |"
    );
    println!("|---|---|---|---|");
    println!(
        "| requests for 10,000 events (clean link) | {requests} | {naive_requests} | {:.3}× |",
        requests as f64 / naive_requests as f64
    );
    println!(
        "| bytes sent (headers + bodies) | {up} | {naive_up} | {:.2}× |",
        up as f64 / naive_up as f64
    );
    println!("| bytes received | {down} | {naive_down} | |");
    println!("| sealed payload bytes carried | {sealed} | {naive_sealed} | |");
    println!(
        "| bytes sent / sealed payload bytes | {:.3} | {:.3} | |",
        up as f64 / sealed as f64,
        naive_up as f64 / naive_sealed as f64
    );
    println!(
        "| then one new note on each case: requests | {inc_requests} | {ninc_requests} | {:.3}× |",
        inc_requests as f64 / ninc_requests as f64
    );
    println!(
        "| then one new note on each case: bytes sent | {inc_up} | {ninc_up} | {:.2}× |",
        inc_up as f64 / ninc_up as f64
    );
    println!(
        "| wall time, clean link (loopback) | {:.0} ms | | |",
        clean_time.as_secs_f64() * 1e3
    );
    println!(
        "| wall time through 30 % faults ({ffaults} of {ftotal} requests faulted, {runs} runs) | {:.1} s | | |",
        fault_time.as_secs_f64()
    );
    println!("| lost / duplicated after the fault run | {lost} / {duplicated} | | |");
    for (name, eps) in throughput {
        println!(
            "| server throughput, {name} (batches of 1,000 over HTTP) | {eps:.0} events/s | | |"
        );
    }
    println!(
        "(filling the store: {:.1} s for 10,000 events)",
        fill_time.as_secs_f64()
    );
}
