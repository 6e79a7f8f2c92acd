//! The HTTP side: enrollment, probe, batched push with retries, wipe orders.

use reqwest::StatusCode;
use sanad_core::CaseRepository;
use sanad_protocol::{
    BATCH_MEDIA_TYPE, DeviceStatus, EventBatch, PushAck, Revoked, WipeOrder, WireEvent,
    decode_batch, encode_batch, unhex,
};
use sanad_store::Vault;
use std::time::Duration;

use crate::{
    ACKED_SETTING, CONFIG_SETTING, STATUS_SETTING, SyncConfig, SyncError, SyncStatus, stats_of,
};

/// Timeouts, batch size and retry policy.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Connection timeout.
    pub connect_timeout: Duration,
    /// Whole-request timeout (a stalled server counts as a failure).
    pub request_timeout: Duration,
    /// Largest batch body in bytes.
    pub max_batch_bytes: usize,
    /// Attempts per request before giving up for this run.
    pub max_attempts: u32,
    /// First backoff delay (doubles each retry, with full jitter).
    pub base_backoff: Duration,
    /// Longest backoff delay.
    pub max_backoff: Duration,
    /// Extra trusted root certificate (PEM), e.g. the organisation's own CA.
    pub root_cert_pem: Option<Vec<u8>>,
    /// The directory database that pulled bundles are installed into (none: bundles are
    /// skipped and pulled again later).
    pub directory: Option<std::path::PathBuf>,
    /// Where accepted checklist content is kept (`<kind>.json`, the signed update as
    /// received; the app verifies it again when it loads it). None: content is skipped
    /// and pulled again later.
    pub content_dir: Option<std::path::PathBuf>,
}

impl Default for SyncOptions {
    fn default() -> SyncOptions {
        SyncOptions {
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(20),
            max_batch_bytes: 512 * 1024,
            max_attempts: 8,
            base_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(30),
            root_cert_pem: None,
            directory: None,
            content_dir: None,
        }
    }
}

/// Counters of one run (for tests and benchmarks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// HTTP requests sent (attempts included).
    pub requests: u64,
    /// Request body bytes sent.
    pub body_bytes: u64,
    /// Sealed payload bytes in the batches that were acknowledged.
    pub sealed_bytes: u64,
    /// Events acknowledged in this run.
    pub acknowledged: u64,
    /// Failed attempts that were retried.
    pub retries: u64,
}

/// The client.
pub struct SyncClient {
    pub(crate) http: reqwest::Client,
    pub(crate) opts: SyncOptions,
    /// Counters of this client's requests.
    pub progress: Progress,
    jitter_state: u64,
}

enum Attempt<T> {
    Done(T),
    Retry(String),
    Fail(SyncError),
}

pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub(crate) fn store_err(e: impl std::fmt::Display) -> SyncError {
    SyncError::Store(e.to_string())
}

/// Plain words for a transport failure (never the URL's query or any body).
fn transport(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "the server did not answer in time".into()
    } else if e.is_connect() {
        "could not connect to the server".into()
    } else if e.is_body() || e.is_decode() {
        "the connection broke while receiving the answer".into()
    } else {
        "the connection failed".into()
    }
}

impl SyncClient {
    /// A client with these options.
    pub fn new(opts: SyncOptions) -> Result<SyncClient, SyncError> {
        let mut b = reqwest::Client::builder()
            .connect_timeout(opts.connect_timeout)
            .timeout(opts.request_timeout)
            .https_only(false)
            .user_agent(concat!("sanad-sync/", env!("CARGO_PKG_VERSION")));
        if let Some(pem) = &opts.root_cert_pem {
            let cert = reqwest::Certificate::from_pem(pem)
                .map_err(|_| SyncError::Refused("the extra root certificate is not PEM".into()))?;
            b = b.add_root_certificate(cert);
        }
        let http = b
            .build()
            .map_err(|_| SyncError::Refused("the HTTP client could not start".into()))?;
        Ok(SyncClient {
            http,
            opts,
            progress: Progress::default(),
            jitter_state: (now_ms() as u64) | 1,
        })
    }

    pub(crate) fn backoff(&mut self, attempt: u32) -> Duration {
        let cap = self
            .opts
            .base_backoff
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.opts.max_backoff);
        // xorshift: full jitter needs spread, not secrecy.
        let mut x = self.jitter_state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.jitter_state = x;
        cap.mul_f64((x % 10_000) as f64 / 10_000.0)
    }

    /// Send everything pending, then save and return the status. On failure the status
    /// (with the error in plain words) is saved too, and nothing is lost: the next run
    /// continues where this one stopped.
    pub async fn run(&mut self, vault: &mut Vault) -> Result<SyncStatus, SyncError> {
        let result = self.run_inner(vault).await;
        if matches!(result, Err(SyncError::Wiped | SyncError::Locked)) {
            return result.map(|_| SyncStatus::default());
        }
        let mut status = load_status(vault);
        status.acked_through = acked(vault);
        status.pending = pending(vault);
        match &result {
            Ok(quarantined) => {
                let _ = vault.mark_synced(None);
                status.last_success_ms = Some(now_ms());
                status.last_error = None;
                for q in quarantined {
                    if !status.quarantined.contains(q) {
                        status.quarantined.push(q.clone());
                    }
                }
            }
            Err(e) => status.last_error = Some(e.to_string()),
        }
        let _ = vault.put_setting(
            STATUS_SETTING,
            &serde_json::to_vec(&status).unwrap_or_default(),
        );
        result.map(|_| status)
    }

    async fn run_inner(&mut self, vault: &mut Vault) -> Result<Vec<String>, SyncError> {
        let cfg = config(vault)?;
        let device: [u8; 16] = unhex(&cfg.device_id)
            .and_then(|d| d.try_into().ok())
            .ok_or(SyncError::NotEnrolled)?;
        let sealing: [u8; 32] = unhex(&cfg.sealing_key)
            .and_then(|d| d.try_into().ok())
            .ok_or(SyncError::NotEnrolled)?;
        // Rights notices first: erasure tombstones close the gaps erased events left.
        self.send_notices(vault, &cfg).await?;
        prepare(vault, device, &sealing)?;
        // Probe: connectivity, and what the server already holds.
        let st: DeviceStatus = self
            .request(vault, Some(&cfg), 0, |c| {
                c.http
                    .get(format!("{}/v1/status", cfg.server))
                    .bearer_auth(&cfg.token)
            })
            .await?;
        self.acknowledge(vault, device, &sealing, st.acked_through)?;
        let mut quarantined = Vec::new();
        let mut max_bytes = self.opts.max_batch_bytes;
        loop {
            let records = vault
                .outbox_after(acked(vault), max_bytes)
                .map_err(store_err)?;
            if records.is_empty() {
                self.pull(vault, &cfg).await?;
                // What the pull added to the case log (a referral's new status) goes out
                // in the same run.
                prepare(vault, device, &sealing)?;
                if vault.outbox_len().map_err(store_err)? == 0 {
                    return Ok(quarantined);
                }
                continue;
            }
            let Batch {
                body,
                gzipped,
                sealed,
                last,
            } = batch(&records, device)?;
            let ack: Result<PushAck, SyncError> = self
                .request(vault, Some(&cfg), body.len(), |c| {
                    c.http
                        .post(format!("{}/v1/events", cfg.server))
                        .bearer_auth(&cfg.token)
                        .header(reqwest::header::CONTENT_TYPE, BATCH_MEDIA_TYPE)
                        .header(
                            reqwest::header::CONTENT_ENCODING,
                            if gzipped { "gzip" } else { "identity" },
                        )
                        .body(body.clone())
                })
                .await;
            let ack = match ack {
                Err(SyncError::Refused(m)) if m.contains("too large") && max_bytes > 4096 => {
                    max_bytes /= 2;
                    continue;
                }
                other => other?,
            };
            let before = acked(vault);
            self.acknowledge(vault, device, &sealing, ack.acked_through)?;
            if ack.acked_through >= last {
                self.progress.sealed_bytes += sealed;
            }
            self.progress.acknowledged += ack.acked_through.saturating_sub(before);
            quarantined.extend(ack.conflicts);
            if ack.acked_through < last && ack.acked_through <= before {
                // The server stored nothing new of this batch although it answered: stop
                // rather than loop; the next run tries again.
                return Err(SyncError::Refused(
                    "the server did not acknowledge the batch".into(),
                ));
            }
        }
    }

    /// Save the server's acknowledgement and trim the outbox. If the server holds less
    /// than the outbox starts from, seal the missing events again from the case log.
    fn acknowledge(
        &mut self,
        vault: &mut Vault,
        device: [u8; 16],
        sealing: &[u8; 32],
        server_acked: u64,
    ) -> Result<(), SyncError> {
        let first_pending = vault
            .outbox_after(0, 1)
            .map_err(store_err)?
            .first()
            .map(|r| r.0);
        if first_pending.is_some_and(|f| server_acked + 1 < f) || server_acked < acked(vault) {
            // The server lost events we had trimmed (restored from a backup): rebuild.
            vault
                .put_setting(ACKED_SETTING, server_acked.to_string().as_bytes())
                .map_err(store_err)?;
            vault.outbox_ack(u64::MAX).map_err(store_err)?;
            prepare(vault, device, sealing)?;
            return Ok(());
        }
        vault.outbox_ack(server_acked).map_err(store_err)?;
        vault
            .put_setting(ACKED_SETTING, server_acked.to_string().as_bytes())
            .map_err(store_err)
    }

    /// Send a request (built anew for each attempt, with a body of `body_len` bytes) with
    /// retries and backoff. `cfg` is the enrollment, when there is one: a 401 carrying a
    /// verified wipe order then wipes the store.
    pub(crate) async fn request<T: serde::de::DeserializeOwned>(
        &mut self,
        vault: &mut Vault,
        cfg: Option<&SyncConfig>,
        body_len: usize,
        build: impl Fn(&SyncClient) -> reqwest::RequestBuilder,
    ) -> Result<T, SyncError> {
        let attempts = self.opts.max_attempts;
        self.request_n(vault, cfg, body_len, attempts, build).await
    }

    /// [`SyncClient::request`] with at most `attempts` attempts.
    pub(crate) async fn request_n<T: serde::de::DeserializeOwned>(
        &mut self,
        vault: &mut Vault,
        cfg: Option<&SyncConfig>,
        body_len: usize,
        attempts: u32,
        build: impl Fn(&SyncClient) -> reqwest::RequestBuilder,
    ) -> Result<T, SyncError> {
        let mut last = String::new();
        for attempt in 0..attempts {
            if attempt > 0 {
                self.progress.retries += 1;
                tokio::time::sleep(self.backoff(attempt)).await;
            }
            let req = build(self);
            self.progress.body_bytes += body_len as u64;
            self.progress.requests += 1;
            match self.attempt::<T>(vault, cfg, req).await {
                Attempt::Done(v) => return Ok(v),
                Attempt::Retry(why) => last = why,
                Attempt::Fail(e) => return Err(e),
            }
        }
        Err(SyncError::Offline(last))
    }

    async fn attempt<T: serde::de::DeserializeOwned>(
        &mut self,
        vault: &mut Vault,
        cfg: Option<&SyncConfig>,
        req: reqwest::RequestBuilder,
    ) -> Attempt<T> {
        let res = match req.send().await {
            Ok(r) => r,
            Err(e) => return Attempt::Retry(transport(&e)),
        };
        let status = res.status();
        let bytes = match res.bytes().await {
            Ok(b) => b,
            Err(e) => return Attempt::Retry(transport(&e)),
        };
        if status.is_success() {
            return match serde_json::from_slice(&bytes) {
                Ok(v) => Attempt::Done(v),
                // A cut or garbled body: the request may have been applied; retrying is
                // safe because pushes are idempotent.
                Err(_) => Attempt::Retry("the server's answer arrived incomplete".into()),
            };
        }
        match status {
            StatusCode::UNAUTHORIZED if cfg.is_some() => {
                if let (Ok(r), Some(cfg)) = (serde_json::from_slice::<Revoked>(&bytes), cfg)
                    && verified_wipe(cfg, &r.wipe)
                {
                    return match vault.wipe() {
                        Ok(()) => Attempt::Fail(SyncError::Wiped),
                        Err(e) => Attempt::Fail(store_err(e)),
                    };
                }
                Attempt::Fail(SyncError::Refused(
                    "the server does not accept this device's token".into(),
                ))
            }
            s if s.is_server_error()
                || s == StatusCode::TOO_MANY_REQUESTS
                || s == StatusCode::REQUEST_TIMEOUT =>
            {
                Attempt::Retry(format!(
                    "the server is busy or failing (HTTP {})",
                    status.as_u16()
                ))
            }
            StatusCode::PAYLOAD_TOO_LARGE => {
                Attempt::Fail(SyncError::Refused("the batch is too large".into()))
            }
            _ => {
                let msg = serde_json::from_slice::<sanad_protocol::ErrorBody>(&bytes)
                    .map(|b| b.message)
                    .unwrap_or_else(|_| format!("HTTP {}", status.as_u16()));
                Attempt::Fail(SyncError::Refused(msg))
            }
        }
    }
}

/// Gzip a batch when that saves at least 2 % (the sealed payloads are ciphertext and do
/// not shrink; ids, sequence numbers and statistics do).
fn compress(body: Vec<u8>) -> (Vec<u8>, bool) {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    match enc.write_all(&body).and_then(|()| enc.finish()) {
        Ok(z) if z.len() * 100 <= body.len() * 98 => (z, true),
        _ => (body, false),
    }
}

fn verified_wipe(cfg: &SyncConfig, w: &WipeOrder) -> bool {
    w.device_id == cfg.device_id
        && sanad_crypto::sign::verify_command(
            &cfg.online_key,
            &WipeOrder::signed_text(&w.device_id, w.issued_ms),
            &w.signature,
        )
}

/// The enrollment stored in the vault.
pub(crate) fn config(vault: &Vault) -> Result<SyncConfig, SyncError> {
    let raw = vault
        .setting(CONFIG_SETTING)
        .map_err(store_err)?
        .ok_or(SyncError::NotEnrolled)?;
    serde_json::from_slice(&raw).map_err(|_| {
        // An enrollment from before the organisation's keys were pinned (it had one
        // `signing_key` for everything) is not trusted any more: enroll again.
        let legacy = serde_json::from_slice::<serde_json::Value>(&raw)
            .is_ok_and(|v| v.get("signing_key").is_some() && v.get("org_root").is_none());
        if legacy {
            SyncError::ReEnroll
        } else {
            SyncError::Store("sync settings are damaged".into())
        }
    })
}

fn acked(vault: &Vault) -> u64 {
    setting_u64(vault, ACKED_SETTING)
}

pub(crate) fn setting_u64(vault: &Vault, name: &str) -> u64 {
    vault
        .setting(name)
        .ok()
        .flatten()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

pub(crate) fn load_status(vault: &Vault) -> SyncStatus {
    vault
        .setting(STATUS_SETTING)
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// The last saved status (for the app's sync screen), with the pending count as it is now.
pub fn saved_status(vault: &Vault) -> SyncStatus {
    let mut status = load_status(vault);
    status.pending = pending(vault);
    status
}

/// Events the server has not acknowledged yet: the outbox plus the events written since
/// the last run sealed them.
pub fn pending(vault: &Vault) -> u64 {
    let acked = acked(vault);
    vault.outbox_len().unwrap_or(0)
        + vault
            .events_after(acked.max(vault.outbox_last().unwrap_or(0)))
            .map(|e| e.len() as u64)
            .unwrap_or(0)
}

/// The server this device is enrolled with, if any.
pub fn enrolled_server(vault: &Vault) -> Option<String> {
    config(vault).ok().map(|c| c.server)
}

/// Seal events not yet in the outbox (after the acknowledged sequence and the outbox's
/// last record) and add them, in chunks of one transaction each.
fn prepare(vault: &mut Vault, device: [u8; 16], sealing: &[u8; 32]) -> Result<(), SyncError> {
    let from = acked(vault).max(vault.outbox_last().map_err(store_err)?);
    let events = vault.events_after(from).map_err(store_err)?;
    let mut held = std::collections::HashMap::new();
    for chunk in events.chunks(500) {
        let mut records = Vec::with_capacity(chunk.len());
        for e in chunk {
            if crate::rights::held(vault, &mut held, e.case_id) {
                // The person withdrew consent to sharing: its place in the sequence only.
                records.push((e.seq, crate::rights::held_record(device, e)));
                continue;
            }
            let plain = serde_json::to_vec(e)
                .map_err(|_| SyncError::Store("an event cannot be encoded".into()))?;
            let mut context = [0u8; 32];
            context[..16].copy_from_slice(&device);
            context[16..].copy_from_slice(&e.id.0);
            let sealed = sanad_crypto::seal::seal_to(sealing, &context, &plain)
                .map_err(|e| SyncError::Store(e.to_string()))?;
            let wire = WireEvent {
                id: e.id.0,
                seq: e.seq,
                stats: stats_of(e),
                sealed,
            };
            records.push((
                e.seq,
                encode_batch(&EventBatch {
                    device_id: device,
                    events: vec![wire],
                }),
            ));
        }
        vault.outbox_put(&records).map_err(store_err)?;
    }
    Ok(())
}

/// One push: the outbox records joined into one batch, compressed when it helps.
struct Batch {
    body: Vec<u8>,
    gzipped: bool,
    /// Sealed payload bytes in it.
    sealed: u64,
    /// The last sequence number in it.
    last: u64,
}

fn batch(records: &[(u64, Vec<u8>)], device: [u8; 16]) -> Result<Batch, SyncError> {
    let mut events = Vec::with_capacity(records.len());
    for (_, bytes) in records {
        let b = decode_batch(bytes)
            .map_err(|_| SyncError::Store("an outbox record is damaged".into()))?;
        events.extend(b.events);
    }
    let sealed: u64 = events
        .iter()
        .map(|e: &WireEvent| e.sealed.len() as u64)
        .sum();
    let last = events.last().map_or(0, |e| e.seq);
    let (body, gzipped) = compress(encode_batch(&EventBatch {
        device_id: device,
        events,
    }));
    Ok(Batch {
        body,
        gzipped,
        sealed,
        last,
    })
}
