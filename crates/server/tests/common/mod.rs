//! A real server on loopback for tests: SQLite (or PostgreSQL) storage in a temporary
//! folder, fresh organisation keys, an adjustable clock.

#![allow(dead_code)]

use sanad_server::keys::{self, ServerKeys};
use sanad_server::storage::Storage;
use sanad_test_support::env::TempDir;
use sanad_test_support::http::{RawResponse, raw_request};
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
        TestServer::start_adjusted(dir, storage, |_| {}).await
    }

    /// A server whose API (limits, policy) `adjust` changes before it starts.
    pub async fn start_adjusted(
        dir: TempDir,
        storage: Arc<dyn Storage>,
        adjust: impl FnOnce(&mut sanad_server::api::Api),
    ) -> TestServer {
        let org = keys::keygen(&dir.path().join("org"), T0).expect("keygen");
        let keys = keys::load_server_keys(&org.server).expect("keys");
        let now = Arc::new(AtomicI64::new(T0));
        let n = now.clone();
        let mut api = sanad_server::api(
            storage.clone(),
            keys.clone(),
            Arc::new(move || n.load(Ordering::SeqCst)),
        );
        adjust(&mut api);
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

/// A device's Ed25519 key pair (PKCS#8 hex, public hex).
#[derive(Debug, Clone)]
pub struct DeviceKey {
    pub private: String,
    pub public: String,
}

pub fn device_key() -> DeviceKey {
    let (private, public) = sanad_crypto::sign::generate_keypair().expect("key");
    DeviceKey { private, public }
}

/// A fresh enrollment challenge (hex).
pub async fn challenge(addr: SocketAddr) -> String {
    let r = raw_request(addr, "POST", "/v1/enroll/challenge", &[], b"").await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    r.json()["challenge"]
        .as_str()
        .expect("challenge")
        .to_owned()
}

/// The body of an enrollment signed by `key` over `challenge`.
pub fn enroll_body(code: &str, key: &DeviceKey, challenge: &str) -> Vec<u8> {
    let text = sanad_protocol::EnrollRequest::signed_text(challenge, code, &key.public);
    let signature = sanad_crypto::sign::sign_command(&key.private, &text).expect("sign");
    serde_json::json!({
        "code": code,
        "device_key": key.public,
        "challenge": challenge,
        "signature": signature,
    })
    .to_string()
    .into_bytes()
}

pub async fn post_enroll(addr: SocketAddr, body: &[u8]) -> RawResponse {
    raw_request(
        addr,
        "POST",
        "/v1/enroll",
        &[("content-type", "application/json")],
        body,
    )
    .await
}

/// Enroll as a genuine device does: a fresh challenge, signed.
pub async fn enroll(addr: SocketAddr, code: &str, key: &DeviceKey) -> RawResponse {
    let c = challenge(addr).await;
    post_enroll(addr, &enroll_body(code, key, &c)).await
}
