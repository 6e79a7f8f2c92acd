//! The event-batch wire format pinned (insta snapshot, `tests/snapshots/`): a changed
//! encoding fails here, and devices and servers of different builds would disagree.

use sanad_protocol::{EventBatch, Stats, WireEvent, decode_batch, encode_batch};

#[test]
fn event_batch() {
    let batch = EventBatch {
        device_id: [0x0a; 16],
        events: vec![
            WireEvent {
                id: [0x01; 16],
                seq: 1,
                stats: Some(Stats {
                    date: Some("2026-11-29".into()),
                    region: Some("oujda".into()),
                    outcome: Some("no_tip_indicators".into()),
                    classification: None,
                    referrals: vec!["health".into()],
                }),
                sealed: vec![0xee; 20],
            },
            WireEvent {
                id: [0x02; 16],
                seq: 2,
                stats: None,
                sealed: vec![0xdd; 5],
            },
        ],
    };
    let bytes = encode_batch(&batch);
    assert_eq!(decode_batch(&bytes).expect("decodes"), batch);
    let dump: Vec<String> = bytes
        .chunks(32)
        .map(|c| c.iter().map(|b| format!("{b:02x}")).collect())
        .collect();
    insta::assert_snapshot!(dump.join("\n"));
}
