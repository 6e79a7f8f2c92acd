//! The commands the service takes.

use sanad_core::SessionDraft;
use sanad_core::referral::{NewReferral, Step};
use sanad_store::Secret;

use crate::usecases::ScreeningToSave;

/// What the app asks of the service (ids as the screens hold them: text, parsed here;
/// one that does not parse is refused with a message, never dropped).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// First run: create the store.
    Init {
        /// The passphrase.
        pass: Secret,
        /// An optional duress passphrase (opens an empty store and wipes the real one).
        duress: Option<Secret>,
    },
    /// Unlock.
    Unlock(Secret),
    /// Lock now (the keys leave memory).
    Lock,
    /// Erase every case on this device.
    Wipe,
    /// Save the screening in progress (encrypted).
    SaveDraft(SessionDraft),
    /// Drop the screening in progress.
    DiscardDraft,
    /// Save a screening's result to a new or existing case (by reference).
    SaveScreening(ScreeningToSave),
    /// Add a note.
    AddNote {
        /// Case id.
        case: String,
        /// The note.
        text: String,
    },
    /// Close a case.
    Close {
        /// Case id.
        case: String,
    },
    /// List cases whose reference or alias contains this text.
    ListCases(String),
    /// Open one case.
    OpenCase(String),
    /// Enroll with a server.
    Enroll {
        /// Server address.
        server: String,
        /// One-time code.
        code: String,
        /// The organisation's fingerprint as typed (empty: the built-in one).
        org: String,
    },
    /// Sync now.
    SyncNow,
    /// Auto-lock after this many seconds.
    SetIdleLock(u32),
    /// Set or clear the duress passphrase.
    SetDuress(Option<Secret>),
    /// Change the passphrase (the old one proves it is the worker).
    ChangePassphrase {
        /// The passphrase now.
        old: Secret,
        /// The new passphrase.
        new: Secret,
    },
    /// The worker's city.
    SetCity(Option<String>),
    /// Sync in the background every this many seconds while unlocked (0: only after
    /// unlock, after changes and on "Sync now").
    SetSyncInterval(u32),
    /// The person's rights over one case (Law 09-08; `rights.rs`).
    Rights {
        /// Case id.
        case: String,
        /// What the person asked.
        action: crate::rights::RightsCmd,
    },
    /// Referrals: make, advance, slip, follow-ups.
    Referral(ReferralCommand),
}

/// What the app asks about referrals.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferralCommand {
    /// Record a referral the person agreed to, with its urgency and consent receipt.
    Refer {
        /// Case id.
        case: String,
        /// The referral.
        new: NewReferral,
    },
    /// Record a step: the worker's own (`code: None`) or a partner's answer confirmed with
    /// the slip's code.
    Step {
        /// Case id.
        case: String,
        /// The referral's event id.
        referral: String,
        /// The step.
        step: Step,
        /// The code the partner gave, if the step is their answer.
        code: Option<String>,
    },
    /// Show a referral's slip.
    Slip {
        /// Case id.
        case: String,
        /// The referral's event id.
        referral: String,
        /// The service's name as the screen shows it (empty: none).
        service_name: String,
    },
    /// Report the referrals overdue or due today.
    FollowUps,
}
