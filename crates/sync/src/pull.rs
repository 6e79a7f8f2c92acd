//! Pull: signed items after the saved cursor. Directory bundles and checklist content are
//! verified with the content key and kept only if newer; lock/wipe orders and referral
//! status updates are verified with the server's online key, must be addressed to this
//! device, and must carry an issue time later than the last accepted one of their kind
//! (a replayed or older order is refused). Anything else is skipped.

use sanad_core::case::EventKind;
use sanad_core::referral::{Step, Via};
use sanad_core::{CaseRepository, Id};
use sanad_protocol::{
    CommandOrder, ContentUpdate, PULL_COMMAND, PULL_CONTENT, PULL_DIRECTORY, PULL_REFERRAL,
    PullItem, PullPage, ReferralUpdate,
};
use sanad_store::Vault;
use sanad_store::directory::Directory;

use crate::client::{setting_u64, store_err};
use crate::{CURSOR_SETTING, ISSUED_SETTING_PREFIX, SyncClient, SyncConfig, SyncError};

/// What handling one item asks for.
enum Handled {
    /// Done (used or skipped): move the cursor past it.
    Next,
    /// This run cannot use it (no directory or content folder): keep it for later.
    Later,
}

/// The issue time of the last accepted message of `kind`.
fn last_issued(vault: &Vault, kind: &str) -> Option<i64> {
    vault
        .setting(&format!("{ISSUED_SETTING_PREFIX}{kind}"))
        .ok()
        .flatten()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.parse().ok())
}

/// Whether a message of `kind` issued at `issued_ms` is newer than every one accepted;
/// if so it is recorded as the last one.
fn accept_issued(vault: &mut Vault, kind: &str, issued_ms: i64) -> Result<bool, SyncError> {
    if last_issued(vault, kind).is_some_and(|last| issued_ms <= last) {
        return Ok(false);
    }
    vault
        .put_setting(
            &format!("{ISSUED_SETTING_PREFIX}{kind}"),
            issued_ms.to_string().as_bytes(),
        )
        .map_err(store_err)?;
    Ok(true)
}

fn save_cursor(vault: &mut Vault, cursor: u64) -> Result<(), SyncError> {
    vault
        .put_setting(CURSOR_SETTING, cursor.to_string().as_bytes())
        .map_err(store_err)
}

impl SyncClient {
    /// Pull and handle every item after the saved cursor.
    pub(crate) async fn pull(
        &mut self,
        vault: &mut Vault,
        cfg: &SyncConfig,
    ) -> Result<(), SyncError> {
        loop {
            let after = setting_u64(vault, CURSOR_SETTING);
            let page: PullPage = self
                .request(vault, Some(cfg), 0, |c| {
                    c.http
                        .get(format!("{}/v1/pull?after={after}&limit=50", cfg.server))
                        .bearer_auth(&cfg.token)
                })
                .await?;
            for item in &page.items {
                match self.handle(vault, cfg, item)? {
                    Handled::Later => return Ok(()),
                    Handled::Next => save_cursor(vault, item.cursor)?,
                }
            }
            if !page.more {
                return Ok(());
            }
        }
    }

    fn handle(
        &self,
        vault: &mut Vault,
        cfg: &SyncConfig,
        item: &PullItem,
    ) -> Result<Handled, SyncError> {
        match item.kind.as_str() {
            PULL_DIRECTORY => {
                let Some(path) = &self.opts.directory else {
                    return Ok(Handled::Later);
                };
                let mut d = Directory::open(path).map_err(|e| SyncError::Store(e.to_string()))?;
                // Refused bundles (bad signature, not newer) change nothing.
                let _ = d.apply_bundle(&cfg.content_key, &item.body);
            }
            PULL_COMMAND => {
                if let Ok(order) = serde_json::from_str::<CommandOrder>(&item.body) {
                    command(vault, cfg, item, &order)?;
                }
            }
            PULL_CONTENT => {
                let Some(dir) = &self.opts.content_dir else {
                    return Ok(Handled::Later);
                };
                if let Ok(u) = serde_json::from_str::<ContentUpdate>(&item.body) {
                    keep_content(dir, &cfg.content_key, &u)?;
                }
            }
            PULL_REFERRAL => {
                if let Ok(u) = serde_json::from_str::<ReferralUpdate>(&item.body) {
                    referral(vault, cfg, &u)?;
                }
            }
            _ => {}
        }
        Ok(Handled::Next)
    }
}

/// Obey a genuine, fresh `wipe` or `lock` order addressed to this device.
fn command(
    vault: &mut Vault,
    cfg: &SyncConfig,
    item: &PullItem,
    order: &CommandOrder,
) -> Result<(), SyncError> {
    let genuine = order.device_id == cfg.device_id
        && matches!(order.command.as_str(), "wipe" | "lock")
        && sanad_crypto::sign::verify_command(
            &cfg.online_key,
            &CommandOrder::signed_text(&order.command, &order.device_id, order.issued_ms),
            &order.signature,
        );
    if !genuine || !accept_issued(vault, &order.command, order.issued_ms)? {
        return Ok(());
    }
    if order.command == "wipe" {
        vault.wipe().map_err(store_err)?;
        return Err(SyncError::Wiped);
    }
    save_cursor(vault, item.cursor)?;
    vault.lock();
    Err(SyncError::Locked)
}

/// Append a genuine, fresh referral status update to its case as a referral step from the
/// organisation (if the case log accepts it: the case and referral exist and the step
/// follows the referral's current one; `completed`, the old word, is "service received").
fn referral(vault: &mut Vault, cfg: &SyncConfig, u: &ReferralUpdate) -> Result<(), SyncError> {
    let genuine = u.device_id == cfg.device_id
        && sanad_crypto::sign::verify_command(&cfg.online_key, &u.signed_text(), &u.signature);
    if !genuine {
        return Ok(());
    }
    let (Some(case), Some(referral), Some(step)) = (
        Id::parse(&u.case_id),
        Id::parse(&u.referral),
        Step::parse(&u.status),
    ) else {
        return Ok(());
    };
    if !accept_issued(vault, "referral", u.issued_ms)? {
        return Ok(());
    }
    // A rejected update changes nothing.
    let kind = EventKind::ReferralStep {
        referral,
        step,
        via: Via::Organisation,
    };
    let _ = vault.append(case, kind);
    Ok(())
}

/// Keep a content update if it is genuine, valid and newer than the one kept; written to
/// a temporary file and renamed, so a crash leaves the old one or the new one.
fn keep_content(
    dir: &std::path::Path,
    content_key: &str,
    u: &ContentUpdate,
) -> Result<(), SyncError> {
    let genuine = sanad_protocol::CONTENT_KINDS.contains(&u.kind.as_str())
        && sanad_crypto::sign::verify_command(content_key, &u.signed_text(), &u.signature)
        && sanad_i18n::validate_content(&u.kind, &u.payload).is_ok();
    if !genuine {
        return Ok(());
    }
    let path = dir.join(format!("{}.json", u.kind));
    let kept = std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice::<ContentUpdate>(&b).ok())
        .map_or(0, |k| k.version);
    if u.version <= kept {
        return Ok(());
    }
    let io = |e: std::io::Error| SyncError::Store(format!("cannot keep content: {e}"));
    std::fs::create_dir_all(dir).map_err(io)?;
    let tmp = dir.join(format!(".{}.json.tmp", u.kind));
    std::fs::write(&tmp, serde_json::to_vec(u).unwrap_or_default()).map_err(io)?;
    std::fs::rename(&tmp, &path).map_err(io)
}
