//! Shared by the service tests: a real server on loopback (SQLite, a fresh organisation
//! key set), a loopback proxy in front of it that can stall every request, a service on a
//! temporary data directory with a fast key derivation, and the events it reported.

#![allow(dead_code)]

use sanad_server::keys;
use sanad_server::storage::Storage;
use sanad_service::{Command, Config, Event, Service};
use sanad_store::{InitOptions, Secret};
use sanad_sync::SyncOptions;
use sanad_test_support::env::TempDir;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const PASS: &str = "correct horse battery staple 42";

pub struct Server {
    pub addr: SocketAddr,
    pub storage: Arc<dyn Storage>,
    pub org: keys::OrgKeySet,
    pub _dir: TempDir,
}

pub fn now() -> i64 {
    sanad_server::api::system_clock()()
}

pub async fn server() -> Server {
    let dir = TempDir::new("service-server");
    let storage =
        sanad_server::open_storage(&dir.path().join("server.db").to_string_lossy()).expect("db");
    let org = keys::keygen(&dir.path().join("org"), now()).expect("keygen");
    let k = keys::load_server_keys(&org.server).expect("keys");
    let api = sanad_server::api(storage.clone(), k, sanad_server::api::system_clock());
    Server {
        addr: sanad_server::start(api, sanad_server::loopback())
            .await
            .expect("started"),
        storage,
        org,
        _dir: dir,
    }
}

impl Server {
    pub fn code(&self) -> String {
        sanad_server::new_enrollment(&*self.storage, "worker (invented)", now(), 3_600_000)
            .expect("code")
            .0
    }

    /// The enrollment command for `url` (the server or a proxy in front of it).
    pub fn enroll(&self, url: &str) -> Command {
        Command::Enroll {
            server: url.to_owned(),
            code: self.code(),
            org: sanad_sync::fingerprint_digits(&self.org.fingerprint),
        }
    }
}

/// A loopback proxy to `upstream` that, while stalled, accepts every connection and
/// holds it without an answer; released, it forwards them (held ones included).
pub struct Proxy {
    pub addr: SocketAddr,
    stall: tokio::sync::watch::Sender<bool>,
    /// Connections that arrived while stalled.
    pub held: Arc<AtomicUsize>,
    /// Connections forwarded to the server.
    pub forwarded: Arc<AtomicUsize>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stall, rx) = tokio::sync::watch::channel(false);
        let held = Arc::new(AtomicUsize::new(0));
        let forwarded = Arc::new(AtomicUsize::new(0));
        let (h, f) = (held.clone(), forwarded.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let mut rx = rx.clone();
                let (h, f) = (h.clone(), f.clone());
                tokio::spawn(async move {
                    if *rx.borrow() {
                        h.fetch_add(1, Ordering::SeqCst);
                        let _ = rx.wait_for(|s| !*s).await;
                    }
                    f.fetch_add(1, Ordering::SeqCst);
                    if let Ok(mut up) = tokio::net::TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut up).await;
                    }
                });
            }
        });
        Proxy {
            addr,
            stall,
            held,
            forwarded,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn stall(&self, on: bool) {
        let _ = self.stall.send(on);
    }
}

/// Fast retries for tests (the product's are slower).
pub fn fast_sync() -> SyncOptions {
    SyncOptions {
        request_timeout: Duration::from_secs(20),
        connect_timeout: Duration::from_millis(500),
        base_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(200),
        max_attempts: 3,
        ..SyncOptions::default()
    }
}

/// A service on `dir` and the events it reported.
pub fn service(dir: &TempDir) -> (Service, Arc<Mutex<Vec<Event>>>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let mut cfg = Config::new(dir.path().to_path_buf());
    cfg.init = InitOptions::insecure_fast_for_tests();
    cfg.sync = fast_sync();
    let s = Service::start(cfg, move |e| sink.lock().expect("events").push(e));
    (s, events)
}

pub fn init(s: &mut Service) {
    s.handle(Command::Init {
        pass: Secret::new(PASS.into()),
        duress: None,
    });
}

/// Tick the service until `done` holds (a guard against hanging, not a measurement).
pub fn wait(s: &mut Service, what: &str, mut done: impl FnMut(&mut Service) -> bool) {
    let start = Instant::now();
    while !done(s) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "gave up waiting: {what}"
        );
        s.tick();
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Events since the last call, taken out.
pub fn take(events: &Mutex<Vec<Event>>) -> Vec<Event> {
    std::mem::take(&mut *events.lock().expect("events"))
}
