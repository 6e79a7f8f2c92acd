//! The batch codec: round trips, and malformed input gives an error, never a panic.

use proptest::prelude::*;
use sanad_protocol::{EventBatch, ProtocolError, Stats, WireEvent, decode_batch, encode_batch};

fn event() -> impl Strategy<Value = (u64, Option<Stats>, Vec<u8>)> {
    (
        1u64..5,
        proptest::option::of(
            (
                "[a-z_]{1,12}",
                proptest::collection::vec("ref\\.[a-z_]{1,10}", 0..4),
            )
                .prop_map(|(o, r)| Stats {
                    date: Some("2026-11-28".into()),
                    region: Some("oujda".into()),
                    outcome: Some(o),
                    classification: None,
                    referrals: r,
                }),
        ),
        proptest::collection::vec(any::<u8>(), 1..300),
    )
}

fn batch() -> impl Strategy<Value = EventBatch> {
    (
        any::<[u8; 16]>(),
        proptest::collection::vec((any::<[u8; 16]>(), event()), 0..20),
    )
        .prop_map(|(device_id, evs)| {
            let mut seq = 0;
            EventBatch {
                device_id,
                events: evs
                    .into_iter()
                    .map(|(id, (step, stats, sealed))| {
                        seq += step;
                        WireEvent {
                            id,
                            seq,
                            stats,
                            sealed,
                        }
                    })
                    .collect(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn batches_round_trip(b in batch()) {
        prop_assert_eq!(decode_batch(&encode_batch(&b)).expect("decodes"), b);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_batch(&bytes);
        let mut framed = b"SNB1".to_vec();
        framed.extend_from_slice(&bytes);
        let _ = decode_batch(&framed);
    }

    #[test]
    fn every_truncation_and_single_byte_change_is_rejected_or_decodes_cleanly(
        b in batch(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>(), x in 1u8..=255,
    ) {
        let bytes = encode_batch(&b);
        let n = cut.index(bytes.len());
        if n < bytes.len() {
            prop_assert!(decode_batch(&bytes[..n]).is_err(), "a truncated batch must not decode");
        }
        let mut changed = bytes.clone();
        let i = flip.index(changed.len());
        changed[i] ^= x;
        let _ = decode_batch(&changed);
    }
}

#[test]
fn errors_name_the_problem() {
    assert!(matches!(
        decode_batch(b"XXXX"),
        Err(ProtocolError::Invalid {
            field: "format marker",
            ..
        })
    ));
    assert_eq!(
        decode_batch(b"SNB1\0\0"),
        Err(ProtocolError::Truncated("the device id"))
    );
    let b = EventBatch {
        device_id: [1; 16],
        events: vec![
            WireEvent {
                id: [2; 16],
                seq: 2,
                stats: None,
                sealed: vec![1],
            },
            WireEvent {
                id: [3; 16],
                seq: 2,
                stats: None,
                sealed: vec![1],
            },
        ],
    };
    let e = decode_batch(&encode_batch(&b)).expect_err("repeated seq");
    assert!(e.to_string().contains("sequence number"), "{e}");
    let mut bytes = encode_batch(&EventBatch {
        device_id: [1; 16],
        events: vec![],
    });
    bytes.push(0);
    assert_eq!(decode_batch(&bytes), Err(ProtocolError::Trailing(1)));
    let bad = EventBatch {
        device_id: [1; 16],
        events: vec![WireEvent {
            id: [2; 16],
            seq: 1,
            stats: Some(Stats {
                region: Some("Rue des Oliviers 12".into()),
                ..Stats::default()
            }),
            sealed: vec![1],
        }],
    };
    let e = decode_batch(&encode_batch(&bad)).expect_err("free text in stats");
    assert!(e.to_string().contains("stats.region"), "{e}");
    assert!(
        !e.to_string().contains("Oliviers"),
        "errors never echo the data: {e}"
    );
}
