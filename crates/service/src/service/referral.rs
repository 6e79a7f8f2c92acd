//! The referral commands: make one, record a step, show the slip, report the follow-ups.

use super::Service;
use crate::command::ReferralCommand;
use crate::ids::{CaseId, EventId};
use crate::referrals;
use crate::usecases::{UseCaseError, referral_key};
use crate::{Event, slip};

impl Service {
    pub(super) fn referral(&mut self, cmd: ReferralCommand) {
        match cmd {
            ReferralCommand::Refer { case, new } => {
                let target = referral_key(new.category, new.service.as_deref());
                // Only a recorded referral is shown as recorded.
                if self
                    .change(&case, |v, id| referrals::refer(v, id, new))
                    .is_some()
                {
                    self.send(Event::Referred { target });
                }
            }
            ReferralCommand::Step {
                case,
                referral,
                step,
                code,
            } => {
                self.change(&case, |v, id| {
                    let r = EventId::parse(&referral)?;
                    match code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                        Some(code) => referrals::partner_answer(v, id, r, code, step),
                        None => referrals::advance(v, id, r, step),
                    }
                });
            }
            ReferralCommand::Slip {
                case,
                referral,
                service_name,
            } => self.show_slip(&case, &referral, &service_name),
            ReferralCommand::FollowUps => self.follow_ups(),
        }
    }

    fn show_slip(&mut self, case: &str, referral: &str, service_name: &str) {
        let Some(v) = self.vault.as_ref() else { return };
        let made = (|| -> Result<slip::SlipView, UseCaseError> {
            let (case, referral) = (CaseId::parse(case)?, EventId::parse(referral)?);
            let s = referrals::slip(v, case, referral)?;
            Ok(slip::render(&s, service_name)?)
        })();
        match made {
            Ok(view) => self.send(Event::Slip(view)),
            Err(e) => self.fail(e.problem()),
        }
    }

    /// The referrals overdue or due today (after unlock, after each change, on request).
    pub(super) fn follow_ups(&mut self) {
        let Some(v) = self.vault.as_ref() else { return };
        match referrals::follow_ups(v, self.now()) {
            Ok(list) => self.send(Event::FollowUps(list)),
            Err(e) => self.fail(e.problem()),
        }
    }
}
