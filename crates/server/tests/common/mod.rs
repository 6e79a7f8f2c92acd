//! A real server on loopback for tests: SQLite (or PostgreSQL) storage in a temporary
//! folder, fresh organisation keys, an adjustable clock.

#![allow(dead_code)]

use sanad_server::keys::{self, ServerKeys};
use sanad_server::storage::Storage;
use sanad_test_support::env::TempDir;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

pub struct TestServer {
    pub addr: SocketAddr,
    pub storage: Arc<dyn Storage>,
    pub keys: ServerKeys,
    pub org: keys::OrgKeySet,
    pub now: Arc<AtomicI64>,
    pub dir: TempDir,
}

pub const T0: i64 = 1_795_824_000_000;

impl TestServer {
    pub async fn start() -> TestServer {
        let dir = TempDir::new("server");
        let storage = sanad_server::open_storage(&dir.path().join("server.db").to_string_lossy())
            .expect("storage");
        TestServer::start_with(dir, storage).await
    }

    pub async fn start_with(dir: TempDir, storage: Arc<dyn Storage>) -> TestServer {
        let org = keys::keygen(&dir.path().join("org"), T0).expect("keygen");
        let keys = keys::load_server_keys(&org.server).expect("keys");
        let now = Arc::new(AtomicI64::new(T0));
        let n = now.clone();
        let api = sanad_server::api(
            storage.clone(),
            keys.clone(),
            Arc::new(move || n.load(Ordering::SeqCst)),
        );
        let addr = sanad_server::start(api, sanad_server::loopback())
            .await
            .expect("server started");
        TestServer {
            addr,
            storage,
            keys,
            org,
            now,
            dir,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn code(&self, worker: &str) -> String {
        sanad_server::new_enrollment(
            &*self.storage,
            worker,
            self.now.load(Ordering::SeqCst),
            3_600_000,
        )
        .expect("code")
        .0
    }
}
