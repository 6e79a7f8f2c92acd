//! The commands the service takes.

use sanad_core::case::ReferralStatus;
use sanad_core::{RefCategory, SessionDraft};
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
    /// Record a referral the person agreed to.
    Refer {
        /// Case id.
        case: String,
        /// Category.
        category: RefCategory,
        /// Directory service id.
        service: Option<String>,
    },
    /// Add a note.
    AddNote {
        /// Case id.
        case: String,
        /// The note.
        text: String,
    },
    /// Change a referral's status.
    SetReferralStatus {
        /// Case id.
        case: String,
        /// The referral's event id.
        referral: String,
        /// New status.
        status: ReferralStatus,
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
}
