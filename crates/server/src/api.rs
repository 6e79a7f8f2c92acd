//! The HTTP API (see `openapi.json`). Every handler authenticates from the
//! `Authorization: Bearer` header only (never the URL), reaches storage from a blocking
//! task, and logs one line per request: method, path, status, device, bytes, time. Never a
//! body, a token or a payload.

use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use sanad_crypto::seal::sha256;
use sanad_protocol::{
    BATCH_MEDIA_TYPE, DeviceStatus, ErrorBody, MAX_BODY, OrgPolicy, PullItem, PullPage, PushAck,
    Revoked, WipeOrder, decode_batch, hex, unhex,
};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use crate::keys::ServerKeys;
pub use crate::limits::RateLimiter;
use crate::limits::{Guards, Limits};
use crate::storage::{Incoming, Quota, Storage, TokenHolder};

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
    /// The organisation's policy signed offline by its content key, handed to devices at
    /// enrollment (they verify it themselves).
    pub policy: Option<OrgPolicy>,
    /// Quotas, rates, timeouts and the connection cap.
    pub limits: Limits,
    /// Per-address limits and enrollment challenges (made by [`router`] from `limits`).
    pub guards: Arc<Guards>,
}

/// Who sent a request: the peer address the listener saw.
pub type Peer = Option<axum::Extension<ConnectInfo<SocketAddr>>>;

impl Api {
    /// The quota each device gets.
    pub fn quota(&self) -> Quota {
        Quota {
            bytes: self.limits.quota_bytes,
            rows: self.limits.quota_rows,
            quarantine_per_seq: self.limits.quarantine_per_seq,
        }
    }
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
    pub(crate) fn new(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            revoked: None,
        }
    }
    pub(crate) fn storage() -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage",
            "the server could not reach its storage; try again later",
        )
    }
    pub(crate) fn rate_limited(what: &str) -> ApiError {
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("too many {what}; slow down"),
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

pub(crate) async fn blocking<T: Send + 'static>(
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
    /// A request that does not authenticate costs its address one unauthenticated request.
    pub(crate) async fn device(
        &self,
        headers: &HeaderMap,
        peer: &Peer,
    ) -> Result<TokenHolder, ApiError> {
        match self.authenticate(headers).await {
            Err(e) if e.status == StatusCode::UNAUTHORIZED && e.revoked.is_none() => {
                Err(self.charge_unauthenticated(peer).err().unwrap_or(e))
            }
            other => other,
        }
    }

    /// Count a request that did not authenticate against its address; 429 when the
    /// address has sent too many.
    pub(crate) fn charge_unauthenticated(&self, peer: &Peer) -> Result<(), ApiError> {
        match peer {
            Some(axum::Extension(ConnectInfo(addr)))
                if !self.guards.unauthenticated.allow(&addr.ip()) =>
            {
                Err(ApiError::rate_limited(
                    "requests without a valid token from this address",
                ))
            }
            _ => Ok(()),
        }
    }

    async fn authenticate(&self, headers: &HeaderMap) -> Result<TokenHolder, ApiError> {
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
            return Err(ApiError::rate_limited("requests from this device"));
        }
        Ok(device)
    }
}

async fn push(
    State(api): State<Api>,
    peer: Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<PushAck>, ApiError> {
    let device = api.device(&headers, &peer).await?;
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
    let quota = api.quota();
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
        storage.push(&id, &incoming, now, &quota)
    })
    .await?;
    if let Some(q) = pushed.over_quota {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "quota_exceeded",
            format!(
                "this device has reached its storage quota on the server ({} of {} {}); events up to {} are stored. Ask your organisation to export and raise the quota",
                q.used, q.limit, q.what, pushed.acked
            ),
        ));
    }
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
    peer: Peer,
    headers: HeaderMap,
) -> Result<Json<DeviceStatus>, ApiError> {
    let id = api.device(&headers, &peer).await?.id;
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
    peer: Peer,
    headers: HeaderMap,
    query: Result<axum::extract::Query<PullQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<PullPage>, ApiError> {
    let d = api.device(&headers, &peer).await?;
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

async fn openapi(State(api): State<Api>, peer: Peer) -> Result<Response, ApiError> {
    api.charge_unauthenticated(&peer)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response())
}

async fn not_found(State(api): State<Api>, peer: Peer) -> ApiError {
    api.charge_unauthenticated(&peer)
        .err()
        .unwrap_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint"))
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

/// The API's routes (with fresh per-address guards made from `api.limits`).
pub fn router(mut api: Api) -> Router {
    api.guards = Arc::new(Guards::new(&api.limits));
    Router::new()
        .route("/v1/enroll/challenge", post(crate::enroll::challenge))
        .route("/v1/enroll", post(crate::enroll::enroll))
        .route("/v1/events", post(push))
        .route("/v1/status", get(status))
        .route("/v1/pull", get(pull))
        .route("/v1/rights", post(crate::rights::notice))
        .route("/v1/openapi.json", get(openapi))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn(access_log))
        .with_state(api)
}
