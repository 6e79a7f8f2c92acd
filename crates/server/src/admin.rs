//! The administrator's commands that act on the server's storage (enrollment codes,
//! publishing, orders, revocation, the device list). Each returns the line to print, or
//! the error to print before exiting with 1; nothing is changed on an error.

use super::{device_id, keys_and_storage, now_ms};
use sanad_server::{new_enrollment, open_storage};
use std::path::Path;

type Outcome = Result<String, String>;

fn read(file: &Path) -> Result<String, String> {
    std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))
}

/// `sign-policy`: the signed dead-man policy, written to `out`.
pub(super) fn sign_policy(key: &Path, dead_man_days: u32, out: &Path) -> Outcome {
    let p =
        sanad_server::keys::sign_policy(key, dead_man_days, now_ms()).map_err(|e| e.to_string())?;
    std::fs::write(out, serde_json::to_vec_pretty(&p).unwrap_or_default())
        .map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(format!(
        "signed policy (dead-man period {dead_man_days} days): {}",
        out.display()
    ))
}

/// `enroll`: a one-time enrollment code for a worker.
pub(super) fn enroll(db: &str, worker: &str, ttl_hours: i64) -> Outcome {
    if worker.trim().is_empty() || ttl_hours <= 0 {
        return Err("--worker must not be empty and --ttl-hours must be positive".into());
    }
    let storage = open_storage(db)?;
    let (code, expires) = new_enrollment(&*storage, worker.trim(), now_ms(), ttl_hours * 3_600_000)
        .map_err(|e| e.to_string())?;
    Ok(format!("code: {code}\nexpires_ms: {expires}"))
}

/// `publish-directory`: a signed directory bundle into the feed.
pub(super) fn publish_directory(key_dir: &Path, db: &str, bundle: &Path) -> Outcome {
    let text = read(bundle)?;
    let (keys, storage) = keys_and_storage(key_dir, db)?;
    let (version, cursor) = sanad_server::publish_directory(&*storage, &keys, &text, now_ms())
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "published directory version {version} (feed position {cursor})"
    ))
}

/// `publish-content`: signed checklist content into the feed.
pub(super) fn publish_content(key_dir: &Path, db: &str, file: &Path) -> Outcome {
    let text = read(file)?;
    let (keys, storage) = keys_and_storage(key_dir, db)?;
    let (kind, version, cursor) = sanad_server::publish_content(&*storage, &keys, &text, now_ms())
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "published {kind} version {version} (feed position {cursor})"
    ))
}

/// The ids a referral status update names.
pub(super) struct StatusFor<'a> {
    pub device: &'a str,
    pub case: &'a str,
    pub referral: &'a str,
    pub status: &'a str,
}

/// `referral-status`: a signed status update queued for a device.
pub(super) fn referral_status(key_dir: &Path, db: &str, r: StatusFor<'_>) -> Outcome {
    let id = device_id(r.device, "--device")?;
    if sanad_core::Id::parse(r.case).is_none() || sanad_core::Id::parse(r.referral).is_none() {
        return Err("--case and --referral must be ids as the export writes them".into());
    }
    let (keys, storage) = keys_and_storage(key_dir, db)?;
    sanad_server::publish_referral_status(
        &*storage,
        &keys,
        &id,
        r.case,
        r.referral,
        r.status,
        now_ms(),
    )
    .map_err(|e| e.to_string())?;
    Ok(format!(
        "referral status '{}' queued for {}",
        r.status, r.device
    ))
}

/// `command`: a signed lock or wipe order queued for a known device.
pub(super) fn command(key_dir: &Path, db: &str, device: &str, order: &str) -> Outcome {
    let id = device_id(device, "--device")?;
    let (keys, storage) = keys_and_storage(key_dir, db)?;
    if storage.device(&id).map_err(|e| e.to_string())?.is_none() {
        return Err(format!("no device {device}"));
    }
    sanad_server::publish_command(&*storage, &keys, &id, order, now_ms())
        .map_err(|e| e.to_string())?;
    Ok(format!("{order} order queued for {device}"))
}

/// `revoke`: the device's next request receives a signed wipe order.
pub(super) fn revoke(db: &str, device: &str) -> Outcome {
    let id = device_id(device, "DEVICE")?;
    let storage = open_storage(db)?;
    match storage.revoke(&id).map_err(|e| e.to_string())? {
        true => Ok(format!(
            "revoked {device}: its next request receives a signed wipe order"
        )),
        false => Err(format!("no device {device}")),
    }
}

/// `devices`: one line per enrolled device.
pub(super) fn devices(db: &str) -> Outcome {
    let storage = open_storage(db)?;
    let ds = storage.devices().map_err(|e| e.to_string())?;
    let mut out = String::from("device\tworker\trevoked\tacked\tevents\tquarantined\tlast_seen_ms");
    for d in ds {
        out.push_str(&format!(
            "\n{}\t{}\t{}\t{}\t{}\t{}\t{}",
            sanad_protocol::hex(&d.id),
            d.worker,
            d.revoked,
            d.acked,
            d.events,
            d.quarantined,
            d.last_seen_ms
        ));
    }
    Ok(out)
}
