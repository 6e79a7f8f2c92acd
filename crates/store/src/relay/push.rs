//! Storing one pushed record within the device's quota (see the parent module).

use rusqlite::{OptionalExtension, params};

use super::{
    Incoming, RelayError, SAME_ID_OTHER_CONTENT, SEQUENCE_TAKEN, StoredRow, content_digest, storage,
};

/// What one device may store (see `sanad_server::limits::Limits`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    /// Bytes: sealed payloads and statistics, events and quarantined records.
    pub bytes: u64,
    /// Records: events and quarantined records.
    pub rows: u64,
    /// Quarantined records per (device, sequence number).
    pub quarantine_per_seq: u32,
}

/// Which quota a push met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverQuota {
    /// `bytes` or `records`.
    pub what: &'static str,
    /// What the device stores now.
    pub used: u64,
    /// Its quota.
    pub limit: u64,
}

/// What storing one more record of `cost` bytes would exceed, given the device's use.
pub fn over_quota(quota: &Quota, used: (u64, u64), cost: u64) -> Option<OverQuota> {
    if used.0.saturating_add(cost) > quota.bytes {
        Some(OverQuota {
            what: "bytes",
            used: used.0,
            limit: quota.bytes,
        })
    } else if used.1 + 1 > quota.rows {
        Some(OverQuota {
            what: "records",
            used: used.1,
            limit: quota.rows,
        })
    } else {
        None
    }
}

/// Bytes a record costs against the quota.
pub fn cost(e: &Incoming<'_>) -> u64 {
    (e.sealed.len() + e.stats.map_or(0, str::len)) as u64
}

/// What storing one incoming record did.
pub(super) enum Stored {
    Repeat,
    Added,
    Conflict { added: bool },
    OverQuota(OverQuota),
}

/// Store one record: a repeat, a new event, or a conflict (quarantined while its slot
/// holds fewer than the quota's records); nothing if it does not fit the quota.
pub(super) fn store_one(
    tx: &rusqlite::Transaction<'_>,
    device: &[u8; 16],
    e: &Incoming<'_>,
    now_ms: i64,
    quota: &Quota,
    used: (u64, u64),
) -> Result<Stored, RelayError> {
    let existing: Option<StoredRow> = tx
        .prepare_cached("SELECT device, seq, stats, sealed FROM events WHERE id = ?1")
        .and_then(|mut s| {
            s.query_row([e.id.as_slice()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()
        })
        .map_err(storage("push"))?;
    let reason = match existing {
        Some((d, s, st, sealed)) => {
            if d == device.as_slice()
                && s as u64 == e.seq
                && st.as_deref() == e.stats
                && sealed == e.sealed
            {
                return Ok(Stored::Repeat);
            }
            SAME_ID_OTHER_CONTENT
        }
        None => {
            let taken = tx
                .prepare_cached("SELECT 1 FROM events WHERE device = ?1 AND seq = ?2")
                .and_then(|mut s| s.exists(params![device.as_slice(), e.seq as i64]))
                .map_err(storage("push"))?;
            if !taken {
                if let Some(q) = over_quota(quota, used, cost(e)) {
                    return Ok(Stored::OverQuota(q));
                }
                tx.prepare_cached("INSERT INTO events (device, seq, id, stats, sealed, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .and_then(|mut s| s.execute(params![device.as_slice(), e.seq as i64, e.id.as_slice(), e.stats, e.sealed, now_ms]))
                    .map_err(storage("store event"))?;
                return Ok(Stored::Added);
            }
            SEQUENCE_TAKEN
        }
    };
    let digest = content_digest(e.stats, e.sealed);
    let (in_slot, known): (i64, bool) = tx
        .prepare_cached(
            "SELECT COUNT(*), COALESCE(MAX(id = ?3 AND digest = ?4), 0) FROM quarantine WHERE device = ?1 AND seq = ?2",
        )
        .and_then(|mut s| {
            s.query_row(
                params![device.as_slice(), e.seq as i64, e.id.as_slice(), digest.as_slice()],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? != 0)),
            )
        })
        .map_err(storage("quarantine"))?;
    if known || in_slot >= i64::from(quota.quarantine_per_seq) {
        // Stored already, or the slot is full: reported, not stored again.
        return Ok(Stored::Conflict { added: false });
    }
    if let Some(q) = over_quota(quota, used, cost(e)) {
        return Ok(Stored::OverQuota(q));
    }
    tx.prepare_cached("INSERT INTO quarantine (device, seq, id, digest, stats, sealed, reason, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .and_then(|mut s| {
            s.execute(params![device.as_slice(), e.seq as i64, e.id.as_slice(), digest.as_slice(), e.stats, e.sealed, reason, now_ms])
        })
        .map_err(storage("quarantine"))?;
    Ok(Stored::Conflict { added: true })
}
