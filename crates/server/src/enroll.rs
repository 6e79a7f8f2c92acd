//! Enrollment (`POST /v1/enroll/challenge`, then `POST /v1/enroll`).
//!
//! The device first asks for a fresh challenge, then sends the one-time code with its
//! public key and its signature of the challenge, the code and the key. The server accepts
//! each challenge once, within [`CHALLENGE_TTL_MS`]: a captured enrollment request
//! replayed later (even within the code's life) is refused, so it can neither take a
//! token nor replace the real device's. A device whose answer was lost enrolls again with
//! a new challenge signed by the same key and gets a new token for the same device.
//! Both endpoints are limited per IP address.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use sanad_crypto::seal::{random_bytes, sha256};
use sanad_protocol::{EnrollChallenge, EnrollRequest, EnrollResponse, decode_json, hex, unhex};

use crate::api::{Api, ApiError, Peer, blocking};
use crate::limits::CHALLENGE_TTL_MS;
use crate::storage::Redeem;

/// Count an enrollment request against its address.
fn charge(api: &Api, peer: &Peer) -> Result<(), ApiError> {
    match peer {
        Some(axum::Extension(ConnectInfo(addr))) if !api.guards.enroll.allow(&addr.ip()) => Err(
            ApiError::rate_limited("enrollment requests from this address"),
        ),
        _ => Ok(()),
    }
}

fn bad(msg: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "bad_request", msg)
}

/// `POST /v1/enroll/challenge`: a fresh single-use challenge.
pub(crate) async fn challenge(
    State(api): State<Api>,
    peer: Peer,
) -> Result<Json<EnrollChallenge>, ApiError> {
    charge(&api, &peer)?;
    let c: [u8; 32] = random_bytes();
    let now = (api.clock)();
    let expires_ms = now + CHALLENGE_TTL_MS;
    if !api.guards.challenges.issue(c, now, expires_ms) {
        return Err(ApiError::rate_limited("enrollments in progress"));
    }
    Ok(Json(EnrollChallenge {
        challenge: hex(&c),
        expires_ms,
    }))
}

/// `POST /v1/enroll`: redeem a code with a signed challenge.
pub(crate) async fn enroll(
    State(api): State<Api>,
    peer: Peer,
    body: Bytes,
) -> Result<Json<EnrollResponse>, ApiError> {
    charge(&api, &peer)?;
    let req: EnrollRequest = decode_json("enrollment request", &body)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_request", e.to_string()))?;
    let key: [u8; 32] = unhex(&req.device_key)
        .and_then(|k| k.try_into().ok())
        .ok_or_else(|| bad("device_key must be 32 bytes of hex"))?;
    let challenge: [u8; 32] = unhex(&req.challenge)
        .and_then(|k| k.try_into().ok())
        .ok_or_else(|| bad("challenge must be 32 bytes of hex"))?;
    let now = (api.clock)();
    if !api.guards.challenges.take(&challenge, now) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "enrollment_challenge",
            "this enrollment challenge is unknown, already used or expired: ask for a new one",
        ));
    }
    let text = EnrollRequest::signed_text(&req.challenge, &req.code, &req.device_key);
    if !sanad_crypto::sign::verify_command(&req.device_key, &text, &req.signature) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "enrollment_proof",
            "the signature does not prove that this device holds its key",
        ));
    }
    let code_hash = sha256(crate::normalize_code(&req.code).as_bytes());
    let device: [u8; 16] = random_bytes();
    let token: [u8; 32] = random_bytes();
    let token_hash = sha256(&token);
    let storage = api.storage.clone();
    let r = blocking(move || storage.redeem(&code_hash, now, &device, &key, &token_hash)).await?;
    let refuse = |code, msg: &str| Err(ApiError::new(StatusCode::FORBIDDEN, code, msg));
    match r {
        Redeem::Enrolled(device) => Ok(Json(EnrollResponse {
            device_id: hex(&device),
            token: hex(&token),
            organisation: api.keys.certs.clone(),
            policy: api.policy.clone(),
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
