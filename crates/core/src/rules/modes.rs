//! How each code is put to the person, and which codes exclude each other (SCREENING-SPEC
//! §4.1): rule data beside the rules, in `[[mode]]` and `[[exclusive]]` rows.

use serde::{Deserialize, Serialize};

use super::{Expr, RuleError, RuleSet, check_source, err, expr};
use crate::codes::{Answers, CodeId, code_id};
use crate::engine::{Eval, K};

/// How a code is put to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Read aloud to the person.
    Ask,
    /// The worker's own check: observed, never read aloud (asked only when alone).
    Observe,
}

impl Mode {
    /// `ask` or `observe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Ask => "ask",
            Mode::Observe => "observe",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ModeDef {
    codes: Vec<String>,
    mode: Mode,
    #[serde(default)]
    when: Option<String>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExclusiveDef {
    codes: Vec<String>,
    source: String,
}

/// A mode row: the codes it covers, and when it applies (always without `when`).
#[derive(Debug, Clone)]
pub(crate) struct ModeRule {
    mask: u128,
    mode: Mode,
    when: Option<Expr>,
    source: String,
}

fn code_mask(rule: &str, codes: &[String]) -> Result<u128, RuleError> {
    if codes.is_empty() {
        return Err(err(rule, "codes is empty"));
    }
    let mut mask = 0;
    for c in codes {
        let id: CodeId =
            code_id(c).ok_or_else(|| err(rule, format!("unknown input code '{c}'")))?;
        mask |= id.bit();
    }
    Ok(mask)
}

pub(super) fn compile_modes(
    defs: &[ModeDef],
    facts: &[String],
) -> Result<Vec<ModeRule>, RuleError> {
    let mut out = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        let rule = format!("mode #{} ({})", i + 1, d.mode.as_str());
        check_source(&rule, &d.source)?;
        let when = match &d.when {
            Some(src) => Some(expr::parse(src, facts).map_err(|p| err(&rule, p))?),
            None => None,
        };
        out.push(ModeRule {
            mask: code_mask(&rule, &d.codes)?,
            mode: d.mode,
            when,
            source: d.source.clone(),
        });
    }
    Ok(out)
}

pub(super) fn compile_exclusive(defs: &[ExclusiveDef]) -> Result<Vec<u128>, RuleError> {
    let mut out = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        let rule = format!("exclusive #{}", i + 1);
        check_source(&rule, &d.source)?;
        if d.codes.len() < 2 {
            return Err(err(&rule, "an exclusive group needs at least two codes"));
        }
        out.push(code_mask(&rule, &d.codes)?);
    }
    Ok(out)
}

impl RuleSet {
    /// How `code` is put to the person given the answers so far (closed world): the first
    /// `[[mode]]` row covering the code whose `when` holds; `ask` when none does.
    pub fn mode(&self, code: CodeId, answers: &Answers) -> Mode {
        let mut ev: Option<Eval<'_>> = None;
        for r in self.modes.iter().filter(|r| r.mask & code.bit() != 0) {
            match &r.when {
                None => return r.mode,
                Some(e) => {
                    let ev = ev.get_or_insert_with(|| Eval::closed(self, answers));
                    if ev.eval(e) == K::T {
                        return r.mode;
                    }
                }
            }
        }
        Mode::Ask
    }

    /// Codes that cannot be yes any more because another code of their exclusive group is
    /// yes (the order never proposes them; they count as not present).
    pub(crate) fn excluded_by(&self, yes: u128) -> u128 {
        self.exclusive
            .iter()
            .filter(|m| *m & yes != 0)
            .fold(0, |acc, m| acc | (m & !yes))
    }

    /// Source notes of the mode rows (for [`RuleSet::sources`]).
    pub(crate) fn mode_sources(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.modes
            .iter()
            .map(|r| (format!("mode {}", r.mode.as_str()), r.source.clone()))
    }
}
