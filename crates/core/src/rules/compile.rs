//! Compiling the parts of a rule file, one function per table; [`RuleSet::from_toml`]
//! calls them in order. Every error names the rule it is about.

use super::{
    ClassDef, DimRuleDef, Expr, Fact, FactDef, GuardDef, OutcomeDef, RefDef, Rule, RuleError,
    check_reason, check_source, err, expr,
};
use crate::indicators::Dimension;
use crate::outcome::{Classification, Outcome, RefCategory};

/// A compiler of one expression, named by the rule it belongs to.
pub(super) struct Compiler<'a> {
    pub(super) names: &'a [String],
}

impl Compiler<'_> {
    pub(super) fn expr(&self, rule: &str, src: &str) -> Result<Expr, RuleError> {
        expr::parse(src, self.names).map_err(|p| err(rule, p))
    }
}

/// The dimension rule: at least one threshold, each needing two indicators or more, and a
/// reason for every dimension.
pub(super) fn dimension_reasons(def: &DimRuleDef) -> Result<[String; 6], RuleError> {
    check_source("dimension_rule", &def.source)?;
    if def.any_of.is_empty() {
        return Err(err("dimension_rule", "any_of is empty"));
    }
    if let Some(t) = def.any_of.iter().find(|t| t.strong + t.medium + t.weak < 2) {
        return Err(err(
            "dimension_rule",
            format!(
                "threshold {t:?} needs at least two indicators (a single one never makes a dimension positive)"
            ),
        ));
    }
    let mut dim_reasons: [String; 6] = Default::default();
    for (key, id) in &def.reasons {
        let d = Dimension::from_key(key).ok_or_else(|| {
            err(
                "dimension_rule.reasons",
                format!("unknown dimension '{key}'"),
            )
        })?;
        check_reason("dimension_rule.reasons", id)?;
        dim_reasons[d.index()] = id.clone();
    }
    if let Some(d) = Dimension::ALL
        .iter()
        .find(|d| dim_reasons[d.index()].is_empty())
    {
        return Err(err(
            "dimension_rule.reasons",
            format!("no reason for dimension '{d}'"),
        ));
    }
    Ok(dim_reasons)
}

/// The facts, each defined once, and the index of the required `child` fact.
pub(super) fn facts(defs: &[FactDef], c: &Compiler<'_>) -> Result<(Vec<Fact>, usize), RuleError> {
    let mut facts = Vec::new();
    for (i, f) in defs.iter().enumerate() {
        let rule = format!("fact '{}'", f.name);
        if c.names[..i].contains(&f.name) {
            return Err(err(rule, "defined twice"));
        }
        check_source(&rule, &f.source)?;
        if let Some(r) = &f.reason {
            check_reason(&rule, r)?;
        }
        facts.push(Fact {
            name: f.name.clone(),
            when: c.expr(&rule, &f.when)?,
            reason: f.reason.clone(),
            flag: f.flag,
        });
    }
    let child_fact = c.names.iter().position(|n| n == "child").ok_or_else(|| {
        err(
            "facts",
            "a fact named 'child' is required (it selects the weights)",
        )
    })?;
    Ok((facts, child_fact))
}

/// The gates then the outcomes, in one ordered list ending with `when = "true"`.
pub(super) fn outcomes(
    gates: &[OutcomeDef],
    outcomes: &[OutcomeDef],
    c: &Compiler<'_>,
) -> Result<Vec<Rule<Outcome>>, RuleError> {
    let mut rules = Vec::new();
    for (list, defs) in [("gate", gates), ("outcome", outcomes)] {
        for (i, d) in defs.iter().enumerate() {
            let rule = format!("{list} #{} ({})", i + 1, d.outcome);
            let value = Outcome::parse(&d.outcome)
                .ok_or_else(|| err(&rule, format!("unknown outcome '{}'", d.outcome)))?;
            if value.is_gate() != (list == "gate") {
                let right = if value.is_gate() { "gate" } else { "outcome" };
                return Err(err(
                    &rule,
                    format!("'{}' belongs in the {right} list", d.outcome),
                ));
            }
            check_source(&rule, &d.source)?;
            check_reason(&rule, &d.reason)?;
            rules.push(Rule {
                value,
                when: c.expr(&rule, &d.when)?,
                reason: d.reason.clone(),
                source: d.source.clone(),
            });
        }
    }
    if rules.last().map(|r| &r.when) != Some(&Expr::Const(true)) {
        return Err(err(
            "outcome",
            "the last outcome row must be `when = \"true\"` so every case gets an outcome",
        ));
    }
    Ok(rules)
}

/// The classifications, ending with `when = "true"`.
pub(super) fn classifications(
    defs: &[ClassDef],
    c: &Compiler<'_>,
) -> Result<Vec<Rule<Classification>>, RuleError> {
    let mut rules = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        let rule = format!("classification #{} ({})", i + 1, d.classification);
        let value = Classification::parse(&d.classification).ok_or_else(|| {
            err(
                &rule,
                format!("unknown classification '{}'", d.classification),
            )
        })?;
        check_source(&rule, &d.source)?;
        check_reason(&rule, &d.reason)?;
        rules.push(Rule {
            value,
            when: c.expr(&rule, &d.when)?,
            reason: d.reason.clone(),
            source: d.source.clone(),
        });
    }
    if rules.last().map(|r| &r.when) != Some(&Expr::Const(true)) {
        return Err(err(
            "classification",
            "the last classification row must be `when = \"true\"`",
        ));
    }
    Ok(rules)
}

/// The referral rules, each naming at least one known category.
pub(super) fn referrals(
    defs: &[RefDef],
    c: &Compiler<'_>,
) -> Result<Vec<Rule<Vec<RefCategory>>>, RuleError> {
    let mut rules = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        let rule = format!("referral #{}", i + 1);
        let mut refs = Vec::new();
        for r in &d.refs {
            refs.push(
                RefCategory::parse(r)
                    .ok_or_else(|| err(&rule, format!("unknown referral category '{r}'")))?,
            );
        }
        if refs.is_empty() {
            return Err(err(&rule, "refs is empty"));
        }
        check_source(&rule, &d.source)?;
        check_reason(&rule, &d.reason)?;
        rules.push(Rule {
            value: refs,
            when: c.expr(&rule, &d.when)?,
            reason: d.reason.clone(),
            source: d.source.clone(),
        });
    }
    Ok(rules)
}

/// The referral guards: a category offered only when its condition holds.
pub(super) fn guards(
    defs: &[GuardDef],
    c: &Compiler<'_>,
) -> Result<Vec<(RefCategory, Expr)>, RuleError> {
    let mut guards = Vec::new();
    for (i, g) in defs.iter().enumerate() {
        let rule = format!("referral_guard #{} ({})", i + 1, g.category);
        let cat = RefCategory::parse(&g.category)
            .ok_or_else(|| err(&rule, format!("unknown referral category '{}'", g.category)))?;
        check_source(&rule, &g.source)?;
        guards.push((cat, c.expr(&rule, &g.only_when)?));
    }
    Ok(guards)
}
