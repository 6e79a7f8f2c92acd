//! Where the server keeps devices and events: one trait, two backends (SQLite by default,
//! PostgreSQL for a `postgres://` URL), one conformance suite (`tests/storage.rs`) run on
//! both. The API calls it from blocking tasks, never on the async workers.

pub mod postgres;

pub use sanad_store::relay::{
    DeviceRecord, FeedItem, Incoming, OverQuota, Pushed, Quota, Redeem, RelayDb,
    RelayError as StorageError, StoredEvent, TokenHolder, UNREADABLE,
};

/// The server's storage.
pub trait Storage: Send + Sync + 'static {
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

impl Storage for RelayDb {
    fn add_enrollment(&self, h: &[u8; 32], w: &str, e: i64) -> Result<(), StorageError> {
        RelayDb::add_enrollment(self, h, w, e)
    }
    fn redeem(
        &self,
        h: &[u8; 32],
        now: i64,
        d: &[u8; 16],
        k: &[u8; 32],
        t: &[u8; 32],
    ) -> Result<Redeem, StorageError> {
        RelayDb::redeem(self, h, now, d, k, t)
    }
    fn device_for_token(&self, t: &[u8; 32]) -> Result<Option<TokenHolder>, StorageError> {
        RelayDb::device_for_token(self, t)
    }
    fn device(&self, id: &[u8; 16]) -> Result<Option<DeviceRecord>, StorageError> {
        RelayDb::device(self, id)
    }
    fn devices(&self) -> Result<Vec<DeviceRecord>, StorageError> {
        RelayDb::devices(self)
    }
    fn touch(&self, id: &[u8; 16], now: i64) -> Result<(), StorageError> {
        RelayDb::touch(self, id, now)
    }
    fn revoke(&self, id: &[u8; 16]) -> Result<bool, StorageError> {
        RelayDb::revoke(self, id)
    }
    fn push(
        &self,
        d: &[u8; 16],
        ev: &[Incoming<'_>],
        now: i64,
        q: &Quota,
    ) -> Result<Pushed, StorageError> {
        RelayDb::push(self, d, ev, now, q)
    }
    fn set_aside(&self, e: &StoredEvent, reason: &str, now: i64) -> Result<(), StorageError> {
        RelayDb::set_aside(self, e, reason, now)
    }
    fn publish(
        &self,
        d: Option<&[u8; 16]>,
        kind: &str,
        body: &str,
        now: i64,
    ) -> Result<u64, StorageError> {
        RelayDb::publish(self, d, kind, body, now)
    }
    fn feed(&self, d: &[u8; 16], c: u64, limit: usize) -> Result<Vec<FeedItem>, StorageError> {
        RelayDb::feed(self, d, c, limit)
    }
    fn events(&self) -> Result<Vec<StoredEvent>, StorageError> {
        RelayDb::events(self)
    }
    fn quarantined(&self) -> Result<Vec<StoredEvent>, StorageError> {
        RelayDb::quarantined(self)
    }
}
