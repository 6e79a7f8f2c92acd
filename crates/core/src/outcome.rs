//! The engine's outputs: outcomes, classifications and referral categories.

use serde::{Deserialize, Serialize};

macro_rules! named_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $s)] $v),+ }
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            /// The stable wire name.
            pub fn as_str(self) -> &'static str { match self { $($name::$v => $s),+ } }
            /// Parse the wire name.
            pub fn parse(s: &str) -> Option<$name> { Self::ALL.iter().copied().find(|v| v.as_str() == s) }
            #[allow(dead_code)]
            pub(crate) fn bit(self) -> u32 { 1 << (self as u32) }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

named_enum! {
    /// The screening outcome (SCREENING-SPEC §2).
    Outcome {
        /// Gate 1: danger or urgent medical need.
        EmergencyFirst = "emergency_first",
        /// Gate 2: a possible controller is present.
        DeferInterview = "defer_interview",
        /// Gate 3: no informed consent (or no guardian consent for a child).
        NoConsent = "no_consent",
        /// Adult: recruitment, purpose and destination elements all indicated.
        TipIndicatorsMet = "tip_indicators_met",
        /// Adult: purpose plus one other element.
        TipIndicatorsPartial = "tip_indicators_partial",
        /// Adult: exploitation without the other elements.
        ExploitationOnly = "exploitation_only",
        /// Adult: recruitment or destination without exploitation.
        VulnerabilityOnly = "vulnerability_only",
        /// Adult: nothing positive.
        NoTipIndicators = "no_tip_indicators",
        /// Child: exploitative purpose (no means needed).
        ChildTipIndicatorsMet = "child_tip_indicators_met",
        /// Child: recruitment or destination without purpose.
        ChildAtRisk = "child_at_risk",
        /// Child: nothing positive.
        ChildNoTipIndicators = "child_no_tip_indicators",
    }
}

impl Outcome {
    /// Whether this is a gate outcome (no assessment was made).
    pub fn is_gate(self) -> bool {
        matches!(
            self,
            Outcome::EmergencyFirst | Outcome::DeferInterview | Outcome::NoConsent
        )
    }
    /// Severity rank used by the monotonicity property: adding a `yes` after the gates never
    /// lowers it. Gate outcomes have no rank.
    pub fn rank(self) -> Option<u8> {
        Some(match self {
            Outcome::NoTipIndicators | Outcome::ChildNoTipIndicators => 0,
            Outcome::ExploitationOnly | Outcome::VulnerabilityOnly | Outcome::ChildAtRisk => 1,
            Outcome::TipIndicatorsPartial => 2,
            Outcome::TipIndicatorsMet | Outcome::ChildTipIndicatorsMet => 3,
            _ => return None,
        })
    }
}

named_enum! {
    /// The TIP-vs-SOM answer shown first to the worker.
    Classification {
        /// A gate applied: nothing was assessed.
        NotAssessed = "not_assessed",
        /// Trafficking indicators in a smuggling journey.
        SmugglingAndTraffickingIndicators = "smuggling_and_trafficking_indicators",
        /// Trafficking indicators.
        TraffickingIndicators = "trafficking_indicators",
        /// Smuggling without trafficking indicators.
        SmugglingOnly = "smuggling_only",
        /// Some vulnerability or exploitation, not the trafficking threshold.
        VulnerabilityIndicators = "vulnerability_indicators",
        /// No indicators found.
        NoIndicators = "no_indicators",
    }
}

named_enum! {
    /// Referral categories (`ref.*`); the directory maps services to them.
    RefCategory {
        /// Emergency services.
        Emergency = "ref.emergency",
        /// Medical care.
        Medical = "ref.medical",
        /// Psychosocial support.
        Psychosocial = "ref.psychosocial",
        /// Shelter.
        Shelter = "ref.shelter",
        /// Legal aid.
        LegalAid = "ref.legal_aid",
        /// Asylum and refugee protection.
        Asylum = "ref.asylum",
        /// Child protection.
        ChildProtection = "ref.child_protection",
        /// Assisted voluntary return and reintegration.
        Avrr = "ref.avrr",
        /// Food, clothes, winter kits.
        BasicNeeds = "ref.basic_needs",
        /// National trafficking reporting line.
        TipHotline = "ref.tip_hotline",
        /// Police, gendarmerie or prosecutor (only with consent).
        LawEnforcement = "ref.law_enforcement",
        /// Consular assistance.
        Consular = "ref.consular",
        /// Education, training, livelihoods.
        EducationTraining = "ref.education_training",
    }
}
