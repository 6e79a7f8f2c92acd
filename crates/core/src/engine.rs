//! Evaluation of the rule set over an answer set, in three-valued (Kleene) logic.
//!
//! In a final result every unanswered code counts as "not present" (closed world). The
//! adaptive order evaluates the same rules with unasked codes as *unknown* (open world): a
//! Kleene value that comes out true or false holds for every way the unknown codes could
//! be answered, so a decision that is fully determined in the open world equals the
//! decision with every code answered. That is the stopping test (SCREENING-SPEC §4); unlike
//! an "all remaining = no" vs "all remaining = yes" comparison it stays sound for the
//! non-monotone referral rules (`avrr` and `consular` need `asylum_or_fears_return` to be
//! *not* yes).

use crate::codes::{Answers, CodeId};
use crate::indicators::Dimension;
use crate::outcome::{Classification, Outcome, RefCategory};
use crate::rules::{Expr, RuleSet, codes_in};

/// A three-valued truth value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum K {
    F,
    U,
    T,
}

impl K {
    fn from(b: bool) -> K {
        if b { K::T } else { K::F }
    }
    fn not(self) -> K {
        match self {
            K::T => K::F,
            K::F => K::T,
            K::U => K::U,
        }
    }
}

/// What is decided: the parts the adaptive order must not change (SCREENING-SPEC §4).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decision {
    /// The outcome.
    pub outcome: Outcome,
    /// The TIP-vs-SOM classification.
    pub classification: Classification,
    /// Suggested referral categories, sorted.
    pub referrals: Vec<RefCategory>,
}

/// The open-world state of a decision: the possible outcomes and classifications, each
/// referral category's three-valued membership, and each flag the result shows (a flag is
/// shown only when no gate applies; SCREENING-SPEC §4.1 "flags count").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OpenDecision {
    pub outcomes: u32,
    pub classes: u32,
    pub refs: Vec<K>,
    pub flags: Vec<K>,
}

impl OpenDecision {
    pub(crate) fn is_determined(&self) -> bool {
        self.outcomes.count_ones() == 1
            && self.classes.count_ones() == 1
            && self.refs.iter().all(|k| *k != K::U)
            && self.flags.iter().all(|k| *k != K::U)
    }
}

/// One evaluation over fixed answers. Values are memoised; the rule set is acyclic
/// (checked at load), so the recursion terminates.
pub(crate) struct Eval<'r> {
    rules: &'r RuleSet,
    yes: u128,
    open: u128,
    facts: Vec<Option<K>>,
    dims: [Option<K>; 6],
    dim_override: [Option<K>; 6],
    outcomes: Option<u32>,
    fired_outcome: Option<usize>,
    classes: Option<u32>,
    fired_class: Option<usize>,
}

impl<'r> Eval<'r> {
    /// `yes`: codes answered yes; `open`: codes whose answer is still unknown.
    pub(crate) fn new(rules: &'r RuleSet, yes: u128, open: u128) -> Eval<'r> {
        Eval {
            rules,
            yes,
            open,
            facts: vec![None; rules.facts.len()],
            dims: [None; 6],
            dim_override: [None; 6],
            outcomes: None,
            fired_outcome: None,
            classes: None,
            fired_class: None,
        }
    }

    /// Closed world over an answer set.
    pub(crate) fn closed(rules: &'r RuleSet, answers: &Answers) -> Eval<'r> {
        Eval::new(rules, answers.yes_mask(), 0)
    }

    pub(crate) fn with_dim(mut self, d: Dimension, v: K) -> Self {
        self.dim_override[d.index()] = Some(v);
        self
    }

    pub(crate) fn eval(&mut self, e: &Expr) -> K {
        match e {
            Expr::Const(b) => K::from(*b),
            Expr::Yes(c) => self.code(c.bit()),
            Expr::Any(mask) => self.code(*mask),
            Expr::Dim(d) => self.dim(*d),
            Expr::Fact(i) => self.fact(*i),
            Expr::Outcome(o) => set_member(self.outcome_set(), o.bit()),
            Expr::Class(c) => set_member(self.class_set(), c.bit()),
            Expr::Gate => {
                let gates: u32 = Outcome::ALL
                    .iter()
                    .filter(|o| o.is_gate())
                    .fold(0, |m, o| m | o.bit());
                let set = self.outcome_set();
                if set & !gates == 0 {
                    K::T
                } else if set & gates == 0 {
                    K::F
                } else {
                    K::U
                }
            }
            Expr::Not(inner) => self.eval(inner).not(),
            Expr::And(v) => {
                let mut acc = K::T;
                for x in v {
                    match self.eval(x) {
                        K::F => return K::F,
                        K::U => acc = K::U,
                        K::T => {}
                    }
                }
                acc
            }
            Expr::Or(v) => {
                let mut acc = K::F;
                for x in v {
                    match self.eval(x) {
                        K::T => return K::T,
                        K::U => acc = K::U,
                        K::F => {}
                    }
                }
                acc
            }
        }
    }

    fn code(&self, mask: u128) -> K {
        if self.yes & mask != 0 {
            K::T
        } else if self.open & mask != 0 {
            K::U
        } else {
            K::F
        }
    }

    pub(crate) fn fact(&mut self, i: usize) -> K {
        if let Some(k) = self.facts[i] {
            return k;
        }
        let rules = self.rules;
        let k = self.eval(&rules.facts[i].when);
        self.facts[i] = Some(k);
        k
    }

    pub(crate) fn child(&mut self) -> K {
        self.fact(self.rules.child_fact)
    }

    /// Weight columns to consider: 0 adult, 1 child; both while child is undetermined.
    fn profiles(&mut self) -> &'static [usize] {
        match self.child() {
            K::T => &[1],
            K::F => &[0],
            K::U => &[0, 1],
        }
    }

    fn meets(&self, counts: [u32; 3]) -> bool {
        self.rules.thresholds.iter().any(|t| {
            counts[0] >= u32::from(t.strong)
                && counts[1] >= u32::from(t.medium)
                && counts[2] >= u32::from(t.weak)
        })
    }

    pub(crate) fn dim(&mut self, d: Dimension) -> K {
        if let Some(k) = self.dim_override[d.index()].or(self.dims[d.index()]) {
            return k;
        }
        let mut acc: Option<K> = None;
        for &p in self.profiles() {
            let m = self.rules.masks[p][d.index()];
            let count = |bits: u128| m.map(|s| (s & bits).count_ones());
            let definite = self.meets(count(self.yes));
            let possible = self.meets(count(self.yes | self.open));
            let k = if definite {
                K::T
            } else if possible {
                K::U
            } else {
                K::F
            };
            acc = Some(match acc {
                None => k,
                Some(prev) if prev == k => k,
                Some(_) => K::U,
            });
        }
        let k = acc.unwrap_or(K::U);
        self.dims[d.index()] = Some(k);
        k
    }

    /// Possible outcomes (a one-element set in the closed world).
    pub(crate) fn outcome_set(&mut self) -> u32 {
        if let Some(s) = self.outcomes {
            return s;
        }
        let rules = self.rules;
        let mut set = 0;
        for (i, r) in rules.outcome_rules.iter().enumerate() {
            match self.eval(&r.when) {
                K::T => {
                    set |= r.value.bit();
                    if set == r.value.bit() {
                        self.fired_outcome = Some(i);
                    }
                    break;
                }
                K::U => set |= r.value.bit(),
                K::F => {}
            }
        }
        self.outcomes = Some(set);
        set
    }

    pub(crate) fn class_set(&mut self) -> u32 {
        if let Some(s) = self.classes {
            return s;
        }
        let rules = self.rules;
        let mut set = 0;
        for (i, r) in rules.class_rules.iter().enumerate() {
            match self.eval(&r.when) {
                K::T => {
                    set |= r.value.bit();
                    if set == r.value.bit() {
                        self.fired_class = Some(i);
                    }
                    break;
                }
                K::U => set |= r.value.bit(),
                K::F => {}
            }
        }
        self.classes = Some(set);
        set
    }

    /// Membership of each referral category (indexed like `RefCategory::ALL`).
    pub(crate) fn referrals(&mut self) -> Vec<K> {
        let rules = self.rules;
        let mut refs = vec![K::F; RefCategory::ALL.len()];
        for r in &rules.referral_rules {
            let k = self.eval(&r.when);
            for c in &r.value {
                let slot = &mut refs[*c as usize];
                *slot = match (*slot, k) {
                    (K::T, _) | (_, K::T) => K::T,
                    (K::U, _) | (_, K::U) => K::U,
                    _ => K::F,
                };
            }
        }
        for (c, only_when) in &rules.guards {
            let g = self.eval(only_when);
            let slot = &mut refs[*c as usize];
            *slot = match (*slot, g) {
                (K::F, _) | (_, K::F) => K::F,
                (K::U, _) | (_, K::U) => K::U,
                _ => K::T,
            };
        }
        refs
    }

    pub(crate) fn open_decision(&mut self) -> OpenDecision {
        OpenDecision {
            outcomes: self.outcome_set(),
            classes: self.class_set(),
            refs: self.referrals(),
            flags: self.shown_flags(),
        }
    }

    /// Each flag as the result shows it: `not gate and flag` (on a gate outcome the UI
    /// shows no flags).
    pub(crate) fn shown_flags(&mut self) -> Vec<K> {
        let rules = self.rules;
        let not_gate = self.eval(&Expr::Gate).not();
        let mut out = Vec::new();
        for (i, f) in rules.facts.iter().enumerate() {
            if f.flag {
                out.push(match (not_gate, self.fact(i)) {
                    (K::F, _) | (_, K::F) => K::F,
                    (K::U, _) | (_, K::U) => K::U,
                    _ => K::T,
                });
            }
        }
        out
    }

    /// Index of the outcome rule that decided (closed world).
    pub(crate) fn fired_outcome(&mut self) -> Option<usize> {
        self.outcome_set();
        self.fired_outcome
    }

    pub(crate) fn fired_class(&mut self) -> Option<usize> {
        self.class_set();
        self.fired_class
    }

    /// Indicator codes present and scored in a dimension under the chosen weights.
    pub(crate) fn present_in_dim(&mut self, d: Dimension) -> [u128; 3] {
        let p = if self.child() == K::T { 1 } else { 0 };
        self.rules.masks[p][d.index()].map(|m| m & self.yes)
    }

    /// The codes answered yes that make a true expression true (closed world): the
    /// evidence behind a reason. Negated parts give no evidence.
    pub(crate) fn evidence(&mut self, e: &Expr, out: &mut Vec<CodeId>) {
        if self.eval(e) != K::T {
            return;
        }
        let rules = self.rules;
        match e {
            Expr::Yes(c) => out.push(*c),
            Expr::Any(mask) => out.extend(codes_in(mask & self.yes)),
            Expr::Dim(d) => {
                let present = self.present_in_dim(*d);
                out.extend(codes_in(present.iter().fold(0, |a, b| a | b)));
            }
            Expr::Fact(i) => self.evidence(&rules.facts[*i].when, out),
            Expr::Outcome(_) | Expr::Gate => {
                if let Some(i) = self.fired_outcome() {
                    self.evidence(&rules.outcome_rules[i].when, out);
                }
            }
            Expr::Class(_) => {
                if let Some(i) = self.fired_class() {
                    self.evidence(&rules.class_rules[i].when, out);
                }
            }
            Expr::And(v) | Expr::Or(v) => {
                for x in v {
                    self.evidence(x, out);
                }
            }
            Expr::Not(_) | Expr::Const(_) => {}
        }
    }
}

fn set_member(set: u32, bit: u32) -> K {
    if set == bit {
        K::T
    } else if set & bit == 0 {
        K::F
    } else {
        K::U
    }
}

/// Single member of a one-element bit set over an enum's `ALL`.
pub(crate) fn only<T: Copy>(set: u32, all: &[T]) -> Option<T> {
    if set.count_ones() == 1 {
        all.get(set.trailing_zeros() as usize).copied()
    } else {
        None
    }
}
