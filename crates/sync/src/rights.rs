//! Telling the server about the person's rights (Law 09-08): each case erased on this
//! device, and each case whose sharing the person withdrew, as a notice signed by the
//! device key naming this device's events of the case (`POST /v1/rights`). Sent before
//! anything else in a run, so the server's tombstones fill the sequence numbers the
//! erased events held and the acknowledgement moves past them. A notice the server
//! confirmed is not sent again; one it did not stays pending.
//!
//! A withdrawn case's events are *held*: the outbox carries, in their place in the
//! sequence, a record with no payload and no statistics (the server keeps the sequence
//! without a gap, and nothing of the case leaves the device).

use sanad_core::{CaseRepository, Event, Id};
use sanad_protocol::{
    EventBatch, NoticeEvent, RightsAck, RightsAction, RightsNotice, WireEvent, encode_batch, hex,
};
use sanad_store::Vault;
use std::collections::HashMap;

/// Store setting holding the withdrawal notices not yet confirmed (JSON: a list of
/// lists of [sequence number, event id hex]; no case data).
pub const WITHDRAWALS_SETTING: &str = "rights.withdrawals";

type Pending = Vec<Vec<(u64, String)>>;

fn pending_withdrawals(vault: &Vault) -> Pending {
    vault
        .setting(WITHDRAWALS_SETTING)
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// The payload of a held record: the one byte 0x00, which no sealed payload is (a seal
/// has a header and a tag); the server leaves records with exactly this payload out of
/// export.
pub const HELD_PAYLOAD: [u8; 1] = [0];

/// The outbox record of an event whose case the person withdrew from sharing: its place
/// in the sequence only.
pub(crate) fn held_record(device: [u8; 16], e: &Event) -> Vec<u8> {
    encode_batch(&EventBatch {
        device_id: device,
        events: vec![WireEvent {
            id: e.id.0,
            seq: e.seq,
            stats: None,
            sealed: HELD_PAYLOAD.to_vec(),
        }],
    })
}

/// Whether `case` is withheld from sharing (cached per run); an unreadable case is held.
pub(crate) fn held(vault: &Vault, cache: &mut HashMap<Id, bool>, case: Id) -> bool {
    *cache
        .entry(case)
        .or_insert_with(|| vault.case(case).map_or(true, |s| !s.sharing_allowed()))
}

/// After the person withdrew consent to sharing `case`: replace its records waiting in
/// the outbox with held ones, and queue the signed notice that tells the server to keep
/// what it already has of the case out of every export. Needs the store unlocked.
pub fn hold_case(vault: &mut Vault, case: Id) -> Result<(), SyncError> {
    let device = vault.device_id().map_err(store_err)?;
    let own: Vec<Event> = vault
        .events(case)
        .map_err(store_err)?
        .into_iter()
        .filter(|e| e.device_id == device)
        .collect();
    let waiting: Vec<u64> = vault
        .outbox_after(0, usize::MAX)
        .map_err(store_err)?
        .into_iter()
        .map(|(seq, _)| seq)
        .collect();
    let held: Vec<(u64, Vec<u8>)> = own
        .iter()
        .filter(|e| waiting.contains(&e.seq))
        .map(|e| (e.seq, held_record(device.0, e)))
        .collect();
    vault.outbox_put(&held).map_err(store_err)?;
    let mut pending = pending_withdrawals(vault);
    pending.push(own.iter().map(|e| (e.seq, hex(&e.id.0))).collect());
    vault
        .put_setting(
            WITHDRAWALS_SETTING,
            &serde_json::to_vec(&pending).unwrap_or_default(),
        )
        .map_err(store_err)
}

use crate::client::{SyncClient, store_err};
use crate::{SyncConfig, SyncError};

/// A notice about `events` (sequence number, id), signed with the device key.
pub fn signed_notice(
    cfg: &SyncConfig,
    action: RightsAction,
    events: &[(u64, Id)],
    issued_ms: i64,
) -> Result<RightsNotice, SyncError> {
    let mut n = RightsNotice {
        action,
        device_id: cfg.device_id.clone(),
        issued_ms,
        events: events
            .iter()
            .map(|(seq, id)| NoticeEvent {
                seq: *seq,
                id: hex(&id.0),
            })
            .collect(),
        signature: String::new(),
    };
    n.signature = sanad_crypto::sign::sign_command(&cfg.device_private, &n.signed_text())
        .map_err(|_| SyncError::Store("could not sign with the device key".into()))?;
    Ok(n)
}

impl SyncClient {
    /// Send every erasure and withdrawal the server has not confirmed yet.
    pub(crate) async fn send_notices(
        &mut self,
        vault: &mut Vault,
        cfg: &SyncConfig,
    ) -> Result<(), SyncError> {
        for e in vault.pending_erasures().map_err(store_err)? {
            let n = signed_notice(cfg, RightsAction::Erase, &e.events, e.erased_ms)?;
            self.send_notice(vault, cfg, &n).await?;
            vault.erasure_notified(e.case).map_err(store_err)?;
        }
        loop {
            let mut pending = pending_withdrawals(vault);
            let Some(first) = pending.first() else {
                return Ok(());
            };
            let events: Vec<(u64, Id)> = first
                .iter()
                .filter_map(|(seq, id)| {
                    let id = sanad_protocol::unhex(id)?;
                    Some((*seq, Id(<[u8; 16]>::try_from(id).ok()?)))
                })
                .collect();
            let now = crate::client::now_ms();
            let n = signed_notice(cfg, RightsAction::Withdraw, &events, now)?;
            self.send_notice(vault, cfg, &n).await?;
            pending.remove(0);
            vault
                .put_setting(
                    WITHDRAWALS_SETTING,
                    &serde_json::to_vec(&pending).unwrap_or_default(),
                )
                .map_err(store_err)?;
        }
    }

    async fn send_notice(
        &mut self,
        vault: &mut Vault,
        cfg: &SyncConfig,
        n: &RightsNotice,
    ) -> Result<RightsAck, SyncError> {
        let body = serde_json::to_vec(n).unwrap_or_default();
        self.request(vault, Some(cfg), body.len(), |c| {
            c.http
                .post(format!("{}/v1/rights", cfg.server))
                .bearer_auth(&cfg.token)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.clone())
        })
        .await
    }
}
