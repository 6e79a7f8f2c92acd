//! The HTTP API (see `openapi.json`). Every handler authenticates from the
//! `Authorization: Bearer` header only (never the URL), reaches storage from a blocking
//! task, and logs one line per request: method, path, status, device, bytes, time. Never a
//! body, a token or a payload.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use sanad_protocol::{
    BATCH_MEDIA_TYPE, DeviceStatus, EnrollRequest, EnrollResponse, ErrorBody, MAX_BODY, PullItem,
    PullPage, PushAck, Revoked, WipeOrder, decode_batch, decode_json, hex, unhex,
};
use sanad_store::seal::{random_bytes, sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::keys::ServerKeys;
use crate::storage::{Incoming, Redeem, Storage, TokenHolder};

/// The OpenAPI document, checked in and served as is.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Milliseconds since the epoch (injectable for tests).
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    })
}

/// Per-device token buckets.
#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<[u8; 16], (f64, Instant)>>,
}

impl RateLimiter {
    /// `per_second` sustained requests, bursts of `burst`.
    pub fn new(per_second: f64, burst: f64) -> RateLimiter {
        RateLimiter {
            per_second,
            burst,
            buckets: Mutex::new(HashMap::new()),
        }
    }
    fn allow(&self, device: &[u8; 16]) -> bool {
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let (tokens, last) = b.entry(*device).or_insert((self.burst, now));
        *tokens =
            (*tokens + now.duration_since(*last).as_secs_f64() * self.per_second).min(self.burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Shared state of the API.
#[derive(Clone)]
pub struct Api {
    /// Storage backend.
    pub storage: Arc<dyn Storage>,
    /// Organisation keys.
    pub keys: ServerKeys,
    /// Per-device rate limits.
    pub limiter: Arc<RateLimiter>,
    /// Clock.
    pub clock: Clock,
    /// The organisation's dead-man period, told to devices at enrollment.
    pub dead_man_days: Option<u32>,
}

/// An error answer.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    revoked: Option<WipeOrder>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            revoked: None,
        }
    }
    fn storage() -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage",
            "the server could not reach its storage; try again later",
        )
    }
    fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid device token is required in the Authorization header",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self.revoked {
            Some(wipe) => (
                self.status,
                Json(Revoked {
                    error: self.code.into(),
                    message: self.message,
                    wipe,
                }),
            )
                .into_response(),
            None => (
                self.status,
                Json(ErrorBody {
                    error: self.code.into(),
                    message: self.message,
                }),
            )
                .into_response(),
        }
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, crate::storage::StorageError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => {
            tracing::error!(target: "sanad_server", error = %e, "storage failure");
            Err(ApiError::storage())
        }
        Err(_) => Err(ApiError::storage()),
    }
}

impl Api {
    /// The device behind the request's bearer token (revoked devices get 401 + wipe order).
    async fn device(&self, headers: &HeaderMap) -> Result<TokenHolder, ApiError> {
        let token = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .and_then(|t| unhex(t.trim()))
            .filter(|t| t.len() == 32)
            .ok_or_else(ApiError::unauthorized)?;
        let hash = sha256(&token);
        let storage = self.storage.clone();
        let device = blocking(move || storage.device_for_token(&hash))
            .await?
            .ok_or_else(ApiError::unauthorized)?;
        if device.revoked {
            let id = hex(&device.id);
            let issued_ms = (self.clock)();
            let signature = self
                .keys
                .sign_command(&WipeOrder::signed_text(&id, issued_ms));
            let mut e = ApiError::new(
                StatusCode::UNAUTHORIZED,
                "revoked",
                "this device was revoked; it must wipe its data",
            );
            e.revoked = Some(WipeOrder {
                device_id: id,
                issued_ms,
                signature,
            });
            return Err(e);
        }
        if !self.limiter.allow(&device.id) {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many requests from this device; slow down",
            ));
        }
        Ok(device)
    }
}

async fn enroll(State(api): State<Api>, body: Bytes) -> Result<Json<EnrollResponse>, ApiError> {
    let req: EnrollRequest = decode_json("enrollment request", &body)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_request", e.to_string()))?;
    let key: [u8; 32] = unhex(&req.device_key)
        .and_then(|k| k.try_into().ok())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "device_key must be 32 bytes of hex",
            )
        })?;
    let code_hash = sha256(crate::normalize_code(&req.code).as_bytes());
    let device: [u8; 16] = random_bytes();
    let token: [u8; 32] = random_bytes();
    let token_hash = sha256(&token);
    let now = (api.clock)();
    let storage = api.storage.clone();
    let r = blocking(move || storage.redeem(&code_hash, now, &device, &key, &token_hash)).await?;
    let refuse = |code, msg: &str| Err(ApiError::new(StatusCode::FORBIDDEN, code, msg));
    match r {
        Redeem::Enrolled(device) => Ok(Json(EnrollResponse {
            device_id: hex(&device),
            token: hex(&token),
            organisation: api.keys.certs.clone(),
            dead_man_days: api.dead_man_days,
        })),
        Redeem::Unknown => refuse("enrollment_unknown", "this enrollment code is not valid"),
        Redeem::Expired => refuse(
            "enrollment_expired",
            "this enrollment code has expired; ask for a new one",
        ),
        Redeem::Used => refuse(
            "enrollment_used",
            "this enrollment code was already used; ask for a new one",
        ),
    }
}

async fn push(
    State(api): State<Api>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<PushAck>, ApiError> {
    let device = api.device(&headers).await?;
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if ct != Some(BATCH_MEDIA_TYPE) {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "bad_media_type",
            format!("event batches must be sent as {BATCH_MEDIA_TYPE}"),
        ));
    }
    let gzip = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(str::trim);
    let body = match gzip {
        None | Some("identity") => body,
        Some("gzip") => Bytes::from(gunzip(&body)?),
        Some(_) => {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "bad_encoding",
                "batches may be sent as is or gzip-compressed",
            ));
        }
    };
    let batch = decode_batch(&body)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_request", e.to_string()))?;
    if batch.device_id != device.id {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "a device may only send its own events",
        ));
    }
    let now = (api.clock)();
    let storage = api.storage.clone();
    let id = device.id;
    let pushed = blocking(move || {
        let stats: Vec<Option<String>> = batch
            .events
            .iter()
            .map(|e| e.stats.as_ref().and_then(|s| serde_json::to_string(s).ok()))
            .collect();
        let incoming: Vec<Incoming<'_>> = batch
            .events
            .iter()
            .zip(&stats)
            .map(|(e, s)| Incoming {
                id: e.id,
                seq: e.seq,
                stats: s.as_deref(),
                sealed: &e.sealed,
            })
            .collect();
        storage.push(&id, &incoming, now)
    })
    .await?;
    Ok(Json(PushAck {
        acked_through: pushed.acked,
        conflicts: pushed.conflicts.iter().map(|c| hex(c)).collect(),
    }))
}

/// Inflate a gzip body, refusing more than [`MAX_BODY`] bytes of output (a small
/// compressed body must not become a huge one).
fn gunzip(body: &[u8]) -> Result<Vec<u8>, ApiError> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .take(MAX_BODY as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "the gzip body is damaged",
            )
        })?;
    if out.len() > MAX_BODY {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "the batch is too large once decompressed",
        ));
    }
    Ok(out)
}

async fn status(
    State(api): State<Api>,
    headers: HeaderMap,
) -> Result<Json<DeviceStatus>, ApiError> {
    let id = api.device(&headers).await?.id;
    let now = (api.clock)();
    let storage = api.storage.clone();
    let d = blocking(move || {
        storage.touch(&id, now)?;
        storage.device(&id)
    })
    .await?
    .ok_or_else(ApiError::unauthorized)?;
    Ok(Json(DeviceStatus {
        device_id: hex(&d.id),
        acked_through: d.acked,
        events: d.events,
        quarantined: d.quarantined,
    }))
}

/// `after` and `limit` of a pull (the cursor is not a secret; tokens never go in URLs).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PullQuery {
    #[serde(default)]
    after: u64,
    #[serde(default)]
    limit: Option<usize>,
}

async fn pull(
    State(api): State<Api>,
    headers: HeaderMap,
    query: Result<axum::extract::Query<PullQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<PullPage>, ApiError> {
    let d = api.device(&headers).await?;
    let axum::extract::Query(q) = query.map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "after and limit must be whole numbers",
        )
    })?;
    let limit = q.limit.unwrap_or(50).clamp(1, 100);
    let storage = api.storage.clone();
    let id = d.id;
    let mut items = blocking(move || storage.feed(&id, q.after, limit + 1)).await?;
    let more = items.len() > limit;
    items.truncate(limit);
    Ok(Json(PullPage {
        items: items
            .into_iter()
            .map(|i| PullItem {
                cursor: i.cursor,
                kind: i.kind,
                body: i.body,
            })
            .collect(),
        more,
    }))
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint")
}

async fn access_log(
    method: Method,
    uri: Uri,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let started = Instant::now();
    let bytes = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    let res = next.run(req).await;
    // The path only (never the query string: nothing secret belongs there, but a client
    // might still put something there by mistake).
    tracing::info!(
        target: "sanad_server::access",
        method = %method,
        path = uri.path(),
        status = res.status().as_u16(),
        request_bytes = bytes,
        ms = started.elapsed().as_millis() as u64,
    );
    res
}

/// The API's routes.
pub fn router(api: Api) -> Router {
    Router::new()
        .route("/v1/enroll", post(enroll))
        .route("/v1/events", post(push))
        .route("/v1/status", get(status))
        .route("/v1/pull", get(pull))
        .route("/v1/openapi.json", get(openapi))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn(access_log))
        .with_state(api)
}
