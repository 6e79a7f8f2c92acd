//! What the service reports about the unlocked store: settings, sync state, the case
//! list, one case, the content in use.

use sanad_core::case::CaseRepository;

use super::{CITY, DURESS_SET, Service};
use crate::ids::CaseId;
use crate::problems::case_problem;
use crate::{
    CaseDetail, CaseRow, Event, Problem, ReferralRow, SettingsView, SyncView, TimelineItem,
};

impl Service {
    /// The checklist content to use: what a sync kept, verified again with the content
    /// key of this device's enrollment.
    pub(super) fn content(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let key = v
            .setting(sanad_sync::CONFIG_SETTING)
            .ok()
            .flatten()
            .and_then(|b| serde_json::from_slice::<sanad_sync::SyncConfig>(&b).ok())
            .map(|c| c.content_key);
        let c = crate::content::load_kept(&self.cfg.data_dir.join("content"), key.as_deref());
        self.send(Event::Content(c));
    }

    pub(super) fn settings(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let view = SettingsView {
            idle_lock_secs: v.policy().map(|p| p.idle_lock_secs).unwrap_or(300),
            city: v
                .setting(CITY)
                .ok()
                .flatten()
                .and_then(|b| String::from_utf8(b).ok()),
            sync_interval_secs: (self.schedule.interval_ms / 1000) as u32,
            duress_set: v.setting(DURESS_SET).ok().flatten().as_deref() == Some(&b"1"[..]),
        };
        self.send(Event::Settings(view));
    }

    pub(super) fn unsynced(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let n = sanad_sync::pending(v);
        self.send(Event::Unsynced(n));
    }

    pub(super) fn sync_view(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let s = sanad_sync::saved_status(v);
        let view = SyncView {
            server: sanad_sync::enrolled_server(v),
            // Only a run the worker asked for shows as running: a background attempt
            // never leaves "Syncing…" on screen.
            running: self.runner.is_running() && !self.runner.is_background(),
            pending: s.pending,
            waiting: crate::waiting::count(v),
            last_success_ms: s.last_success_ms,
            last_error: s
                .last_error
                .map(|e| Problem::with_detail("sync-last-error", e)),
            quarantined: s.quarantined,
        };
        self.send(Event::Sync(view));
    }

    pub(super) fn list(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        let needle = self.filter.trim().to_lowercase();
        match v.list() {
            Ok(rows) => {
                let rows = rows
                    .into_iter()
                    .filter_map(Result::ok)
                    .filter(|c| {
                        needle.is_empty()
                            || c.reference.to_lowercase().contains(&needle)
                            || c.alias.to_lowercase().contains(&needle)
                    })
                    .map(|c| CaseRow {
                        id: c.id.to_string(),
                        reference: c.reference,
                        alias: c.alias,
                        last: c.last_screening,
                        open_referrals: c.open_referrals,
                        closed: c.closed,
                        updated_ms: c.updated_ms,
                    })
                    .collect();
                self.send(Event::Cases(rows));
            }
            Err(e) => self.fail(case_problem(e)),
        }
    }

    pub(super) fn detail(&mut self, case: CaseId) {
        let Some(v) = self.vault.as_ref() else { return };
        let (state, events) = match (v.case(case.raw()), v.events(case.raw())) {
            (Ok(s), Ok(e)) => (s, e),
            (Err(e), _) | (_, Err(e)) => return self.fail(case_problem(e)),
        };
        let referrals = state
            .referrals
            .iter()
            .map(|r| ReferralRow {
                id: r.id.to_string(),
                category: r.category,
                service: r.service.clone(),
                status: r.status,
                urgency: r.urgency,
                due_ms: r.due_ms,
                next: sanad_core::referral::next_steps(r.status).to_vec(),
                slip: sanad_core::referral::slip(&state, r.id).is_ok(),
            })
            .collect();
        let detail = CaseDetail {
            id: case.to_string(),
            reference: state.reference,
            alias: state.alias,
            last: state.last_screening,
            notes: state.notes,
            referrals,
            closed: state.closed,
            sharing_withdrawn: state.sharing_withdrawn,
            timeline: events
                .iter()
                .map(|e| TimelineItem {
                    id: e.id.to_string(),
                    at_ms: e.at_ms,
                    kind: e.kind.clone(),
                    device: e.device_id.to_string().chars().take(8).collect(),
                })
                .collect(),
        };
        self.send(Event::Case(Some(detail)));
    }
}
