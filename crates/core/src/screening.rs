//! The screening engine's public API: results with reasons, and the adaptive order.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::codes::{Answer, Answers, CodeId, Family, all_code_ids, input_codes};
use crate::engine::{Decision, Eval, K, only};
use crate::flags::{ReasonSource, ResultFlag};
use crate::indicators::{Catalogue, Dimension, Profile, Strength};
use crate::outcome::{Classification, Outcome, RefCategory};
use crate::rules::{Mode, RuleError, RuleSet};

/// A localisable reason: a Fluent message id and the codes that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Fluent message id (exists in every locale; checked by the locale tests).
    pub message: String,
    /// The input codes behind it, in code order.
    pub codes: Vec<String>,
    /// Which part of the rules gave it (not part of the §5 output).
    #[serde(skip)]
    pub source: ReasonSource,
}

/// Per-dimension counts of present, scored indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DimensionResult {
    /// Whether the dimension rule holds.
    pub positive: bool,
    /// Present strong indicators.
    pub strong: u32,
    /// Present medium indicators.
    pub medium: u32,
    /// Present weak indicators.
    pub weak: u32,
}

/// The Palermo summary (explanatory).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Palermo {
    /// Some act element is indicated.
    pub act: bool,
    /// Some means element is indicated.
    pub means: bool,
    /// The exploitative purpose is indicated.
    pub purpose: bool,
}

/// Everything the engine computes for one answer set (SCREENING-SPEC §5 output).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningResult {
    /// The outcome.
    pub outcome: Outcome,
    /// The TIP-vs-SOM classification.
    pub classification: Classification,
    /// Whether the person is treated as a child.
    pub child: bool,
    /// Reported facts (`smuggled`, `smuggling_turned_exploitative`, `provisional_weights`).
    pub flags: BTreeMap<String, bool>,
    /// All six dimensions.
    pub dimensions: BTreeMap<&'static str, DimensionResult>,
    /// Act / means / purpose.
    pub palermo: Palermo,
    /// Suggested referral categories, sorted.
    pub referrals: Vec<RefCategory>,
    /// Number of input codes with no answer.
    pub unanswered: usize,
    /// Questions asked by the adaptive order (only in adaptive runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asked: Option<usize>,
    /// Why: one entry per rule that fired, with its evidence.
    pub reasons: Vec<Reason>,
}

impl ScreeningResult {
    /// The decided part (outcome, classification, referrals).
    pub fn decision(&self) -> Decision {
        Decision {
            outcome: self.outcome,
            classification: self.classification,
            referrals: self.referrals.clone(),
        }
    }
    /// Whether a gate stopped the screening (the UI then shows no flags or dimensions).
    pub fn is_gate(&self) -> bool {
        self.outcome.is_gate()
    }
    /// Whether a flag is set.
    pub fn flag(&self, f: ResultFlag) -> bool {
        self.flags.get(f.name()).copied().unwrap_or(false)
    }
}

/// The screening engine: a validated rule set plus the indicator catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Engine {
    rules: &'static RuleSet,
    order: &'static [CodeId],
}

impl Engine {
    /// The engine with the embedded rules; an invalid rule set is an error, not a panic.
    pub fn embedded() -> Result<Engine, RuleError> {
        Ok(Engine::with_rules(RuleSet::embedded()?))
    }

    /// An engine over rules published by the organisation (TOML, parsed and validated).
    /// Each distinct text is compiled once and kept for the program (rule sets are small
    /// and an organisation publishes few), so loading the same content again costs
    /// nothing and leaks nothing more.
    pub fn from_toml(text: &str) -> Result<Engine, RuleError> {
        use std::sync::{Mutex, OnceLock};
        static KEPT: OnceLock<Mutex<BTreeMap<String, &'static RuleSet>>> = OnceLock::new();
        let kept = KEPT.get_or_init(|| Mutex::new(BTreeMap::new()));
        // A poisoned lock only means another thread panicked while inserting: the map
        // itself is still whole.
        let mut kept = kept.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(r) = kept.get(text) {
            return Ok(Engine::with_rules(r));
        }
        let rules: &'static RuleSet = Box::leak(Box::new(RuleSet::from_toml(text)?));
        kept.insert(text.to_owned(), rules);
        Ok(Engine::with_rules(rules))
    }

    /// An engine over a rule set that lives for the program (load once, then leak or keep
    /// in a static; rule sets are small).
    pub fn with_rules(rules: &'static RuleSet) -> Engine {
        Engine {
            rules,
            order: question_order(),
        }
    }

    /// The rule set.
    pub fn rules(&self) -> &'static RuleSet {
        self.rules
    }

    /// Evaluate a complete (closed-world) answer set: unanswered codes count as not present.
    pub fn evaluate(&self, answers: &Answers) -> ScreeningResult {
        let rules = self.rules;
        let mut ev = Eval::closed(rules, answers);
        let outcome = only(ev.outcome_set(), Outcome::ALL).unwrap_or(Outcome::NoTipIndicators);
        let classification =
            only(ev.class_set(), Classification::ALL).unwrap_or(Classification::NoIndicators);
        let refs = ev.referrals();
        let referrals: Vec<RefCategory> = sorted_refs(
            RefCategory::ALL
                .iter()
                .copied()
                .filter(|c| refs[*c as usize] == K::T),
        );
        let child = ev.child() == K::T;
        let flags = rules
            .facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.flag)
            .map(|(i, f)| (f.name.clone(), ev.fact(i) == K::T))
            .collect();
        let mut dimensions = BTreeMap::new();
        for d in Dimension::ALL {
            let [s, m, w] = ev.present_in_dim(d).map(u128::count_ones);
            dimensions.insert(
                d.key(),
                DimensionResult {
                    positive: ev.dim(d) == K::T,
                    strong: s,
                    medium: m,
                    weak: w,
                },
            );
        }
        let [act, means, purpose] = rules.palermo.clone().map(|e| ev.eval(&e) == K::T);
        let reasons = self.reasons(&mut ev, &referrals);
        ScreeningResult {
            outcome,
            classification,
            child,
            flags,
            dimensions,
            palermo: Palermo {
                act,
                means,
                purpose,
            },
            referrals,
            unanswered: input_codes().len() - answers.answered_count(),
            asked: None,
            reasons,
        }
    }

    fn reasons(&self, ev: &mut Eval<'_>, referrals: &[RefCategory]) -> Vec<Reason> {
        let rules = self.rules;
        let mut out = Vec::new();
        let mut push = |source: ReasonSource, message: &str, mut codes: Vec<CodeId>| {
            codes.sort_unstable();
            codes.dedup();
            out.push(Reason {
                message: message.to_owned(),
                codes: codes.iter().map(|c| c.as_str().to_owned()).collect(),
                source,
            });
        };
        if let Some(i) = ev.fired_outcome() {
            let mut codes = Vec::new();
            ev.evidence(&rules.outcome_rules[i].when, &mut codes);
            push(ReasonSource::Outcome, &rules.outcome_rules[i].reason, codes);
        }
        for d in Dimension::ALL {
            if ev.dim(d) == K::T {
                let present = ev.present_in_dim(d).iter().fold(0, |a, b| a | b);
                push(
                    ReasonSource::Dimension(d),
                    &rules.dim_reasons[d.index()],
                    crate::rules::codes_in(present).collect(),
                );
            }
        }
        for (i, f) in rules.facts.iter().enumerate() {
            if let (Some(reason), K::T) = (&f.reason, ev.fact(i)) {
                let mut codes = Vec::new();
                ev.evidence(&f.when, &mut codes);
                let source = if f.flag {
                    ReasonSource::Flag(ResultFlag::from_name(&f.name))
                } else {
                    ReasonSource::Fact
                };
                push(source, reason, codes);
            }
        }
        if let Some(i) = ev.fired_class() {
            let mut codes = Vec::new();
            ev.evidence(&rules.class_rules[i].when, &mut codes);
            push(
                ReasonSource::Classification,
                &rules.class_rules[i].reason,
                codes,
            );
        }
        for r in &rules.referral_rules {
            let kept = r.value.iter().any(|c| referrals.contains(c));
            if kept && ev.eval(&r.when) == K::T {
                let mut codes = Vec::new();
                ev.evidence(&r.when, &mut codes);
                push(ReasonSource::Referral, &r.reason, codes);
            }
        }
        out
    }

    /// The decided part only (cheaper than [`Engine::evaluate`]).
    pub fn decide(&self, answers: &Answers) -> Decision {
        let mut ev = Eval::closed(self.rules, answers);
        let refs = ev.referrals();
        Decision {
            outcome: only(ev.outcome_set(), Outcome::ALL).unwrap_or(Outcome::NoTipIndicators),
            classification: only(ev.class_set(), Classification::ALL)
                .unwrap_or(Classification::NoIndicators),
            referrals: sorted_refs(
                RefCategory::ALL
                    .iter()
                    .copied()
                    .filter(|c| refs[*c as usize] == K::T),
            ),
        }
    }

    /// Whether no answer to any unanswered code could change the decision.
    pub fn is_decided(&self, answers: &Answers) -> bool {
        self.is_decided_skipping(answers, &[])
    }

    /// Like [`Engine::is_decided`], with `skipped` codes settled as "not present" (the
    /// worker chose not to ask them).
    pub fn is_decided_skipping(&self, answers: &Answers, skipped: &[CodeId]) -> bool {
        let (yes, open) = masks(self.rules, answers, skipped);
        Eval::new(self.rules, yes, open)
            .open_decision()
            .is_determined()
    }

    /// The next code to ask, or `None` when the decision is settled (the worker may still
    /// continue with [`Engine::remaining_in_order`]).
    ///
    /// Order: triage, informed consent, age, guardian consent, form of exploitation, then
    /// the ILO indicators grouped by dimension (strong first), smuggling facts, needs, and
    /// consent to a law-enforcement referral. Within that order the first code whose answer
    /// can still matter is chosen; codes that cannot change the decision are skipped.
    pub fn next_question(&self, answers: &Answers) -> Option<CodeId> {
        self.next_question_skipping(answers, &[])
    }

    /// Like [`Engine::next_question`], never proposing a `skipped` code and treating those
    /// as "not present".
    pub fn next_question_skipping(&self, answers: &Answers, skipped: &[CodeId]) -> Option<CodeId> {
        let (yes, open) = masks(self.rules, answers, skipped);
        let rules = self.rules;
        let base = Eval::new(rules, yes, open).open_decision();
        if base.is_determined() {
            return None;
        }
        let cat = Catalogue::embedded();
        let mut dim_matters: [Option<bool>; 6] = [None; 6];
        let mut first_open = None;
        for &c in self.order.iter().filter(|c| open & c.bit() != 0) {
            first_open.get_or_insert(c);
            let bit = c.bit();
            let direct = {
                let a = Eval::new(rules, yes | bit, open & !bit).open_decision();
                let b = Eval::new(rules, yes, open & !bit).open_decision();
                a != b
            };
            if direct {
                return Some(c);
            }
            if let Some(ind) = cat.get(c.as_str()) {
                let d = ind.dimension;
                let matters = *dim_matters[d.index()].get_or_insert_with(|| {
                    let mut now = Eval::new(rules, yes, open);
                    now.dim(d) == K::U && {
                        let a = Eval::new(rules, yes, open)
                            .with_dim(d, K::T)
                            .open_decision();
                        let b = Eval::new(rules, yes, open)
                            .with_dim(d, K::F)
                            .open_decision();
                        a != b
                    }
                });
                if matters {
                    return Some(c);
                }
            }
        }
        first_open
    }

    /// Unanswered codes in question order (to continue past the stop), without the codes
    /// an exclusive group rules out (once a child is unaccompanied, "separated" is not asked).
    pub fn remaining_in_order(&self, answers: &Answers) -> Vec<CodeId> {
        let excluded = self.rules.excluded_by(answers.yes_mask());
        self.order
            .iter()
            .copied()
            .filter(|c| answers.get(*c).is_none() && excluded & c.bit() == 0)
            .collect()
    }

    /// How `code` is put to the person given the answers so far: read aloud (`Ask`) or the
    /// worker's own check (`Observe`), from the rule set's `[[mode]]` rows.
    pub fn mode(&self, code: CodeId, answers: &Answers) -> Mode {
        self.rules.mode(code, answers)
    }

    /// Run the adaptive order, asking `ask` for each answer, until the decision is settled.
    /// Returns the result on the asked answers, with `asked` set.
    pub fn run_adaptive(
        &self,
        mut ask: impl FnMut(CodeId) -> Answer,
    ) -> (Answers, ScreeningResult) {
        let mut answers = Answers::new();
        let mut asked = 0;
        while let Some(code) = self.next_question(&answers) {
            answers.set(code, ask(code));
            asked += 1;
        }
        let mut result = self.evaluate(&answers);
        result.asked = Some(asked);
        (answers, result)
    }
}

/// (yes, open) bit sets: open = unanswered, not skipped and not ruled out by an exclusive
/// group.
fn masks(rules: &RuleSet, answers: &Answers, skipped: &[CodeId]) -> (u128, u128) {
    let skipped = skipped.iter().fold(0u128, |m, c| m | c.bit());
    let yes = answers.yes_mask();
    (
        yes,
        !answers.answered_mask() & !skipped & !rules.excluded_by(yes) & all_bits(),
    )
}

fn all_bits() -> u128 {
    let n = input_codes().len();
    if n >= 128 {
        u128::MAX
    } else {
        (1u128 << n) - 1
    }
}

fn sorted_refs(it: impl Iterator<Item = RefCategory>) -> Vec<RefCategory> {
    let mut v: Vec<RefCategory> = it.collect();
    v.sort_by_key(|c| c.as_str());
    v
}

/// The fixed question order (see [`Engine::next_question`]).
fn question_order() -> &'static [CodeId] {
    use std::sync::OnceLock;
    static ORDER: OnceLock<Vec<CodeId>> = OnceLock::new();
    ORDER.get_or_init(|| {
        let cat = Catalogue::embedded();
        let rank = |c: CodeId| -> (u8, usize, u8, usize) {
            let s = c.as_str();
            let group = match (Family::of(s), s) {
                (Some(Family::Safety), _) => 0,
                (_, "consent.informed_given") => 1,
                (_, "profile.age_under_18" | "profile.age_uncertain_presumed_child") => 2,
                (_, "consent.guardian_given") => 3,
                (Some(Family::Profile), _) => 4,
                (Some(Family::Ilo), _) => 5,
                (Some(Family::Som), _) => 6,
                (Some(Family::Needs), _) => 7,
                _ => 8,
            };
            let (dim, strength) = cat.get(s).map_or((0, 0), |i| {
                let st = match i
                    .strength(Profile::AdultLabour)
                    .or(i.strength(Profile::ChildLabour))
                {
                    Some(Strength::Strong) => 0,
                    Some(Strength::Medium) => 1,
                    Some(Strength::Weak) => 2,
                    None => 3,
                };
                (i.dimension.index(), st)
            });
            (group, dim, strength, c.index())
        };
        let mut v: Vec<CodeId> = all_code_ids().collect();
        v.sort_by_key(|c| rank(*c));
        v
    })
}
