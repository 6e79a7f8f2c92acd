//! Sanad's central API: devices enroll with a one-time code, push their append-only event
//! series sealed to the organisation's key, and get signed commands back. The server never
//! holds a key that opens a case payload; `export` runs where the organisation's sealing
//! key is kept.
#![warn(missing_docs)]

pub mod api;
mod enroll;
pub mod export;
pub mod keys;
pub mod limits;
mod net;
mod rights;
pub mod storage;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::api::{Api, Clock, RateLimiter};
use crate::limits::{Guards, Limits};
use crate::storage::{RelayDb, Storage};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Plain HTTP on a public address without `--insecure-http`.
    #[error(
        "refusing plain HTTP on {0}: give --tls-cert and --tls-key, listen on a loopback address, or pass --insecure-http"
    )]
    PlainHttpRefused(SocketAddr),
    /// Binding or serving failed.
    #[error("cannot serve on {addr}: {problem}")]
    Io {
        /// Address.
        addr: SocketAddr,
        /// What went wrong.
        problem: String,
    },
    /// The certificate or key could not be loaded.
    #[error("TLS certificate or key: {0}")]
    Tls(String),
}

/// How to listen.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address and port.
    pub listen: SocketAddr,
    /// PEM certificate chain and private key.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// Allow plain HTTP on a non-loopback address.
    pub insecure_http: bool,
}

/// Open the storage named by `spec`: a `postgres://` URL or a SQLite file path.
pub fn open_storage(spec: &str) -> Result<Arc<dyn Storage>, String> {
    if spec.starts_with("postgres://") || spec.starts_with("postgresql://") {
        return storage::postgres::PgStorage::connect(spec)
            .map(|s| Arc::new(s) as Arc<dyn Storage>)
            .map_err(|e| e.to_string());
    }
    let path = Path::new(spec);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    RelayDb::open(path)
        .map(|s| Arc::new(s) as Arc<dyn Storage>)
        .map_err(|e| format!("{spec}: {e}"))
}

/// The API state with default limits (30 requests per second per device, bursts of 60;
/// [`Limits::default`] for the rest).
pub fn api(storage: Arc<dyn Storage>, keys: keys::ServerKeys, clock: Clock) -> Api {
    let limits = Limits::default();
    Api {
        storage,
        keys,
        limiter: Arc::new(RateLimiter::new(30.0, 60.0)),
        clock,
        policy: None,
        guards: Arc::new(Guards::new(&limits)),
        limits,
    }
}

/// Serve until the process ends. `ready` receives the bound address (port 0 picks one).
pub async fn serve(
    api: Api,
    opts: ServeOptions,
    ready: Option<tokio::sync::oneshot::Sender<SocketAddr>>,
) -> Result<(), ServeError> {
    let limits = api.limits.clone();
    let app = api::router(api);
    let addr = opts.listen;
    let io = |e: std::io::Error| ServeError::Io {
        addr,
        problem: e.to_string(),
    };
    let tls = match opts.tls {
        Some((cert, key)) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
                .await
                .map_err(|e| ServeError::Tls(e.to_string()))?;
            let mut inner = (*config.get_inner()).clone();
            inner.alpn_protocols = vec![b"http/1.1".to_vec()];
            Some(tokio_rustls::TlsAcceptor::from(Arc::new(inner)))
        }
        None if !addr.ip().is_loopback() && !opts.insecure_http => {
            return Err(ServeError::PlainHttpRefused(addr));
        }
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(io)?;
    let bound = listener.local_addr().map_err(io)?;
    if let Some(r) = ready {
        let _ = r.send(bound);
    }
    if tls.is_some() {
        tracing::info!(target: "sanad_server", %bound, "serving HTTPS");
    } else if !addr.ip().is_loopback() {
        tracing::warn!(target: "sanad_server", %bound, "serving plain HTTP on a public address (--insecure-http)");
    }
    net::accept_loop(listener, app, limits, tls)
        .await
        .map_err(io)
}

/// Why publishing failed.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The bundle or content is not valid (signature, version, or payload).
    #[error("not published: {0}")]
    Bundle(String),
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] storage::StorageError),
}

/// Publish a signed directory bundle to every device (checked against the organisation's
/// key first: a device would refuse it anyway). Returns its version and feed cursor.
pub fn publish_directory(
    storage: &dyn Storage,
    keys: &keys::ServerKeys,
    bundle: &str,
    now_ms: i64,
) -> Result<(u64, u64), PublishError> {
    let (version, payload) = sanad_crypto::sign::verify_bundle(keys.content_key(), bundle)
        .map_err(|e| PublishError::Bundle(e.to_string()))?;
    // The same check a device makes after the signature (`sanad_store::bundle::verify`).
    sanad_core::directory::parse_json("bundle", &payload)
        .map_err(|e| PublishError::Bundle(format!("the bundle's directory is invalid: {e}")))?;
    let cursor = storage.publish(None, sanad_protocol::PULL_DIRECTORY, bundle, now_ms)?;
    Ok((version, cursor))
}

/// Publish a signed command (`wipe` or `lock`) for one device; returns its feed cursor.
pub fn publish_command(
    storage: &dyn Storage,
    keys: &keys::ServerKeys,
    device: &[u8; 16],
    command: &str,
    now_ms: i64,
) -> Result<u64, storage::StorageError> {
    let id = sanad_protocol::hex(device);
    let order = sanad_protocol::CommandOrder {
        command: command.to_owned(),
        device_id: id.clone(),
        issued_ms: now_ms,
        signature: keys.sign_command(&sanad_protocol::CommandOrder::signed_text(
            command, &id, now_ms,
        )),
    };
    let body = serde_json::to_string(&order).unwrap_or_default();
    storage.publish(Some(device), sanad_protocol::PULL_COMMAND, &body, now_ms)
}

/// Publish checklist content signed offline with the content key (`sign-content`), after
/// checking its signature and validating it, to every device. Returns (kind, version,
/// feed cursor).
pub fn publish_content(
    storage: &dyn Storage,
    keys: &keys::ServerKeys,
    signed: &str,
    now_ms: i64,
) -> Result<(String, u64, u64), PublishError> {
    let u: sanad_protocol::ContentUpdate = serde_json::from_str(signed).map_err(|_| {
        PublishError::Bundle("not signed content (make it with `sign-content`)".into())
    })?;
    if !sanad_protocol::CONTENT_KINDS.contains(&u.kind.as_str()) {
        return Err(PublishError::Bundle(format!(
            "kind must be one of {}",
            sanad_protocol::CONTENT_KINDS.join(", ")
        )));
    }
    if !sanad_crypto::sign::verify_command(keys.content_key(), &u.signed_text(), &u.signature) {
        return Err(PublishError::Bundle(
            "the signature does not verify against the organisation's content key".into(),
        ));
    }
    sanad_i18n::validate_content(&u.kind, &u.payload).map_err(PublishError::Bundle)?;
    let body = serde_json::to_string(&u).unwrap_or_default();
    let cursor = storage.publish(None, sanad_protocol::PULL_CONTENT, &body, now_ms)?;
    Ok((u.kind, u.version, cursor))
}

/// Publish a referral's new status for one device's case (signed); returns the cursor.
pub fn publish_referral_status(
    storage: &dyn Storage,
    keys: &keys::ServerKeys,
    device: &[u8; 16],
    case_id: &str,
    referral: &str,
    status: &str,
    now_ms: i64,
) -> Result<u64, storage::StorageError> {
    let mut u = sanad_protocol::ReferralUpdate {
        device_id: sanad_protocol::hex(device),
        case_id: case_id.to_owned(),
        referral: referral.to_owned(),
        status: status.to_owned(),
        issued_ms: now_ms,
        signature: String::new(),
    };
    u.signature = keys.sign_command(&u.signed_text());
    let body = serde_json::to_string(&u).unwrap_or_default();
    storage.publish(Some(device), sanad_protocol::PULL_REFERRAL, &body, now_ms)
}

/// Start serving in the background on the current tokio runtime; returns the bound
/// address once the server listens (for embedding, tests and benchmarks).
pub async fn start(api: Api, opts: ServeOptions) -> Result<SocketAddr, ServeError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let task = tokio::spawn(serve(api, opts.clone(), Some(tx)));
    match rx.await {
        Ok(addr) => Ok(addr),
        Err(_) => match task.await {
            Ok(Err(e)) => Err(e),
            _ => Err(ServeError::Io {
                addr: opts.listen,
                problem: "the server stopped before it listened".into(),
            }),
        },
    }
}

/// Loopback, plain HTTP, a free port: what tests and benchmarks listen on.
pub fn loopback() -> ServeOptions {
    ServeOptions {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        tls: None,
        insecure_http: false,
    }
}

/// Alphabet of enrollment codes: no 0/O, 1/I/L.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// An enrollment code as typed: upper case, without spaces and dashes.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Create a one-time enrollment code for `worker`, valid for `ttl_ms`; returns the code
/// (shown once, stored only as a hash) and its expiry.
pub fn new_enrollment(
    storage: &dyn Storage,
    worker: &str,
    now_ms: i64,
    ttl_ms: i64,
) -> Result<(String, i64), storage::StorageError> {
    // Rejection sampling: only bytes below 248 = 8 × 31, so every letter is equally likely
    // (15 letters ≈ 74 bits).
    let mut chars = String::new();
    while chars.len() < 15 {
        let raw: [u8; 32] = sanad_crypto::seal::random_bytes();
        chars.extend(
            raw.iter()
                .filter(|b| **b < 248)
                .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
                .take(15 - chars.len()),
        );
    }
    let code = format!("{}-{}-{}", &chars[0..5], &chars[5..10], &chars[10..15]);
    let expires = now_ms + ttl_ms;
    storage.add_enrollment(
        &sanad_crypto::seal::sha256(normalize_code(&code).as_bytes()),
        worker,
        expires,
    )?;
    Ok((code, expires))
}
