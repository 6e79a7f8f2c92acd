//! Secrets: passphrases and key bytes, zeroized on drop, never printed.

use std::fmt;
use zeroize::{Zeroize, Zeroizing};

/// A passphrase (or any secret text). `Debug` and `Display` print `[redacted]`.
#[derive(Clone)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wrap a secret; the caller's `String` moves in and is zeroized when dropped.
    pub fn new(s: String) -> Secret {
        Secret(Zeroizing::new(s))
    }
    /// Read a secret line (e.g. from stdin), without its line ending.
    pub fn from_line(mut s: String) -> Secret {
        while s.ends_with('\n') || s.ends_with('\r') {
            s.pop();
        }
        Secret::new(s)
    }
    /// The secret's bytes (for the KDF and comparisons only).
    pub fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
    /// Number of characters (for the length policy).
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        // Constant time in the content (the length is not secret).
        let (a, b) = (self.bytes(), other.bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// 32 secret bytes, zeroized on drop.
#[derive(Clone, Zeroize)]
#[zeroize(drop)]
pub struct Key32(pub [u8; 32]);

impl fmt::Debug for Key32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key32([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let s = Secret::new("hunter2-MARKER".into());
        assert!(!format!("{s:?}").contains("MARKER"));
        let k = Key32([7; 32]);
        assert!(!format!("{k:?}").contains('7'));
        assert_eq!(
            Secret::from_line("abc\r\n".into()),
            Secret::new("abc".into())
        );
    }
}
