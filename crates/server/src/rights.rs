//! `POST /v1/rights`: a device's notice that a case was erased on it, or that the person
//! withdrew consent to sharing (Law 09-08; `sanad_protocol::RightsNotice`). The notice
//! must come with the device's token *and* carry its signature by the device key it
//! proved at enrollment, naming that same device: a stolen token alone cannot erase or
//! hide another worker's records. Applying a notice twice changes nothing more.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use sanad_protocol::{RightsAck, RightsAction, RightsNotice, decode_json, hex};

use crate::api::{Api, ApiError, Peer, blocking};

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "bad_request", msg)
}

/// Apply a signed notice (see the module docs).
pub(crate) async fn notice(
    State(api): State<Api>,
    peer: Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<RightsAck>, ApiError> {
    let device = api.device(&headers, &peer).await?;
    let n: RightsNotice = decode_json("rights notice", &body).map_err(|e| bad(e.to_string()))?;
    let events = n.parsed_events().map_err(|e| bad(e.to_string()))?;
    if n.device_id != hex(&device.id) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "rights_device",
            "the notice names another device than the one sending it",
        ));
    }
    let storage = api.storage.clone();
    let id = device.id;
    let key = blocking(move || storage.device_public_key(&id)).await?;
    let signed = key.is_some_and(|k| {
        sanad_crypto::sign::verify_command(&hex(&k), &n.signed_text(), &n.signature)
    });
    if !signed {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "rights_signature",
            "the notice is not signed by this device's key",
        ));
    }
    let now = (api.clock)();
    let storage = api.storage.clone();
    let applied = blocking(move || match n.action {
        RightsAction::Erase => storage.erase(&id, &events, now),
        RightsAction::Withdraw => storage.withhold(&id, &events, now),
    })
    .await?;
    Ok(Json(RightsAck { applied }))
}
