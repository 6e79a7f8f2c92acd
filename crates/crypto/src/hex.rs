//! Lower-case hex, as key files, signatures and certificates carry it: the wire format's
//! own hex (`sanad_protocol`), read with surrounding white space allowed (key files end
//! with a newline).

pub use sanad_protocol::hex;

/// Parse hex (surrounding white space allowed); `None` if it is not hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    sanad_protocol::unhex(s.trim())
}
