//! The store's use of `sanad-crypto`: its envelopes, blind indexes and hex (re-exported so
//! the modules keep one import path), plus the two layouts that belong to the store: the
//! row key of a version-2 event envelope and UUIDv7 ids (48-bit Unix milliseconds,
//! version 7, 74 random bits).

use sanad_core::Id;

pub(crate) use sanad_crypto::envelope::{
    ENVELOPE_V1, ENVELOPE_V2, Keys, Session, blind_index, random,
};
pub(crate) use sanad_crypto::hex::{hex, unhex};

/// The row key of an event in a version-2 envelope: the event id, and every column kept
/// in clear beside it (case, writer device, sequence, time), so that editing any of them
/// in the database makes the record fail to open instead of moving it.
pub(crate) fn event_row(id: &Id, case: &Id, device: &Id, seq: u64, at_ms: i64) -> [u8; 64] {
    let mut r = [0u8; 64];
    r[..16].copy_from_slice(&id.0);
    r[16..32].copy_from_slice(&case.0);
    r[32..48].copy_from_slice(&device.0);
    r[48..56].copy_from_slice(&seq.to_be_bytes());
    r[56..].copy_from_slice(&at_ms.to_be_bytes());
    r
}

/// A new UUIDv7.
pub(crate) fn uuid_v7(now_ms: i64) -> Id {
    let mut b: [u8; 16] = random();
    let ms = (now_ms.max(0) as u64).to_be_bytes();
    b[..6].copy_from_slice(&ms[2..8]);
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    Id(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_v7_layout() {
        let id = uuid_v7(0x0190_abcd_ef01);
        assert_eq!(&id.0[..6], &[0x01, 0x90, 0xab, 0xcd, 0xef, 0x01]);
        assert_eq!(id.0[6] >> 4, 7);
        assert_eq!(id.0[8] >> 6, 0b10);
        assert!(uuid_v7(1) < uuid_v7(2));
    }
}
