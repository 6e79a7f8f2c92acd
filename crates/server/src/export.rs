//! `sanad-server export`: open the sealed case payloads with the organisation's X25519
//! private key and write them as HTCDS 2.0-shaped JSON for authorised staff.
//!
//! The static-key side uses x25519-dalek, hkdf, sha2 and aes-gcm (ring cannot load a
//! static X25519 key); the device side seals with ring (`sanad_store::seal`), and a test
//! holds the two to the same format.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hkdf::Hkdf;
use sanad_core::case::{Event, EventKind};
use sanad_core::{Answer, Classification, Outcome};
use sanad_store::seal::{SEAL_LABEL, SEALED_V1, seal_aad};
use serde_json::{Value, json};
use sha2::Sha256;
use std::collections::BTreeMap;
use x25519_dalek::{PublicKey, StaticSecret};

use crate::storage::StoredEvent;

/// Why an export failed (no case data in messages).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// A payload does not open with this key: wrong key, or damaged record.
    #[error(
        "event {event} of device {device} does not open with this key (wrong organisation key, or a damaged record)"
    )]
    WrongKey {
        /// Device id (hex).
        device: String,
        /// Event id (hex).
        event: String,
    },
    /// It opened but is not a Sanad event.
    #[error("event {0} opened but is not a Sanad event")]
    NotAnEvent(String),
}

/// The sealing context of an event: device id || event id.
pub fn context(device: &[u8; 16], event: &[u8; 16]) -> [u8; 32] {
    let mut c = [0u8; 32];
    c[..16].copy_from_slice(device);
    c[16..].copy_from_slice(event);
    c
}

/// Open one sealed payload; `None` if it does not open.
pub fn open_sealed(secret: &StaticSecret, context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 1 + 32 + 16 || sealed[0] != SEALED_V1 {
        return None;
    }
    let eph: [u8; 32] = sealed[1..33].try_into().ok()?;
    let shared = secret.diffie_hellman(&PublicKey::from(eph));
    if !shared.was_contributory() {
        return None;
    }
    let mut salt = eph.to_vec();
    salt.extend_from_slice(PublicKey::from(secret).as_bytes());
    let mut key = [0u8; 32];
    Hkdf::<Sha256>::new(Some(&salt), shared.as_bytes())
        .expand(SEAL_LABEL, &mut key)
        .ok()?;
    let cipher = Aes256Gcm::new_from_slice(&key).ok()?;
    cipher
        .decrypt(
            Nonce::from_slice(&[0u8; 12]),
            Payload {
                msg: &sealed[33..],
                aad: &seal_aad(context),
            },
        )
        .ok()
}

/// Open every event (all must open).
pub fn open_all(
    secret: &StaticSecret,
    stored: &[StoredEvent],
) -> Result<Vec<(StoredEvent, Event)>, ExportError> {
    stored
        .iter()
        .map(|s| {
            let plain =
                open_sealed(secret, &context(&s.device, &s.id), &s.sealed).ok_or_else(|| {
                    ExportError::WrongKey {
                        device: sanad_protocol::hex(&s.device),
                        event: sanad_protocol::hex(&s.id),
                    }
                })?;
            let ev: Event = serde_json::from_slice(&plain)
                .map_err(|_| ExportError::NotAnEvent(sanad_protocol::hex(&s.id)))?;
            Ok((s.clone(), ev))
        })
        .collect()
}

/// HTCDS `vic_MethodsOfControl` values for checklist codes answered yes (only the values
/// PEERS.md §4.2 names; every coercion code answered yes is listed beside them as is).
fn method_of_control(code: &str) -> Option<&'static str> {
    let tail = code.rsplit('.').next().unwrap_or(code);
    Some(match tail {
        "debt_bondage" => "DebtBondage",
        "withholding_wages" | "wage_manipulation" => "TakesEarnings",
        "threats_of_violence" | "threat_inform_family_community" | "threat_worse_conditions" => {
            "Threats"
        }
        "isolation_confinement_surveillance" => "RestrictsMovement",
        "confiscation_of_documents" => "WithholdsDocuments",
        "threat_denunciation_authorities" => "ThreatOfLawEnforcement",
        _ => return None,
    })
}

/// HTCDS-shaped export of opened events, one record per case. Decision support only:
/// `vic_TraffickingStatus` is "Possible" when the screening found indicators, and never
/// "Actual" (formal identification belongs to the competent authorities).
pub fn htcds(events: &[(StoredEvent, Event)]) -> Value {
    let mut cases: BTreeMap<String, Vec<&(StoredEvent, Event)>> = BTreeMap::new();
    for e in events {
        cases.entry(e.1.case_id.to_string()).or_default().push(e);
    }
    let records: Vec<Value> = cases
        .into_iter()
        .map(|(case_id, mut evs)| {
            evs.sort_by_key(|(_, e)| (e.at_ms, e.seq));
            let mut rec = serde_json::Map::new();
            rec.insert("cas_CaseId".into(), json!(case_id));
            rec.insert("cas_Status".into(), json!("Open"));
            let (mut referrals, mut consent, mut controls, mut methods) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for (s, e) in &evs {
                rec.insert("sanad_device".into(), json!(sanad_protocol::hex(&s.device)));
                match &e.kind {
                    EventKind::Opened { reference, .. } => {
                        rec.insert("sanad_reference".into(), json!(reference));
                        rec.insert("cas_OpenedMs".into(), json!(e.at_ms));
                    }
                    EventKind::ScreeningRecorded {
                        answers,
                        outcome,
                        classification,
                        ..
                    } => {
                        let possible = matches!(
                            outcome,
                            Outcome::TipIndicatorsMet
                                | Outcome::TipIndicatorsPartial
                                | Outcome::ChildTipIndicatorsMet
                        );
                        rec.insert(
                            "vic_TraffickingStatus".into(),
                            if possible {
                                json!("Possible")
                            } else {
                                Value::Null
                            },
                        );
                        rec.insert("sanad_outcome".into(), json!(outcome.as_str()));
                        rec.insert(
                            "sanad_classification".into(),
                            json!(Classification::as_str(*classification)),
                        );
                        for (code, a) in answers {
                            if *a == Answer::Yes && code.contains("coerci") {
                                controls.push(code.clone());
                                if let Some(m) = method_of_control(code)
                                    && !methods.contains(&m)
                                {
                                    methods.push(m);
                                }
                            }
                        }
                    }
                    EventKind::ConsentRecorded { scope, given } => consent.push(json!({
                        "scope": scope, "given": given, "at_ms": e.at_ms,
                    })),
                    EventKind::ReferralMade { category, service } => referrals.push(json!({
                        "cas_ReasonForOutgoingReferral": category.as_str(),
                        "cas_ReferredOrganisation": service,
                        "cas_OutgoingReferralDateMs": e.at_ms,
                        "referral_event": e.id.to_string(),
                    })),
                    EventKind::ReferralStatusChanged { referral, status } => {
                        for r in referrals.iter_mut() {
                            if r["referral_event"] == json!(referral.to_string()) {
                                r["status"] = json!(status);
                            }
                        }
                    }
                    EventKind::Closed { reason } => {
                        rec.insert("cas_Status".into(), json!("Closed"));
                        rec.insert("cas_ReasonForCaseClosure".into(), json!(reason));
                    }
                    EventKind::NoteAdded { .. } => {}
                }
            }
            rec.insert("vic_MethodsOfControl".into(), json!(methods));
            rec.insert("sanad_control_indicators".into(), json!(controls));
            rec.insert("cas_OutgoingReferrals".into(), json!(referrals));
            rec.insert("con_Consent".into(), json!(consent));
            rec.insert("sanad_events".into(), json!(evs.len()));
            Value::Object(rec)
        })
        .collect();
    json!({
        "format": "HTCDS 2.0-shaped export (Sanad)",
        "note": "Decision support: 'Possible' means indicators of possible trafficking were found; formal identification belongs to the competent authorities.",
        "cases": records,
    })
}
