//! The screening rule set: loaded from TOML (`data/rules.toml` is embedded), validated and
//! compiled once. A malformed rule set is a [`RuleError`] naming the rule, never a panic.

mod compile;
mod expr;
mod modes;

pub(crate) use expr::Expr;
pub use modes::Mode;

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::codes::{CodeId, all_code_ids};
use crate::indicators::{Catalogue, Profile, Strength};
use crate::outcome::{Classification, Outcome, RefCategory};

/// The rule set shipped with the app.
pub const EMBEDDED_RULES: &str = include_str!("../../data/rules.toml");

/// What is wrong with a rule set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rule set: {rule}: {problem}")]
pub struct RuleError {
    /// Which rule (e.g. `outcome #3 (tip_indicators_partial)`), or `file`.
    pub rule: String,
    /// What is wrong with it.
    pub problem: String,
}

fn err(rule: impl Into<String>, problem: impl Into<String>) -> RuleError {
    RuleError {
        rule: rule.into(),
        problem: problem.into(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    version: u32,
    source: String,
    dimension_rule: DimRuleDef,
    #[serde(default, rename = "fact")]
    facts: Vec<FactDef>,
    #[serde(default, rename = "gate")]
    gates: Vec<OutcomeDef>,
    #[serde(default, rename = "outcome")]
    outcomes: Vec<OutcomeDef>,
    #[serde(default, rename = "classification")]
    classifications: Vec<ClassDef>,
    #[serde(default, rename = "referral")]
    referrals: Vec<RefDef>,
    #[serde(default, rename = "referral_guard")]
    guards: Vec<GuardDef>,
    palermo: PalermoDef,
    #[serde(default, rename = "mode")]
    modes: Vec<modes::ModeDef>,
    #[serde(default, rename = "exclusive")]
    exclusive: Vec<modes::ExclusiveDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimRuleDef {
    source: String,
    any_of: Vec<Threshold>,
    reasons: BTreeMap<String, String>,
}

/// Minimum counts of present indicators by strength.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub(crate) struct Threshold {
    #[serde(default)]
    pub strong: u8,
    #[serde(default)]
    pub medium: u8,
    #[serde(default)]
    pub weak: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactDef {
    name: String,
    when: String,
    source: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    flag: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeDef {
    outcome: String,
    when: String,
    source: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassDef {
    classification: String,
    when: String,
    source: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RefDef {
    when: String,
    refs: Vec<String>,
    source: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuardDef {
    #[serde(rename = "ref")]
    category: String,
    only_when: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PalermoDef {
    act: String,
    means: String,
    purpose: String,
    source: String,
}

/// A named fact.
#[derive(Debug, Clone)]
pub(crate) struct Fact {
    pub name: String,
    pub when: Expr,
    pub reason: Option<String>,
    pub flag: bool,
}

/// A rule giving a value when its condition holds.
#[derive(Debug, Clone)]
pub(crate) struct Rule<T> {
    pub value: T,
    pub when: Expr,
    pub reason: String,
    pub source: String,
}

/// The validated, compiled rule set.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub(crate) version: u32,
    pub(crate) source: String,
    pub(crate) thresholds: Vec<Threshold>,
    pub(crate) dim_reasons: [String; 6],
    pub(crate) facts: Vec<Fact>,
    pub(crate) child_fact: usize,
    /// Gates, then outcomes: first match wins.
    pub(crate) outcome_rules: Vec<Rule<Outcome>>,
    pub(crate) class_rules: Vec<Rule<Classification>>,
    pub(crate) referral_rules: Vec<Rule<Vec<RefCategory>>>,
    pub(crate) guards: Vec<(RefCategory, Expr)>,
    pub(crate) palermo: [Expr; 3],
    /// `masks[profile][dimension][strength]`: code bits of scored indicators.
    pub(crate) masks: [[[u128; 3]; 6]; 2],
    /// How codes are put to the person (first matching row; `ask` by default).
    pub(crate) modes: Vec<modes::ModeRule>,
    /// Groups of codes of which at most one is yes.
    pub(crate) exclusive: Vec<u128>,
}

fn check_reason(rule: &str, id: &str) -> Result<(), RuleError> {
    let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(err(
            rule,
            format!("reason '{id}' is not a Fluent message id (a-z, 0-9, '-')"),
        ))
    }
}

fn check_source(rule: &str, source: &str) -> Result<(), RuleError> {
    if source.trim().is_empty() {
        Err(err(rule, "every rule needs a source note"))
    } else {
        Ok(())
    }
}

impl RuleSet {
    /// The embedded rule set, validated once.
    pub fn embedded() -> Result<&'static RuleSet, RuleError> {
        static RULES: OnceLock<Result<RuleSet, RuleError>> = OnceLock::new();
        RULES
            .get_or_init(|| RuleSet::from_toml(EMBEDDED_RULES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parse, validate and compile a rule set.
    pub fn from_toml(text: &str) -> Result<RuleSet, RuleError> {
        let file: RuleFile = toml::from_str(text).map_err(|e| err("file", e.to_string()))?;
        if file.version != 1 {
            return Err(err(
                "file",
                format!("unsupported rule set version {}", file.version),
            ));
        }
        check_source("file", &file.source)?;
        let dim_reasons = compile::dimension_reasons(&file.dimension_rule)?;
        let names: Vec<String> = file.facts.iter().map(|f| f.name.clone()).collect();
        let c = compile::Compiler { names: &names };
        let (facts, child_fact) = compile::facts(&file.facts, &c)?;
        let outcome_rules = compile::outcomes(&file.gates, &file.outcomes, &c)?;
        let class_rules = compile::classifications(&file.classifications, &c)?;
        let referral_rules = compile::referrals(&file.referrals, &c)?;
        let guards = compile::guards(&file.guards, &c)?;
        check_source("palermo", &file.palermo.source)?;
        let palermo = [
            c.expr("palermo.act", &file.palermo.act)?,
            c.expr("palermo.means", &file.palermo.means)?,
            c.expr("palermo.purpose", &file.palermo.purpose)?,
        ];
        let modes = modes::compile_modes(&file.modes, &names)?;
        let exclusive = modes::compile_exclusive(&file.exclusive)?;

        let set = RuleSet {
            version: file.version,
            source: file.source,
            thresholds: file.dimension_rule.any_of,
            dim_reasons,
            facts,
            child_fact,
            outcome_rules,
            class_rules,
            referral_rules,
            guards,
            palermo,
            masks: build_masks(),
            modes,
            exclusive,
        };
        set.check_cycles()?;
        Ok(set)
    }

    /// Reject definitions that depend on themselves (a fact on the outcome that depends on
    /// the fact, ...). Nodes: facts, then the outcome, then the classification.
    fn check_cycles(&self) -> Result<(), RuleError> {
        let n = self.facts.len();
        let (outcome_node, class_node) = (n, n + 1);
        let deps = |e: &Expr, out: &mut Vec<usize>| {
            e.atoms(&mut |a| match a {
                Expr::Fact(i) => out.push(*i),
                Expr::Dim(_) => out.push(self.child_fact),
                Expr::Outcome(_) | Expr::Gate => out.push(outcome_node),
                Expr::Class(_) => out.push(class_node),
                _ => {}
            })
        };
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); n + 2];
        for (i, f) in self.facts.iter().enumerate() {
            deps(&f.when, &mut edges[i]);
        }
        for r in &self.outcome_rules {
            deps(&r.when, &mut edges[outcome_node]);
        }
        for r in &self.class_rules {
            deps(&r.when, &mut edges[class_node]);
        }
        let name = |i: usize| match i {
            i if i < n => format!("fact '{}'", self.facts[i].name),
            i if i == outcome_node => "the outcome rules".to_string(),
            _ => "the classification rules".to_string(),
        };
        // Iterative DFS with colours: 0 new, 1 on stack, 2 done.
        let mut colour = vec![0u8; n + 2];
        for start in 0..n + 2 {
            if colour[start] != 0 {
                continue;
            }
            let mut stack = vec![(start, 0usize)];
            colour[start] = 1;
            while let Some((node, next)) = stack.pop() {
                if let Some(&dep) = edges[node].get(next) {
                    stack.push((node, next + 1));
                    match colour[dep] {
                        0 => {
                            colour[dep] = 1;
                            stack.push((dep, 0));
                        }
                        1 => {
                            return Err(err(
                                name(dep),
                                format!("depends on itself (through {})", name(node)),
                            ));
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                }
            }
        }
        Ok(())
    }

    /// Every Fluent message id the engine can emit as a reason (for the locale check).
    pub fn message_ids(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.dim_reasons.iter().map(String::as_str).collect();
        v.extend(self.facts.iter().filter_map(|f| f.reason.as_deref()));
        v.extend(self.outcome_rules.iter().map(|r| r.reason.as_str()));
        v.extend(self.class_rules.iter().map(|r| r.reason.as_str()));
        v.extend(self.referral_rules.iter().map(|r| r.reason.as_str()));
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Source notes of every rule, for the "about these rules" screen and audits.
    pub fn sources(&self) -> Vec<(String, String)> {
        let mut v = vec![("rule set".to_string(), self.source.clone())];
        v.extend(
            self.outcome_rules
                .iter()
                .map(|r| (format!("outcome {}", r.value), r.source.clone())),
        );
        v.extend(
            self.class_rules
                .iter()
                .map(|r| (format!("classification {}", r.value), r.source.clone())),
        );
        v.extend(
            self.referral_rules
                .iter()
                .map(|r| (format!("referral {}", r.reason), r.source.clone())),
        );
        v.extend(self.mode_sources());
        v
    }

    /// Names of the facts reported as output flags.
    pub fn flag_names(&self) -> impl Iterator<Item = &str> {
        self.facts
            .iter()
            .filter(|f| f.flag)
            .map(|f| f.name.as_str())
    }

    /// Rule set format version.
    pub fn version(&self) -> u32 {
        self.version
    }
}

fn build_masks() -> [[[u128; 3]; 6]; 2] {
    let mut masks = [[[0u128; 3]; 6]; 2];
    let cat = Catalogue::embedded();
    for id in all_code_ids() {
        let Some(ind) = cat.get(id.as_str()) else {
            continue;
        };
        for (p, profile) in [Profile::AdultLabour, Profile::ChildLabour]
            .into_iter()
            .enumerate()
        {
            if let Some(s) = ind.strength(profile) {
                masks[p][ind.dimension.index()][strength_index(s)] |= id.bit();
            }
        }
    }
    masks
}

pub(crate) fn strength_index(s: Strength) -> usize {
    match s {
        Strength::Strong => 0,
        Strength::Medium => 1,
        Strength::Weak => 2,
    }
}

/// The code of an indicator mask bit (helper for evidence listing).
pub(crate) fn codes_in(mask: u128) -> impl Iterator<Item = CodeId> {
    all_code_ids().filter(move |id| mask & id.bit() != 0)
}

#[cfg(test)]
mod tests;
