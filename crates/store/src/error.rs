//! Errors of the case store. No variant carries case data: only ids, counts, step names,
//! and the path of a quarantine folder (chosen by the store, not the user's data).

use sanad_core::CaseError;
use std::path::PathBuf;

/// Why a store operation failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// No store in this directory yet.
    #[error("no case store here yet: set a passphrase first")]
    NotInitialized,
    /// A store already exists here.
    #[error("a case store already exists here")]
    AlreadyInitialized,
    /// The passphrase is not accepted by the policy.
    #[error("passphrase rejected: {0}")]
    WeakPassphrase(&'static str),
    /// Key-derivation parameters below the minimum.
    #[error("key derivation too weak: {0}")]
    WeakParameters(&'static str),
    /// Wrong passphrase; the store is unchanged.
    #[error("wrong passphrase ({attempts_left} attempts left before the store is wiped)")]
    WrongPassphrase {
        /// Attempts left before the automatic wipe.
        attempts_left: u32,
    },
    /// Too soon after failed attempts.
    #[error("too many failed attempts: wait {wait_ms} ms before trying again")]
    TryLater {
        /// Milliseconds to wait.
        wait_ms: i64,
    },
    /// The store was wiped after too many failed attempts.
    #[error("too many failed attempts: the case store was wiped")]
    WipedAfterFailures,
    /// The key file is damaged; the store files were moved aside (never deleted).
    #[error(
        "the key file is damaged; the store files were moved to {moved_to:?} and a new store can be set up"
    )]
    KeyMaterialDamaged {
        /// Where the files are now.
        moved_to: PathBuf,
    },
    /// The database was written by a newer version of the app.
    #[error("the case database is from a newer app version ({0}); update the app")]
    TooNew(u32),
    /// A file operation failed.
    #[error("file operation failed during {op} ({kind:?})")]
    Io {
        /// The step.
        op: &'static str,
        /// The OS error kind.
        kind: std::io::ErrorKind,
    },
    /// The platform keystore holding the wrapping key cannot be used now (none given, the
    /// device is locked, the keystore failed); nothing was counted or changed.
    #[error("the platform keystore cannot be used: {0}")]
    Keystore(String),
    /// A case-repository error.
    #[error(transparent)]
    Case(#[from] CaseError),
}

impl StoreError {
    pub(crate) fn io(op: &'static str) -> impl FnOnce(std::io::Error) -> StoreError {
        move |e| StoreError::Io { op, kind: e.kind() }
    }
}

impl From<crate::db::OpenError> for StoreError {
    fn from(e: crate::db::OpenError) -> StoreError {
        match e {
            crate::db::OpenError::Sqlite(op) => StoreError::Case(CaseError::Storage(op)),
            crate::db::OpenError::TooNew(v) => StoreError::TooNew(v),
        }
    }
}
