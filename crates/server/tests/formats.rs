//! The HTCDS export format pinned (insta snapshot, `tests/snapshots/`): the JSON authorised
//! staff receive from `sanad-server export`, for fixed invented events. A changed export
//! fails here.

use sanad_core::case::{Event, EventKind};
use sanad_core::{Answer, Classification, Id, Outcome, RefCategory};
use sanad_server::export::htcds;
use sanad_server::storage::StoredEvent;

const DEVICE: [u8; 16] = [0x0d; 16];
const CASE: Id = Id([0x0c; 16]);
const T0: i64 = 1_764_403_200_000; // 2025-11-29T08:00:00Z

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
fn htcds_export() {
    let events = vec![
        stored(
            1,
            EventKind::Opened {
                reference: "OUJ-2025-017".into(),
                alias: "invented alias".into(),
            },
        ),
        stored(
            2,
            EventKind::ScreeningRecorded {
                answers: [
                    ("ilo.deception_nature_job".to_owned(), Answer::Yes),
                    ("ilo.debt_bondage".to_owned(), Answer::No),
                ]
                .into_iter()
                .collect(),
                outcome: Outcome::TipIndicatorsPartial,
                classification: Classification::TraffickingIndicators,
                referrals: vec![RefCategory::Shelter, RefCategory::LegalAid],
            },
        ),
        stored(
            3,
            EventKind::ReferralMade {
                category: RefCategory::Shelter,
                service: Some("svc-invented-shelter".into()),
            },
        ),
        stored(
            4,
            EventKind::NoteAdded {
                text: "invented note".into(),
            },
        ),
    ];
    let json = serde_json::to_string_pretty(&htcds(&events)).expect("json");
    insta::assert_snapshot!(json);
}
