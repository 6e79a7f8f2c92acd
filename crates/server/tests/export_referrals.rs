//! The referral life cycle in the HTCDS-shaped export: the `cas_` referral fields with
//! urgency, due date, each step with its date and who reported it, and exactly the fields
//! the person agreed to share. A value for a field the person did not agree to share
//! (planted in the event, as a damaged or hostile device could) is not exported.

use sanad_core::case::{ConsentScope, Event, EventKind};
use sanad_core::referral::{
    ConsentReceipt, NewReferral, SharedField, SlipLanguage, Step, Urgency, Via,
};
use sanad_core::{Id, RefCategory};
use sanad_server::export::htcds;
use sanad_server::storage::StoredEvent;

const DEVICE: [u8; 16] = [0x0d; 16];
const CASE: Id = Id([0x0c; 16]);
const T0: i64 = 1_764_403_200_000;

fn stored(seq: u64, kind: EventKind) -> (StoredEvent, Event) {
    let mut id = [0u8; 16];
    id[15] = seq as u8;
    let event = Event {
        id: Id(id),
        case_id: CASE,
        device_id: Id(DEVICE),
        seq,
        at_ms: T0 + 60_000 * seq as i64,
        kind,
    };
    let s = StoredEvent {
        device: DEVICE,
        seq,
        id,
        stats: None,
        sealed: Vec::new(),
    };
    (s, event)
}

#[test]
fn referral_steps_map_onto_the_cas_referral_fields_and_only_agreed_fields_go_out() {
    let receipt = ConsentReceipt {
        fields: [SharedField::Languages, SharedField::ContactByWorker].into(),
        details: [
            (SharedField::Languages, "fr, wo".to_owned()),
            // Planted: the person did not agree to share it.
            (
                SharedField::Nationality,
                "Planted-Nationality-Q7".to_owned(),
            ),
        ]
        .into(),
    };
    let mut events = vec![
        stored(
            1,
            EventKind::Opened {
                reference: "OUJ-EXP-1".into(),
                alias: "Planted-Alias-Z9".into(),
            },
        ),
        stored(
            2,
            EventKind::ConsentRecorded {
                scope: ConsentScope::Referral,
                given: true,
            },
        ),
        stored(
            3,
            EventKind::ReferralCreated(NewReferral {
                category: RefCategory::Medical,
                service: Some("svc-clinic".into()),
                urgency: Urgency::Within24Hours,
                language: SlipLanguage::Ar,
                receipt,
            }),
        ),
    ];
    let referral = events[2].1.id;
    for (seq, step, via) in [
        (4, Step::Sent, Via::Worker),
        (5, Step::Accepted, Via::Partner),
        (6, Step::ServiceReceived, Via::Organisation),
        (7, Step::Closed, Via::Worker),
    ] {
        events.push(stored(
            seq,
            EventKind::ReferralStep {
                referral,
                step,
                via,
            },
        ));
    }
    let out = htcds(&events);
    let text = out.to_string();
    assert!(!text.contains("Planted-Nationality-Q7"), "{text}");
    assert!(!text.contains("Planted-Alias-Z9"), "{text}");
    let r = &out["cases"][0]["cas_OutgoingReferrals"][0];
    assert_eq!(r["cas_ReasonForOutgoingReferral"], "ref.medical");
    assert_eq!(r["cas_ReferredOrganisation"], "svc-clinic");
    assert_eq!(r["cas_ReferralUrgency"], "within_24_hours");
    let made = T0 + 3 * 60_000;
    assert_eq!(r["cas_OutgoingReferralDateMs"], made);
    assert_eq!(r["cas_ReferralDueDateMs"], made + 86_400_000);
    assert_eq!(
        r["cas_ReferralSharedFields"],
        serde_json::json!(["languages", "contact_by_worker"])
    );
    assert_eq!(
        r["cas_ReferralSharedValues"],
        serde_json::json!({"languages": "fr, wo"})
    );
    assert_eq!(r["cas_ReferralStatus"], "closed");
    assert_eq!(r["cas_ReferralSentDateMs"], T0 + 4 * 60_000);
    assert_eq!(r["cas_ReferralAcceptedDateMs"], T0 + 5 * 60_000);
    assert_eq!(r["cas_ReferralServiceReceivedDateMs"], T0 + 6 * 60_000);
    assert_eq!(r["cas_ReferralClosedDateMs"], T0 + 7 * 60_000);
    let steps: Vec<(&str, &str)> = r["cas_ReferralSteps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap_or(""),
                s["via"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("sent", "worker"),
            ("accepted", "partner"),
            ("service_received", "organisation"),
            ("closed", "worker")
        ]
    );
}
