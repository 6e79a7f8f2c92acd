//! Typed views of a result's flags and of where each reason comes from, so the screens
//! match on them instead of comparing rule names or message ids.

use crate::indicators::Dimension;

/// A fact the result reports beside the decision (SCREENING-SPEC §4.1 "flags").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResultFlag {
    /// The person was smuggled (paid for, or helped across, a border).
    Smuggled,
    /// Smuggling that turned exploitative on the way.
    SmugglingTurnedExploitative,
    /// Scored with weights not verified for this form of exploitation.
    ProvisionalWeights,
}

impl ResultFlag {
    /// Every flag.
    pub const ALL: [ResultFlag; 3] = [
        ResultFlag::Smuggled,
        ResultFlag::SmugglingTurnedExploitative,
        ResultFlag::ProvisionalWeights,
    ];

    /// The fact's name in the rule set (and the key in the result's `flags`).
    pub fn name(self) -> &'static str {
        match self {
            ResultFlag::Smuggled => "smuggled",
            ResultFlag::SmugglingTurnedExploitative => "smuggling_turned_exploitative",
            ResultFlag::ProvisionalWeights => "provisional_weights",
        }
    }

    /// The flag of a fact name, if it is one.
    pub fn from_name(name: &str) -> Option<ResultFlag> {
        ResultFlag::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Which part of the rules gave a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReasonSource {
    /// The outcome row that fired.
    #[default]
    Outcome,
    /// A dimension's rule holds.
    Dimension(Dimension),
    /// A fact the result reports as a flag (`None`: a flag this app version does not
    /// know by name).
    Flag(Option<ResultFlag>),
    /// Another fact with a reason (e.g. a form of exploitation named).
    Fact,
    /// The classification row that fired.
    Classification,
    /// A referral rule.
    Referral,
}

impl ReasonSource {
    /// Whether a screening stopped by a gate hides this reason (a gate shows no flags or
    /// dimensions).
    pub fn hidden_by_gate(self) -> bool {
        matches!(self, ReasonSource::Dimension(_) | ReasonSource::Flag(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_rules_flag_exactly_the_known_flags() {
        let rules = crate::RuleSet::embedded().expect("rules");
        let named: Vec<Option<ResultFlag>> = rules
            .facts
            .iter()
            .filter(|f| f.flag)
            .map(|f| ResultFlag::from_name(&f.name))
            .collect();
        let mut known: Vec<ResultFlag> = named.iter().flatten().copied().collect();
        known.sort();
        assert_eq!(named.len(), known.len(), "a flag with no typed name");
        assert_eq!(known, ResultFlag::ALL);
    }

    #[test]
    fn a_gate_hides_flags_and_dimensions_only() {
        assert!(ReasonSource::Flag(Some(ResultFlag::Smuggled)).hidden_by_gate());
        assert!(ReasonSource::Dimension(Dimension::ALL[0]).hidden_by_gate());
        for s in [
            ReasonSource::Outcome,
            ReasonSource::Fact,
            ReasonSource::Classification,
            ReasonSource::Referral,
        ] {
            assert!(!s.hidden_by_gate(), "{s:?}");
        }
    }
}
