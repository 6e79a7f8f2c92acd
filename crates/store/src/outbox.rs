//! Sync bookkeeping in the case store: the outbox of events ready for the wire and small
//! sealed settings (sync credentials, the acknowledged sequence). Both need the store
//! unlocked, and both are sealed under the store key like every other record.

use rusqlite::{OptionalExtension, params};
use sanad_core::CaseError;

use crate::vault::Vault;

const OUTBOX: &str = "outbox";
const SETTINGS: &str = "settings";

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> CaseError {
    move |_| CaseError::Storage(op)
}

fn damaged(table: &'static str, record: String) -> CaseError {
    CaseError::Damaged { table, record }
}

impl Vault {
    /// Store a small value under `name` (sealed; replaces any previous value).
    pub fn put_setting(&mut self, name: &str, value: &[u8]) -> Result<(), CaseError> {
        let o = self.unlocked()?;
        let sealed = o.session.seal(SETTINGS, name.as_bytes(), value);
        o.conn
            .execute(
                "INSERT INTO settings (name, sealed) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET sealed = ?2",
                params![name, sealed],
            )
            .map_err(storage("write setting"))?;
        Ok(())
    }

    /// The value stored under `name`, if any.
    pub fn setting(&self, name: &str) -> Result<Option<Vec<u8>>, CaseError> {
        let o = self.unlocked_ref()?;
        let sealed: Option<Vec<u8>> = o
            .conn
            .query_row("SELECT sealed FROM settings WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .map_err(storage("read setting"))?;
        sealed
            .map(|s| {
                o.session
                    .open(SETTINGS, name.as_bytes(), &s)
                    .map_err(|_| damaged(SETTINGS, name.to_owned()))
            })
            .transpose()
    }

    /// Add prepared wire records to the outbox, in one transaction (all or none).
    pub fn outbox_put(&mut self, records: &[(u64, Vec<u8>)]) -> Result<(), CaseError> {
        let o = self.unlocked()?;
        let tx = o.conn.transaction().map_err(storage("begin outbox"))?;
        {
            let mut ins = tx
                .prepare_cached("INSERT OR REPLACE INTO outbox (seq, sealed) VALUES (?1, ?2)")
                .map_err(storage("write outbox"))?;
            for (seq, bytes) in records {
                let sealed = o.session.seal(OUTBOX, &seq.to_be_bytes(), bytes);
                ins.execute(params![*seq as i64, sealed])
                    .map_err(storage("write outbox"))?;
            }
        }
        tx.commit().map_err(storage("commit outbox"))
    }

    /// Outbox records after `after`, in sequence order, until `max_bytes` (at least one).
    pub fn outbox_after(
        &self,
        after: u64,
        max_bytes: usize,
    ) -> Result<Vec<(u64, Vec<u8>)>, CaseError> {
        let o = self.unlocked_ref()?;
        let mut stmt = o
            .conn
            .prepare_cached("SELECT seq, sealed FROM outbox WHERE seq > ?1 ORDER BY seq")
            .map_err(storage("read outbox"))?;
        let mut rows = stmt.query([after as i64]).map_err(storage("read outbox"))?;
        let (mut out, mut total) = (Vec::new(), 0usize);
        while let Some(r) = rows.next().map_err(storage("read outbox"))? {
            let seq: i64 = r.get(0).map_err(storage("read outbox"))?;
            let sealed: Vec<u8> = r.get(1).map_err(storage("read outbox"))?;
            let seq = seq as u64;
            let plain = o
                .session
                .open_owned(OUTBOX, &seq.to_be_bytes(), sealed)
                .map_err(|_| damaged(OUTBOX, seq.to_string()))?;
            if !out.is_empty() && total + plain.len() > max_bytes {
                break;
            }
            total += plain.len();
            out.push((seq, plain));
        }
        Ok(out)
    }

    /// The highest sequence number in the outbox (0 if empty).
    pub fn outbox_last(&self) -> Result<u64, CaseError> {
        let o = self.unlocked_ref()?;
        let n: Option<i64> = o
            .conn
            .query_row("SELECT MAX(seq) FROM outbox", [], |r| r.get(0))
            .map_err(storage("read outbox"))?;
        Ok(n.unwrap_or(0) as u64)
    }

    /// Number of records waiting in the outbox.
    pub fn outbox_len(&self) -> Result<u64, CaseError> {
        let o = self.unlocked_ref()?;
        let n: i64 = o
            .conn
            .query_row("SELECT COUNT(*) FROM outbox", [], |r| r.get(0))
            .map_err(storage("read outbox"))?;
        Ok(n as u64)
    }

    /// Drop every outbox record up to `through` (the server has them).
    pub fn outbox_ack(&mut self, through: u64) -> Result<(), CaseError> {
        let o = self.unlocked()?;
        o.conn
            .execute("DELETE FROM outbox WHERE seq <= ?1", [through as i64])
            .map_err(storage("trim outbox"))?;
        Ok(())
    }

    /// This device's id (set when the store was created).
    pub fn device_id(&self) -> Result<sanad_core::Id, CaseError> {
        Ok(self.unlocked_ref()?.device_id)
    }
}
