//! Retention (Law 09-08: data kept no longer than needed): at unlock, every closed case
//! whose last entry is older than the organisation's retention period is erased for good
//! (`Vault::erase_case`), and the worker is told how many. The period is the signed
//! content of kind `retention` a sync kept, verified again here with the content key of
//! this device's enrollment; without one, [`DEFAULT_RETENTION_MONTHS`].

use sanad_core::case::CaseRepository;
use sanad_core::rights::{DEFAULT_RETENTION_MONTHS, parse_retention, past_retention};
use sanad_store::Vault;

use super::Service;
use crate::Problem;

/// The retention period in force: the kept signed setting, else the default.
pub fn retention_months(v: &Vault, content_dir: &std::path::Path) -> u32 {
    let key = v
        .setting(sanad_sync::CONFIG_SETTING)
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice::<sanad_sync::SyncConfig>(&b).ok())
        .map(|c| c.content_key);
    crate::content::load_kept(content_dir, key.as_deref())
        .pulled
        .get("retention")
        .and_then(|(_, payload)| parse_retention(payload).ok())
        .unwrap_or(DEFAULT_RETENTION_MONTHS)
}

/// Erase every closed case past `months` at `now_ms`; how many were erased.
pub fn erase_expired(v: &mut Vault, months: u32, now_ms: i64) -> usize {
    let expired: Vec<_> = v
        .list()
        .unwrap_or_default()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|s| {
            v.case(s.id)
                .is_ok_and(|st| past_retention(&st, months, now_ms))
        })
        .map(|s| s.id)
        .collect();
    expired
        .into_iter()
        .filter(|id| v.erase_case(*id).is_ok())
        .count()
}

impl Service {
    /// Apply the retention period (see the module docs).
    pub(super) fn retention(&mut self) {
        let now = self.now();
        let dir = self.cfg.data_dir.join("content");
        let Some(v) = self.vault.as_mut() else { return };
        let months = retention_months(v, &dir);
        let n = erase_expired(v, months, now);
        if n > 0 {
            self.send(crate::Event::Notice(Problem::with_n(
                "case-retention-erased",
                n as i64,
            )));
        }
    }
}
