//! The storage behaviour written once for both backends: pushing a device's events
//! within its quota, and redeeming an enrollment code. A backend supplies the statements
//! of one open transaction ([`PushTx`], [`RedeemTx`]); these functions decide.

use super::{
    Incoming, Pushed, Redeem, SAME_ID_OTHER_CONTENT, SEQUENCE_TAKEN, StorageError, content_digest,
    contiguous,
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

/// (device, seq, stats, sealed) of a stored event.
pub(super) type StoredRow = (Vec<u8>, i64, Option<String>, Vec<u8>);

/// The statements of a push, inside the backend's one transaction.
pub(super) trait PushTx {
    /// (acked, stored bytes, stored records) of the device, locked for the push.
    fn device_use(&mut self, device: &[u8; 16]) -> Result<(i64, u64, u64), StorageError>;
    /// The stored event with this id.
    fn event_by_id(&mut self, id: &[u8; 16]) -> Result<Option<StoredRow>, StorageError>;
    /// Whether the device's sequence number holds an event.
    fn seq_taken(&mut self, device: &[u8; 16], seq: i64) -> Result<bool, StorageError>;
    /// Store a new event.
    fn insert_event(
        &mut self,
        device: &[u8; 16],
        e: &Incoming<'_>,
        now_ms: i64,
    ) -> Result<(), StorageError>;
    /// (records in the quarantine slot, whether this id and digest are one of them).
    fn slot(
        &mut self,
        device: &[u8; 16],
        seq: i64,
        id: &[u8; 16],
        digest: &[u8; 32],
    ) -> Result<(i64, bool), StorageError>;
    /// Quarantine a record.
    fn insert_quarantine(
        &mut self,
        device: &[u8; 16],
        e: &Incoming<'_>,
        digest: &[u8; 32],
        reason: &str,
        now_ms: i64,
    ) -> Result<(), StorageError>;
    /// The filled sequence numbers (events and quarantine) above `acked`, ascending.
    fn filled_after(&mut self, device: &[u8; 16], acked: i64) -> Result<Vec<i64>, StorageError>;
    /// Record the new acknowledgement, last-seen time and use.
    fn finish(
        &mut self,
        device: &[u8; 16],
        acked: i64,
        now_ms: i64,
        used: (u64, u64),
    ) -> Result<(), StorageError>;
}

/// The statements of an enrollment, inside the backend's one transaction.
pub(super) trait RedeemTx {
    /// (worker, expiry, device that used it) of a code, locked.
    #[allow(clippy::type_complexity)]
    fn enrollment(
        &mut self,
        code_hash: &[u8; 32],
    ) -> Result<Option<(String, i64, Option<Vec<u8>>)>, StorageError>;
    /// (device key, revoked) of a device.
    fn device_key(&mut self, id: &[u8]) -> Result<Option<(Vec<u8>, bool)>, StorageError>;
    /// Replace a device's token hash (a retried enrollment).
    fn renew_token(
        &mut self,
        id: &[u8],
        token_hash: &[u8; 32],
        now_ms: i64,
    ) -> Result<(), StorageError>;
    /// Mark the code used by `device`.
    fn use_code(&mut self, code_hash: &[u8; 32], device: &[u8; 16]) -> Result<(), StorageError>;
    /// Create the device.
    fn add_device(
        &mut self,
        device: &[u8; 16],
        worker: &str,
        device_key: &[u8; 32],
        token_hash: &[u8; 32],
        now_ms: i64,
    ) -> Result<(), StorageError>;
}

fn arr16(v: &[u8]) -> [u8; 16] {
    let mut a = [0u8; 16];
    if v.len() == 16 {
        a.copy_from_slice(v);
    }
    a
}

/// Redeem a code: on success the device is created with its key and token hash. The
/// caller commits the transaction when this returns `Ok`.
pub(super) fn redeem(
    tx: &mut impl RedeemTx,
    code_hash: &[u8; 32],
    now_ms: i64,
    device: &[u8; 16],
    device_key: &[u8; 32],
    token_hash: &[u8; 32],
) -> Result<Redeem, StorageError> {
    let Some((worker, expires, used)) = tx.enrollment(code_hash)? else {
        return Ok(Redeem::Unknown);
    };
    if now_ms >= expires {
        return Ok(Redeem::Expired);
    }
    if let Some(used) = used {
        let same_key = tx.device_key(&used)?;
        if same_key.is_some_and(|(k, revoked)| k == device_key.as_slice() && !revoked) {
            tx.renew_token(&used, token_hash, now_ms)?;
            return Ok(Redeem::Enrolled(arr16(&used)));
        }
        return Ok(Redeem::Used);
    }
    tx.use_code(code_hash, device)?;
    tx.add_device(device, &worker, device_key, token_hash, now_ms)?;
    Ok(Redeem::Enrolled(*device))
}

/// Store a device's events (see the module docs) within its quota: the push stops at the
/// first record that does not fit (see [`Pushed`]). The caller commits.
pub(super) fn push(
    tx: &mut impl PushTx,
    device: &[u8; 16],
    events: &[Incoming<'_>],
    now_ms: i64,
    quota: &Quota,
) -> Result<Pushed, StorageError> {
    let (acked0, bytes, rows) = tx.device_use(device)?;
    let mut used = (bytes, rows);
    let mut pushed = Pushed::default();
    for e in events {
        match store_one(tx, device, e, now_ms, quota, used)? {
            Stored::Repeat => {}
            Stored::Added => used = (used.0 + cost(e), used.1 + 1),
            Stored::Conflict { added } => {
                if added {
                    used = (used.0 + cost(e), used.1 + 1);
                }
                pushed.conflicts.push(e.id);
            }
            Stored::OverQuota(q) => {
                pushed.over_quota = Some(q);
                break;
            }
        }
    }
    let acked = contiguous(acked0, tx.filled_after(device, acked0)?);
    tx.finish(device, acked, now_ms, used)?;
    pushed.acked = acked as u64;
    Ok(pushed)
}

/// What storing one incoming record did.
enum Stored {
    Repeat,
    Added,
    Conflict { added: bool },
    OverQuota(OverQuota),
}

/// Store one record: a repeat, a new event, or a conflict (quarantined while its slot
/// holds fewer than the quota's records); nothing if it does not fit the quota.
fn store_one(
    tx: &mut impl PushTx,
    device: &[u8; 16],
    e: &Incoming<'_>,
    now_ms: i64,
    quota: &Quota,
    used: (u64, u64),
) -> Result<Stored, StorageError> {
    let seq = e.seq as i64;
    let reason = match tx.event_by_id(&e.id)? {
        Some((d, s, st, sealed)) => {
            if d == device.as_slice() && s as u64 == e.seq && sealed.is_empty() {
                // The tombstone of an erased event: a late retry stores nothing again.
                return Ok(Stored::Repeat);
            }
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
            if !tx.seq_taken(device, seq)? {
                if let Some(q) = over_quota(quota, used, cost(e)) {
                    return Ok(Stored::OverQuota(q));
                }
                tx.insert_event(device, e, now_ms)?;
                return Ok(Stored::Added);
            }
            SEQUENCE_TAKEN
        }
    };
    let digest = content_digest(e.stats, e.sealed);
    let (in_slot, known) = tx.slot(device, seq, &e.id, &digest)?;
    if known || in_slot >= i64::from(quota.quarantine_per_seq) {
        // Stored already, or the slot is full: reported, not stored again.
        return Ok(Stored::Conflict { added: false });
    }
    if let Some(q) = over_quota(quota, used, cost(e)) {
        return Ok(Stored::OverQuota(q));
    }
    tx.insert_quarantine(device, e, &digest, reason, now_ms)?;
    Ok(Stored::Conflict { added: true })
}
