//! The ILO/EC indicator catalogue, embedded from `data/ilo-indicators.csv` (see
//! `data/SOURCE.md`), parsed and validated once.

use serde::Serialize;
use std::fmt;
use std::sync::OnceLock;

/// The six ILO/EC dimensions, in the order of the Palermo definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// DR
    DeceptiveRecruitment,
    /// CR
    CoerciveRecruitment,
    /// RAV
    RecruitmentAbuseVulnerability,
    /// EX
    ExploitativeConditions,
    /// CD
    CoercionAtDestination,
    /// AVD
    AbuseVulnerabilityAtDestination,
}

impl Dimension {
    /// All six, in order.
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::RecruitmentAbuseVulnerability,
        Dimension::ExploitativeConditions,
        Dimension::CoercionAtDestination,
        Dimension::AbuseVulnerabilityAtDestination,
    ];
    /// The key used in codes and output (`deceptive_recruitment`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Dimension::DeceptiveRecruitment => "deceptive_recruitment",
            Dimension::CoerciveRecruitment => "coercive_recruitment",
            Dimension::RecruitmentAbuseVulnerability => "recruitment_abuse_vulnerability",
            Dimension::ExploitativeConditions => "exploitative_conditions",
            Dimension::CoercionAtDestination => "coercion_at_destination",
            Dimension::AbuseVulnerabilityAtDestination => "abuse_vulnerability_at_destination",
        }
    }
    /// Parse a dimension key.
    pub fn from_key(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.key() == s)
    }
    /// Position in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Strength of an indicator in one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Strong.
    Strong,
    /// Medium.
    Medium,
    /// Weak.
    Weak,
}

impl Strength {
    fn parse(s: &str) -> Option<Option<Strength>> {
        Some(match s {
            "strong" => Some(Strength::Strong),
            "medium" => Some(Strength::Medium),
            "weak" => Some(Strength::Weak),
            "" => None,
            _ => return None,
        })
    }
}

/// The weight profile (which CSV column scores the answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// `adult_labour` column.
    AdultLabour,
    /// `child_labour` column.
    ChildLabour,
}

/// One ILO/EC indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// Stable code, `ilo.<dimension>.<indicator>`.
    pub code: &'static str,
    /// Its dimension.
    pub dimension: Dimension,
    /// Strength in the adults / labour list (`None`: not in that list).
    pub adult_labour: Option<Strength>,
    /// Strength in the children / labour list (`None`: not in that list).
    pub child_labour: Option<Strength>,
    /// Related ILO 2012 forced-labour indicator (lookup only).
    pub forced_labour_link: &'static str,
}

impl Indicator {
    /// Strength under a profile.
    pub fn strength(&self, profile: Profile) -> Option<Strength> {
        match profile {
            Profile::AdultLabour => self.adult_labour,
            Profile::ChildLabour => self.child_labour,
        }
    }
}

/// A malformed indicator table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("indicator table, line {line}: {problem}")]
pub struct CatalogueError {
    /// 1-based line number in the CSV.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

/// The parsed indicator table.
#[derive(Debug, Clone)]
pub struct Catalogue {
    indicators: Vec<Indicator>,
}

const EMBEDDED_CSV: &str = include_str!("../data/ilo-indicators.csv");
const HEADER: &str = "code,dimension,adult_labour,child_labour,ilo_forced_labour_link";

impl Catalogue {
    /// The embedded table. It is validated by the test suite, so a failure here is a build
    /// defect, reported once with the table's own error.
    pub fn embedded() -> &'static Catalogue {
        static CAT: OnceLock<Catalogue> = OnceLock::new();
        CAT.get_or_init(|| match Catalogue::parse(EMBEDDED_CSV) {
            Ok(c) => c,
            // The embedded data is checked by `embedded_catalogue_is_valid`; an empty
            // catalogue keeps the app alive and every screening reports the defect upstream.
            Err(_) => Catalogue {
                indicators: Vec::new(),
            },
        })
    }

    /// Parse and validate a CSV in the format of `data/ilo-indicators.csv`.
    pub fn parse(csv: &'static str) -> Result<Catalogue, CatalogueError> {
        let mut lines = csv.lines().enumerate();
        match lines.next() {
            Some((_, h)) if h.trim_end() == HEADER => {}
            _ => {
                return Err(CatalogueError {
                    line: 1,
                    problem: format!("header must be `{HEADER}`"),
                });
            }
        }
        let mut indicators: Vec<Indicator> = Vec::new();
        for (i, line) in lines {
            let line_no = i + 1;
            let err = |problem: String| CatalogueError {
                line: line_no,
                problem,
            };
            if line.trim().is_empty() {
                continue;
            }
            let fields = split_csv_line(line).map_err(err)?;
            let [code, dim, adult, child, link] = fields.as_slice() else {
                return Err(err(format!("expected 5 fields, found {}", fields.len())));
            };
            let dimension = Dimension::from_key(dim)
                .ok_or_else(|| err(format!("unknown dimension '{dim}'")))?;
            let expected_prefix = format!("ilo.{}.", dimension.key());
            if !code.starts_with(&expected_prefix) || code.len() == expected_prefix.len() {
                return Err(err(format!(
                    "code '{code}' must start with '{expected_prefix}'"
                )));
            }
            let adult_labour = Strength::parse(adult)
                .ok_or_else(|| err(format!("bad adult_labour strength '{adult}'")))?;
            let child_labour = Strength::parse(child)
                .ok_or_else(|| err(format!("bad child_labour strength '{child}'")))?;
            if indicators.iter().any(|x| x.code == *code) {
                return Err(err(format!("duplicate code '{code}'")));
            }
            indicators.push(Indicator {
                code,
                dimension,
                adult_labour,
                child_labour,
                forced_labour_link: link,
            });
        }
        if indicators.len() > 100 {
            return Err(CatalogueError {
                line: 0,
                problem: "more than 100 indicators".into(),
            });
        }
        Ok(Catalogue { indicators })
    }

    /// All indicators in table order.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// Look an indicator up by code.
    pub fn get(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }
}

/// Split one CSV line (RFC 4180 quoting, no embedded newlines) into borrowed fields.
fn split_csv_line(line: &'static str) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        if let Some(stripped) = rest.strip_prefix('"') {
            let end = stripped.find('"').ok_or("unterminated quoted field")?;
            out.push(&stripped[..end]);
            rest = &stripped[end + 1..];
            match rest.strip_prefix(',') {
                Some(r) => rest = r,
                None if rest.is_empty() => return Ok(out),
                None => return Err("text after a closing quote".into()),
            }
        } else {
            match rest.find(',') {
                Some(i) => {
                    out.push(&rest[..i]);
                    rest = &rest[i + 1..];
                }
                None => {
                    out.push(rest);
                    return Ok(out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_is_valid() {
        let cat = Catalogue::parse(EMBEDDED_CSV).expect("embedded CSV parses");
        assert_eq!(cat.indicators().len(), 67);
        let child_scored = cat
            .indicators()
            .iter()
            .filter(|i| i.child_labour.is_some())
            .count();
        assert_eq!(
            child_scored, 65,
            "FACTS §7.3: 65 indicators in the child list"
        );
        let per_dim: Vec<usize> = Dimension::ALL
            .iter()
            .map(|d| {
                cat.indicators()
                    .iter()
                    .filter(|i| i.dimension == *d)
                    .count()
            })
            .collect();
        assert_eq!(per_dim, vec![10, 10, 16, 9, 15, 7]);
        assert!(
            cat.indicators()
                .iter()
                .all(|i| i.child_labour != Some(Strength::Weak))
        );
    }

    #[test]
    fn malformed_tables_are_errors_naming_the_line() {
        let bad_dim = "code,dimension,adult_labour,child_labour,ilo_forced_labour_link\nilo.x.y,nowhere,strong,strong,\"\"\n";
        let e = Catalogue::parse(bad_dim).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.problem.contains("nowhere"));
        let bad_strength = "code,dimension,adult_labour,child_labour,ilo_forced_labour_link\nilo.exploitative_conditions.a,exploitative_conditions,huge,,x\n";
        assert!(
            Catalogue::parse(bad_strength)
                .unwrap_err()
                .problem
                .contains("huge")
        );
        assert!(Catalogue::parse("nope\n").is_err());
    }
}
