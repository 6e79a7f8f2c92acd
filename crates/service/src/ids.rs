//! Typed ids: a case, an event and a device are different things even though each is a
//! 128-bit id. Parsing text that is not an id is an error, never a silent skip.

use sanad_core::Id;
use std::fmt;

/// Text that should have been an id and is not.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} id is not valid (expected 32 hex digits or a UUID)")]
pub struct IdError {
    /// Which kind of id (`case`, `event`, `device`).
    pub what: &'static str,
}

macro_rules! typed_id {
    ($name:ident, $what:literal, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub Id);

        impl $name {
            /// Parse the text form; an error names what was expected.
            pub fn parse(s: &str) -> Result<$name, IdError> {
                Id::parse(s).map($name).ok_or(IdError { what: $what })
            }
            /// The store's id.
            pub fn raw(self) -> Id {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }
    };
}

typed_id!(CaseId, "case", "A case.");
typed_id!(
    EventId,
    "event",
    "An event of a case log (a referral is named by its event)."
);
typed_id!(
    DeviceId,
    "device",
    "A device enrolled with the organisation."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unparsable_id_is_an_error_naming_its_kind() {
        assert_eq!(CaseId::parse("not-an-id"), Err(IdError { what: "case" }));
        assert_eq!(EventId::parse(""), Err(IdError { what: "event" }));
        let id = Id([7; 16]);
        assert_eq!(CaseId::parse(&id.to_string()), Ok(CaseId(id)));
        assert_eq!(CaseId(id).to_string(), id.to_string());
    }
}
