//! The rule expression language: parsed once at load, evaluated in three-valued logic.

use crate::codes::{CodeId, code_id, input_codes};
use crate::indicators::Dimension;
use crate::outcome::{Classification, Outcome};

/// A compiled boolean expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expr {
    Const(bool),
    /// The code was answered yes.
    Yes(CodeId),
    /// Some code in the set was answered yes.
    Any(u128),
    /// The dimension is positive.
    Dim(Dimension),
    /// A named fact (index into the rule set's facts).
    Fact(usize),
    Outcome(Outcome),
    Class(Classification),
    /// The outcome came from a gate.
    Gate,
    Not(Box<Expr>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

impl Expr {
    /// Visit every atom (non-connective node).
    pub(crate) fn atoms<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        match self {
            Expr::Not(e) => e.atoms(f),
            Expr::And(v) | Expr::Or(v) => v.iter().for_each(|e| e.atoms(f)),
            atom => f(atom),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok<'a> {
    Ident(&'a str),
    Open,
    Close,
}

fn tokenize(src: &str) -> Result<Vec<Tok<'_>>, String> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '(' {
            out.push(Tok::Open);
            chars.next();
        } else if c == ')' {
            out.push(Tok::Close);
            chars.next();
        } else if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_alphanumeric() || d == '_' || d == '.' {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Ident(&src[i..end]));
        } else {
            return Err(format!("unexpected character '{c}'"));
        }
    }
    Ok(out)
}

/// Parses one expression; `facts` are the names a bare identifier may refer to.
pub(crate) fn parse(src: &str, facts: &[String]) -> Result<Expr, String> {
    let toks = tokenize(src)?;
    let mut p = Parser {
        toks: &toks,
        pos: 0,
        facts,
    };
    let e = p.or()?;
    match p.toks.get(p.pos) {
        None => Ok(e),
        Some(t) => Err(format!("unexpected {} after the expression", describe(t))),
    }
}

fn describe(t: &Tok<'_>) -> String {
    match t {
        Tok::Ident(s) => format!("'{s}'"),
        Tok::Open => "'('".into(),
        Tok::Close => "')'".into(),
    }
}

struct Parser<'t, 'a> {
    toks: &'t [Tok<'a>],
    pos: usize,
    facts: &'t [String],
}

impl<'a> Parser<'_, 'a> {
    fn peek(&self) -> Option<&Tok<'a>> {
        self.toks.get(self.pos)
    }
    fn eat_word(&mut self, w: &str) -> bool {
        if self.peek() == Some(&Tok::Ident(w)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn or(&mut self) -> Result<Expr, String> {
        let mut v = vec![self.and()?];
        while self.eat_word("or") {
            v.push(self.and()?);
        }
        Ok(if v.len() == 1 {
            v.remove(0)
        } else {
            Expr::Or(v)
        })
    }
    fn and(&mut self) -> Result<Expr, String> {
        let mut v = vec![self.not()?];
        while self.eat_word("and") {
            v.push(self.not()?);
        }
        Ok(if v.len() == 1 {
            v.remove(0)
        } else {
            Expr::And(v)
        })
    }
    fn not(&mut self) -> Result<Expr, String> {
        if self.eat_word("not") {
            Ok(Expr::Not(Box::new(self.not()?)))
        } else {
            self.atom()
        }
    }
    fn atom(&mut self) -> Result<Expr, String> {
        let tok = self.peek().cloned().ok_or("expression ends too early")?;
        self.pos += 1;
        match tok {
            Tok::Open => {
                let e = self.or()?;
                if self.peek() != Some(&Tok::Close) {
                    return Err("missing ')'".into());
                }
                self.pos += 1;
                Ok(e)
            }
            Tok::Close => Err("unexpected ')'".into()),
            Tok::Ident("any") => {
                if self.peek() != Some(&Tok::Open) {
                    return Err("'any' takes a code prefix in parentheses".into());
                }
                let Some(Tok::Ident(prefix)) = self.toks.get(self.pos + 1).cloned() else {
                    return Err("'any(' must be followed by a code prefix".into());
                };
                if self.toks.get(self.pos + 2) != Some(&Tok::Close) {
                    return Err("missing ')' after the prefix of 'any('".into());
                }
                self.pos += 3;
                let mask = input_codes()
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.starts_with(prefix))
                    .fold(0u128, |m, (i, _)| m | (1u128 << i));
                if mask == 0 {
                    return Err(format!("no input code starts with '{prefix}'"));
                }
                Ok(Expr::Any(mask))
            }
            Tok::Ident(w @ ("and" | "or" | "not")) => {
                Err(format!("'{w}' where a condition was expected"))
            }
            Tok::Ident(name) => self.resolve(name),
        }
    }
    fn resolve(&self, name: &str) -> Result<Expr, String> {
        match name {
            "true" => return Ok(Expr::Const(true)),
            "false" => return Ok(Expr::Const(false)),
            "gate" => return Ok(Expr::Gate),
            _ => {}
        }
        if let Some(d) = name.strip_prefix("dim.") {
            return Dimension::from_key(d)
                .map(Expr::Dim)
                .ok_or_else(|| format!("unknown dimension '{d}'"));
        }
        if let Some(o) = name.strip_prefix("outcome.") {
            return Outcome::parse(o)
                .map(Expr::Outcome)
                .ok_or_else(|| format!("unknown outcome '{o}'"));
        }
        if let Some(c) = name.strip_prefix("classification.") {
            return Classification::parse(c)
                .map(Expr::Class)
                .ok_or_else(|| format!("unknown classification '{c}'"));
        }
        if name.contains('.') {
            return code_id(name)
                .map(Expr::Yes)
                .ok_or_else(|| format!("unknown code '{name}'"));
        }
        self.facts
            .iter()
            .position(|f| f == name)
            .map(Expr::Fact)
            .ok_or_else(|| format!("unknown fact '{name}'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Vec<String> {
        vec!["child".into()]
    }

    #[test]
    fn precedence_and_over_or_and_not_binds_tightest() {
        let e = parse("not child or safety.immediate_danger and child", &facts()).unwrap();
        let Expr::Or(v) = e else { panic!("top is or") };
        assert!(matches!(v[0], Expr::Not(_)));
        assert!(matches!(v[1], Expr::And(_)));
    }

    #[test]
    fn bad_expressions_name_the_problem() {
        let f = facts();
        assert!(
            parse("safety.nope", &f)
                .unwrap_err()
                .contains("unknown code 'safety.nope'")
        );
        assert!(
            parse("dim.nowhere", &f)
                .unwrap_err()
                .contains("unknown dimension")
        );
        assert!(
            parse("adult", &f)
                .unwrap_err()
                .contains("unknown fact 'adult'")
        );
        assert!(parse("(child", &f).unwrap_err().contains("missing ')'"));
        assert!(parse("child child", &f).unwrap_err().contains("unexpected"));
        assert!(
            parse("child and", &f)
                .unwrap_err()
                .contains("ends too early")
        );
        assert!(
            parse("any(zzz.)", &f)
                .unwrap_err()
                .contains("no input code")
        );
        assert!(
            parse("child & child", &f)
                .unwrap_err()
                .contains("unexpected character")
        );
    }

    #[test]
    fn any_covers_every_code_with_the_prefix() {
        let Expr::Any(mask) = parse("any(profile.exploitation.)", &facts()).unwrap() else {
            panic!()
        };
        assert_eq!(mask.count_ones(), 6);
    }
}
