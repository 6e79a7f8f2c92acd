//! An in-memory keystore for tests (feature `fake`): keys live in a map and die with it.
//!
//! Like a hardware keystore, the secret sealed under an alias is not in the sealed bytes: they
//! are only a handle, so a sealed blob opens only while the entry exists, and
//! [`Keystore::destroy`] makes every copy of it useless.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::{Keystore, KeystoreError, check_alias};

/// Per alias: the secrets sealed under it, by handle.
#[derive(Debug, Default)]
pub struct MemoryKeystore {
    keys: Mutex<HashMap<String, Vec<[u8; 32]>>>,
}

impl MemoryKeystore {
    /// An empty keystore.
    pub fn new() -> MemoryKeystore {
        MemoryKeystore::default()
    }

    /// The aliases that exist now (tests check that a wipe removed one).
    pub fn aliases(&self) -> Vec<String> {
        let mut v: Vec<String> = self.lock().keys().cloned().collect();
        v.sort();
        v
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Vec<[u8; 32]>>> {
        self.keys.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Keystore for MemoryKeystore {
    fn kind(&self) -> &'static str {
        "memory (tests)"
    }

    fn create(&self, alias: &str) -> Result<(), KeystoreError> {
        check_alias(alias)?;
        let mut keys = self.lock();
        if keys.contains_key(alias) {
            return Err(KeystoreError::Exists);
        }
        keys.insert(alias.to_owned(), Vec::new());
        Ok(())
    }

    fn seal(&self, alias: &str, secret: &[u8; 32]) -> Result<Vec<u8>, KeystoreError> {
        let mut keys = self.lock();
        let slots = keys.get_mut(alias).ok_or(KeystoreError::NotFound)?;
        slots.push(*secret);
        Ok(((slots.len() - 1) as u32).to_be_bytes().to_vec())
    }

    fn open(&self, alias: &str, sealed: &[u8]) -> Result<[u8; 32], KeystoreError> {
        let keys = self.lock();
        let slots = keys.get(alias).ok_or(KeystoreError::NotFound)?;
        let handle = <[u8; 4]>::try_from(sealed).map_err(|_| KeystoreError::Rejected)?;
        slots
            .get(u32::from_be_bytes(handle) as usize)
            .copied()
            .ok_or(KeystoreError::Rejected)
    }

    fn destroy(&self, alias: &str) -> Result<(), KeystoreError> {
        self.lock().remove(alias);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_destroyed_key_opens_nothing() {
        let ks = MemoryKeystore::new();
        ks.create("a").expect("create");
        assert_eq!(ks.create("a"), Err(KeystoreError::Exists));
        let sealed = ks.seal("a", &[7; 32]).expect("seal");
        assert_eq!(ks.open("a", &sealed), Ok([7; 32]));
        assert_eq!(ks.open("a", b"xx"), Err(KeystoreError::Rejected));
        ks.destroy("a").expect("destroy");
        assert_eq!(ks.open("a", &sealed), Err(KeystoreError::NotFound));
        assert!(ks.aliases().is_empty());
        ks.destroy("a").expect("destroying twice is fine");
    }
}
