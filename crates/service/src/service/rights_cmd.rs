//! The service's side of the person's rights: each `Command::Rights` runs its use case
//! (`crate::rights`, `crate::access`) and reports as the other case commands do.

use super::Service;
use crate::ids::CaseId;
use crate::rights::{self, RightsCmd, RightsError};
use crate::usecases::UseCaseError;
use crate::{Event, Problem};

impl Service {
    /// Run one rights command on `case` (see the module docs).
    pub(super) fn rights(&mut self, case: &str, action: RightsCmd) {
        let id = match CaseId::parse(case) {
            Ok(id) => id,
            Err(e) => return self.fail(UseCaseError::from(e).problem()),
        };
        let now = self.now();
        let Some(v) = self.vault.as_mut() else { return };
        let r: Result<Option<Event>, RightsError> = match action {
            RightsCmd::Export(lang) => match sanad_i18n::Localizer::new() {
                Ok(l10n) => crate::access::access_export(v, &l10n, lang, id, now)
                    .map(|x| Some(Event::AccessExport(x))),
                Err(e) => return self.fail(Problem::with_detail("case-export-failed", e)),
            },
            RightsCmd::Rectify {
                field,
                value,
                reason,
            } => rights::rectify(v, id, field, value, reason).map(|_| None),
            RightsCmd::Withdraw => rights::withdraw_sharing(v, id).map(|_| None),
            RightsCmd::Erase => rights::erase(v, id).map(|_| {
                Some(Event::Erased {
                    case: id.to_string(),
                })
            }),
        };
        match r {
            Ok(Some(Event::AccessExport(x))) => self.send(Event::AccessExport(x)),
            Ok(Some(e)) => {
                self.send(e);
                self.send(Event::Case(None));
                self.list();
                self.changed();
            }
            Ok(None) => {
                self.detail(id);
                self.list();
                self.changed();
            }
            Err(e) => self.fail(e.problem()),
        }
    }
}
