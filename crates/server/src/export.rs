//! `sanad-server export`: open the sealed case payloads with the organisation's X25519
//! private key and write them as HTCDS 2.0-shaped JSON for authorised staff.
//!
//! Both sides of the sealing format live in `sanad_crypto::seal`: devices seal with ring,
//! the organisation opens with [`OrgSecret`] (feature `org-open`), and a test there holds
//! the two to the same format.

use sanad_core::case::{Event, EventKind};
use sanad_core::{Answer, Classification, Outcome};
use sanad_crypto::seal::OrgSecret;
use serde_json::{Value, json};
use std::collections::BTreeMap;

use crate::storage::StoredEvent;

/// Why an event was left out of an export (no case data in messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SkipReason {
    /// The payload does not open with this key: wrong organisation key, or damaged.
    DoesNotOpen,
    /// It opened but is not a Sanad event.
    NotAnEvent,
    /// Its id, sequence number or device inside differ from what the sending device's
    /// authenticated push said: one device writing as another.
    OtherDevice,
    /// It belongs to a case the sending device never opened: one device appending to
    /// another device's case.
    ForeignCase,
}

impl SkipReason {
    /// Plain words.
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::DoesNotOpen => {
                "do not open with this key (wrong organisation key, or damaged records)"
            }
            SkipReason::NotAnEvent => "opened but are not Sanad events",
            SkipReason::OtherDevice => "claim to come from another device",
            SkipReason::ForeignCase => "add to a case this device never opened",
        }
    }
    /// Plain words for one event.
    pub fn singular(self) -> &'static str {
        match self {
            SkipReason::DoesNotOpen => {
                "does not open with this key (wrong organisation key, or a damaged record)"
            }
            SkipReason::NotAnEvent => "opened but is not a Sanad event",
            SkipReason::OtherDevice => "claims to come from another device",
            SkipReason::ForeignCase => "adds to a case this device never opened",
        }
    }
}

/// One event left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The stored record, as pushed (sealed).
    pub stored: StoredEvent,
    /// Why.
    pub reason: SkipReason,
}

/// What an export could open, and what it left out.
#[derive(Debug, Clone, Default)]
pub struct Opened {
    /// Events that opened and belong to their sender's own cases.
    pub events: Vec<(StoredEvent, Event)>,
    /// Events left out (kept on the server; see [`crate::storage::Storage::set_aside`]).
    pub skipped: Vec<Skipped>,
}

/// Why an export is not complete (no case data in messages).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("event {event} of device {device} was left out: it {}", .reason.singular())]
pub struct ExportError {
    /// Device id (hex).
    pub device: String,
    /// Event id (hex).
    pub event: String,
    /// Why it was left out.
    pub reason: SkipReason,
}

impl Opened {
    /// Every event, or an error naming the first one left out.
    pub fn all(self) -> Result<Vec<(StoredEvent, Event)>, ExportError> {
        match self.skipped.first() {
            Some(s) => Err(ExportError {
                device: sanad_protocol::hex(&s.stored.device),
                event: sanad_protocol::hex(&s.stored.id),
                reason: s.reason,
            }),
            None => Ok(self.events),
        }
    }

    /// Events left out, counted per device and reason: what the export reports.
    pub fn report(&self) -> BTreeMap<([u8; 16], SkipReason), usize> {
        let mut r = BTreeMap::new();
        for s in &self.skipped {
            *r.entry((s.stored.device, s.reason)).or_default() += 1;
        }
        r
    }
}

/// The sealing context of an event: device id || event id.
pub fn context(device: &[u8; 16], event: &[u8; 16]) -> [u8; 32] {
    let mut c = [0u8; 32];
    c[..16].copy_from_slice(device);
    c[16..].copy_from_slice(event);
    c
}

/// Open one sealed payload; `None` if it does not open.
pub fn open_sealed(secret: &OrgSecret, context: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    secret.open(context, sealed)
}

/// Open every event. One that does not open, is not an event, or is not the sending
/// device's own (another id, sequence or device inside than its authenticated push
/// carried, or a case that device had not opened before) is left out and listed in
/// [`Opened::skipped`]; the rest are exported.
pub fn open_all(secret: &OrgSecret, stored: &[StoredEvent]) -> Opened {
    let mut out = Opened::default();
    let mut readable = Vec::new();
    for s in stored {
        let skip = |reason| Skipped {
            stored: s.clone(),
            reason,
        };
        let Some(plain) = open_sealed(secret, &context(&s.device, &s.id), &s.sealed) else {
            out.skipped.push(skip(SkipReason::DoesNotOpen));
            continue;
        };
        match serde_json::from_slice::<Event>(&plain) {
            Ok(ev) if ev.id.0 == s.id && ev.seq == s.seq => readable.push((s.clone(), ev)),
            Ok(_) => out.skipped.push(skip(SkipReason::OtherDevice)),
            Err(_) => out.skipped.push(skip(SkipReason::NotAnEvent)),
        }
    }
    // Each sending device writes as one device (the one its first event names), and only
    // into cases it opened itself, earlier in its own sequence.
    readable.sort_by_key(|(s, _)| (s.device, s.seq));
    let mut writer: BTreeMap<[u8; 16], sanad_core::case::DeviceId> = BTreeMap::new();
    let mut opened: std::collections::BTreeSet<([u8; 16], sanad_core::case::CaseId)> =
        Default::default();
    for (s, e) in readable {
        let reason = if *writer.entry(s.device).or_insert(e.device_id) != e.device_id {
            Some(SkipReason::OtherDevice)
        } else if matches!(e.kind, EventKind::Opened { .. }) {
            opened.insert((s.device, e.case_id));
            None
        } else if !opened.contains(&(s.device, e.case_id)) {
            Some(SkipReason::ForeignCase)
        } else {
            None
        };
        match reason {
            Some(reason) => out.skipped.push(Skipped { stored: s, reason }),
            None => out.events.push((s, e)),
        }
    }
    out
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

/// One opened event with its stored record.
type Opened1 = (StoredEvent, Event);

/// HTCDS-shaped export of opened events, one record per (sending device, case): events
/// of one device never join another device's record. Decision support only:
/// `vic_TraffickingStatus` is "Possible" when the screening found indicators, and never
/// "Actual" (formal identification belongs to the competent authorities).
pub fn htcds(events: &[(StoredEvent, Event)]) -> Value {
    let mut cases: BTreeMap<(String, [u8; 16]), Vec<&Opened1>> = BTreeMap::new();
    for e in events {
        cases
            .entry((e.1.case_id.to_string(), e.0.device))
            .or_default()
            .push(e);
    }
    let records: Vec<Value> = cases
        .into_iter()
        .map(|((case_id, _), evs)| record(case_id, evs))
        .collect();
    json!({
        "format": "HTCDS 2.0-shaped export (Sanad)",
        "note": "Decision support: 'Possible' means indicators of possible trafficking were found; formal identification belongs to the competent authorities.",
        "cases": records,
    })
}

/// One (device, case) record: its events in order, folded into HTCDS fields.
fn record(case_id: String, mut evs: Vec<&Opened1>) -> Value {
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
            } => screening(
                &mut rec,
                answers,
                *outcome,
                *classification,
                &mut controls,
                &mut methods,
            ),
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
            EventKind::ReferralCreated(r) => referrals.push(referral_created(e, r)),
            EventKind::ReferralStep {
                referral,
                step,
                via,
            } => referral_step(&mut referrals, e, *referral, *step, *via),
            EventKind::Closed { reason } => {
                rec.insert("cas_Status".into(), json!("Closed"));
                rec.insert("cas_ReasonForCaseClosure".into(), json!(reason));
            }
            EventKind::NoteAdded { .. } => {}
            // Corrections and a withdrawal of sharing: the server withholds a withdrawn
            // case's events from export (`rights.rs`); corrections carry no HTCDS field.
            EventKind::Rectified { .. } | EventKind::SharingWithdrawn => {}
        }
    }
    rec.insert("vic_MethodsOfControl".into(), json!(methods));
    rec.insert("sanad_control_indicators".into(), json!(controls));
    rec.insert("cas_OutgoingReferrals".into(), json!(referrals));
    rec.insert("con_Consent".into(), json!(consent));
    rec.insert("sanad_events".into(), json!(evs.len()));
    Value::Object(rec)
}

/// What a recorded screening adds: "Possible" status, outcome, classification, and the
/// methods of control its coercion answers point to.
fn screening(
    rec: &mut serde_json::Map<String, Value>,
    answers: &BTreeMap<String, Answer>,
    outcome: Outcome,
    classification: Classification,
    controls: &mut Vec<String>,
    methods: &mut Vec<&'static str>,
) {
    let possible = matches!(
        outcome,
        Outcome::TipIndicatorsMet | Outcome::TipIndicatorsPartial | Outcome::ChildTipIndicatorsMet
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
        json!(Classification::as_str(classification)),
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

/// A referral made with its urgency and consent receipt: the `cas_` referral fields, the
/// due date, and exactly the fields the person agreed to share with their values (a
/// value the person did not agree to share is refused by the case log and never here).
fn referral_created(e: &Event, r: &sanad_core::referral::NewReferral) -> Value {
    let shared: Vec<&str> = r.receipt.fields.iter().map(|f| f.as_str()).collect();
    let details: serde_json::Map<String, Value> = r
        .receipt
        .details
        .iter()
        .filter(|(f, _)| r.receipt.fields.contains(f))
        .map(|(f, v)| (f.as_str().to_owned(), json!(v)))
        .collect();
    json!({
        "cas_ReasonForOutgoingReferral": r.category.as_str(),
        "cas_ReferredOrganisation": r.service,
        "cas_OutgoingReferralDateMs": e.at_ms,
        "cas_ReferralUrgency": r.urgency.as_str(),
        "cas_ReferralDueDateMs": r.urgency.due_ms(e.at_ms),
        "cas_ReferralSharedFields": shared,
        "cas_ReferralSharedValues": details,
        "cas_ReferralStatus": "made",
        "cas_ReferralSteps": [],
        "status": "made",
        "referral_event": e.id.to_string(),
    })
}

/// A referral step: the status, a `cas_Referral…DateMs` for the step, and the step in
/// `cas_ReferralSteps` with who reported it.
fn referral_step(
    referrals: &mut [Value],
    e: &Event,
    referral: sanad_core::Id,
    step: sanad_core::referral::Step,
    via: sanad_core::referral::Via,
) {
    use sanad_core::referral::Step;
    let date_field = match step {
        Step::Sent => "cas_ReferralSentDateMs",
        Step::Accepted => "cas_ReferralAcceptedDateMs",
        Step::Declined => "cas_ReferralDeclinedDateMs",
        Step::ServiceReceived => "cas_ReferralServiceReceivedDateMs",
        Step::Closed => "cas_ReferralClosedDateMs",
        Step::Withdrawn => "cas_ReferralWithdrawnDateMs",
    };
    for r in referrals.iter_mut() {
        if r["referral_event"] == json!(referral.to_string()) {
            r["cas_ReferralStatus"] = json!(step.as_str());
            r["status"] = json!(step.as_str());
            r[date_field] = json!(e.at_ms);
            let entry = json!({"step": step.as_str(), "via": via.as_str(), "at_ms": e.at_ms});
            match r["cas_ReferralSteps"].as_array_mut() {
                Some(steps) => steps.push(entry),
                None => r["cas_ReferralSteps"] = json!([entry]),
            }
        }
    }
}
