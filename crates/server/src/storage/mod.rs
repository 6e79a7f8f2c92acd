//! Where the server keeps devices and events: one trait, two backends (SQLite by default,
//! PostgreSQL for a `postgres://` URL), one conformance suite (`tests/storage.rs`) run on
//! both. The API calls it from blocking tasks, never on the async workers.
//!
//! The behaviour is written once ([`push`](self::push)): push is idempotent by event id:
//! the same id with the same bytes is acknowledged again; the same id with other bytes,
//! or a sequence number already taken by another event, is quarantined (kept, reported,
//! never dropped) and does not block the events behind it. The acknowledgement is the
//! highest sequence number up to which every slot is filled. Redeeming an enrollment code
//! is written once too. Each backend supplies only its statements (`PushTx`, `RedeemTx`).
//! Both migrate through the one runner (`sanad_migrate`).

pub mod postgres;
mod push;
mod rights;
pub mod sqlite;

pub use push::{OverQuota, Quota, cost, over_quota};
pub use rights::Rights;
pub use sqlite::{RelayDb, SqliteStorage};

/// The SQLite migrations, in order (shipped ones are pinned by `tests/migrations.rs`).
pub const SQLITE_MIGRATIONS: &[&str] = &[
    include_str!("../../sqlite-migrations/0001_relay.sql"),
    include_str!("../../sqlite-migrations/0002_feed.sql"),
    include_str!("../../sqlite-migrations/0003_quota.sql"),
    include_str!("../../sqlite-migrations/0004_rights.sql"),
];

/// The PostgreSQL migrations, in order (shipped ones are pinned by `tests/migrations.rs`).
pub const PG_MIGRATIONS: &[&str] = &[
    include_str!("../../pg-migrations/0001_relay.sql"),
    include_str!("../../pg-migrations/0002_feed.sql"),
    include_str!("../../pg-migrations/0003_quota.sql"),
    include_str!("../../pg-migrations/0004_rights.sql"),
];

/// A storage failure of the central API (no case data: step names only).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The database failed during the named step.
    #[error("server storage failure during {0}")]
    Storage(&'static str),
    /// The database was written by a newer server.
    #[error("the server database is from a newer version ({0})")]
    TooNew(u32),
}

/// The name this error had when the SQLite backend lived in `sanad-store::relay`.
pub type RelayError = StorageError;

/// Outcome of redeeming an enrollment code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redeem {
    /// The device is enrolled (its id: new, or the one this code already enrolled with
    /// the same device key, whose token is then replaced: a retried enrollment whose
    /// answer was lost is not locked out).
    Enrolled([u8; 16]),
    /// No such code.
    Unknown,
    /// The code expired.
    Expired,
    /// The code was already used.
    Used,
}

/// A device as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// Device id.
    pub id: [u8; 16],
    /// The worker it was enrolled for.
    pub worker: String,
    /// Revoked devices get a wipe order instead of service.
    pub revoked: bool,
    /// Enrollment time (ms since the epoch).
    pub enrolled_ms: i64,
    /// Last authenticated request.
    pub last_seen_ms: i64,
    /// Highest contiguous sequence stored.
    pub acked: u64,
    /// Events stored.
    pub events: u64,
    /// Records in quarantine.
    pub quarantined: u64,
}

/// Who holds a token: what authentication needs, read without counting anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenHolder {
    /// Device id.
    pub id: [u8; 16],
    /// Revoked devices get a wipe order instead of service.
    pub revoked: bool,
}

/// One event arriving from a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Incoming<'a> {
    /// Event id.
    pub id: [u8; 16],
    /// Device sequence number.
    pub seq: u64,
    /// De-identified statistics (JSON), if any.
    pub stats: Option<&'a str>,
    /// Sealed payload.
    pub sealed: &'a [u8],
}

/// One stored event (or quarantined record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    /// Device id.
    pub device: [u8; 16],
    /// Sequence number.
    pub seq: u64,
    /// Event id.
    pub id: [u8; 16],
    /// Statistics JSON.
    pub stats: Option<String>,
    /// Sealed payload.
    pub sealed: Vec<u8>,
}

/// One item a device pulls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// Position in the feed (pull after it next time).
    pub cursor: u64,
    /// `directory` (a signed bundle) or `command` (a signed command).
    pub kind: String,
    /// The signed document.
    pub body: String,
}

/// What a push did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pushed {
    /// Highest contiguous sequence stored for the device.
    pub acked: u64,
    /// Ids quarantined by this push (or refused a place in a full quarantine slot).
    pub conflicts: Vec<[u8; 16]>,
    /// Set when the device's quota stopped the push: the events before the one that did
    /// not fit are stored, that one and the rest are not.
    pub over_quota: Option<OverQuota>,
}

/// Why an export set a record aside: it does not open with the organisation's key, or it
/// is not a valid event of the device that sent it.
pub const UNREADABLE: &str = "set aside by export: does not open or is not this device's event";

/// Why a record was quarantined: its id is stored with other content.
pub const SAME_ID_OTHER_CONTENT: &str = "same event id, different content";
/// Why a record was quarantined: its sequence number holds another event.
pub const SEQUENCE_TAKEN: &str = "sequence number already used by another event";

/// Digest of a record's content, so a repeated conflicting record is quarantined once.
pub fn content_digest(stats: Option<&str>, sealed: &[u8]) -> [u8; 32] {
    let mut d = stats.unwrap_or("").as_bytes().to_vec();
    d.push(0);
    d.extend_from_slice(sealed);
    sanad_crypto::seal::sha256(&d)
}

/// The acknowledgement after `acked`, given the filled sequence numbers above it in
/// ascending order: the highest one reached without a gap.
pub fn contiguous(acked: i64, filled: impl IntoIterator<Item = i64>) -> i64 {
    let mut acked = acked;
    for s in filled {
        if s != acked + 1 {
            break;
        }
        acked = s;
    }
    acked
}

/// The server's storage (with the person's rights, [`Rights`]).
pub trait Storage: Rights + Send + Sync + 'static {
    /// Record a one-time enrollment code (by hash) for a worker.
    fn add_enrollment(
        &self,
        code_hash: &[u8; 32],
        worker: &str,
        expires_ms: i64,
    ) -> Result<(), StorageError>;
    /// Redeem a code, creating the device.
    fn redeem(
        &self,
        code_hash: &[u8; 32],
        now_ms: i64,
        device: &[u8; 16],
        device_key: &[u8; 32],
        token_hash: &[u8; 32],
    ) -> Result<Redeem, StorageError>;
    /// The device holding this token hash.
    fn device_for_token(&self, token_hash: &[u8; 32]) -> Result<Option<TokenHolder>, StorageError>;
    /// One device.
    fn device(&self, id: &[u8; 16]) -> Result<Option<DeviceRecord>, StorageError>;
    /// Every device.
    fn devices(&self) -> Result<Vec<DeviceRecord>, StorageError>;
    /// Mark a device seen.
    fn touch(&self, id: &[u8; 16], now_ms: i64) -> Result<(), StorageError>;
    /// Revoke a device.
    fn revoke(&self, id: &[u8; 16]) -> Result<bool, StorageError>;
    /// Store a device's events (idempotent; conflicts quarantined, at most
    /// `quota.quarantine_per_seq` per slot), stopping at the first that does not fit the
    /// device's quota.
    fn push(
        &self,
        device: &[u8; 16],
        events: &[Incoming<'_>],
        now_ms: i64,
        quota: &Quota,
    ) -> Result<Pushed, StorageError>;
    /// Keep a copy of a stored event in quarantine with `reason` (export could not read it).
    fn set_aside(&self, event: &StoredEvent, reason: &str, now_ms: i64)
    -> Result<(), StorageError>;
    /// Publish a signed item for one device or for all; returns its cursor.
    fn publish(
        &self,
        device: Option<&[u8; 16]>,
        kind: &str,
        body: &str,
        now_ms: i64,
    ) -> Result<u64, StorageError>;
    /// Items for a device after a cursor.
    fn feed(
        &self,
        device: &[u8; 16],
        cursor: u64,
        limit: usize,
    ) -> Result<Vec<FeedItem>, StorageError>;
    /// Every stored event.
    fn events(&self) -> Result<Vec<StoredEvent>, StorageError>;
    /// Every quarantined record.
    fn quarantined(&self) -> Result<Vec<StoredEvent>, StorageError>;
}
