//! Facilitator mode: the groups' answers compared for the discussion, and the knowledge
//! test before and after a training, per participant code (never a name).

use crate::quiz::{QuizChoice, QuizItem};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A group's answer to one study, entered by the facilitator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupAnswer {
    /// The group's label (e.g. `A`, `2`).
    pub group: String,
    /// The study.
    pub study: String,
    /// The group's choice.
    pub choice: QuizChoice,
}

/// One study with every group's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudyComparison {
    /// The study.
    pub study: String,
    /// The key's choice.
    pub expected: QuizChoice,
    /// Each group's choice and whether it matches the key, in group order.
    pub groups: Vec<(String, QuizChoice, bool)>,
    /// How many groups chose each answer.
    pub spread: BTreeMap<QuizChoice, u32>,
}

/// The comparison the facilitator shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupComparison {
    /// Per study of the set, in set order.
    pub studies: Vec<StudyComparison>,
    /// Per group: right answers and answers given.
    pub per_group: BTreeMap<String, (u32, u32)>,
}

/// Compare the groups' answers on a set. An answer for a study outside the set, or an
/// empty group label, is an error naming it (and nothing is compared).
pub fn compare_groups(
    set: &[QuizItem],
    answers: &[GroupAnswer],
) -> Result<GroupComparison, String> {
    for a in answers {
        if a.group.trim().is_empty() {
            return Err(format!("an answer to '{}' has no group", a.study));
        }
        if !set.iter().any(|i| i.study == a.study) {
            return Err(format!("'{}' is not in the set", a.study));
        }
    }
    let mut per_group: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let studies = set
        .iter()
        .map(|item| {
            let mut groups: Vec<(String, QuizChoice, bool)> = answers
                .iter()
                .filter(|a| a.study == item.study)
                .map(|a| {
                    (
                        a.group.trim().to_owned(),
                        a.choice,
                        a.choice == item.expected,
                    )
                })
                .collect();
            groups.sort();
            groups.dedup_by(|a, b| a.0 == b.0);
            let mut spread = BTreeMap::new();
            for (g, c, ok) in &groups {
                *spread.entry(*c).or_insert(0) += 1;
                let e = per_group.entry(g.clone()).or_default();
                e.0 += u32::from(*ok);
                e.1 += 1;
            }
            StudyComparison {
                study: item.study.clone(),
                expected: item.expected,
                groups,
                spread,
            }
        })
        .collect();
    Ok(GroupComparison { studies, per_group })
}

/// A participant's improvement between the tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Improvement {
    /// The participant's code.
    pub code: String,
    /// Right answers before (None: did not take it).
    pub pre: Option<u32>,
    /// Right answers after.
    pub post: Option<u32>,
}

impl Improvement {
    /// Post minus pre, when both were taken.
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.post?) - i64::from(self.pre?))
    }
}

/// The knowledge test: the same questions before and after, answered per participant code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnowledgeTest {
    /// The questions.
    pub items: Vec<QuizItem>,
    pre: BTreeMap<String, u32>,
    post: BTreeMap<String, u32>,
}

/// Check a participant code: 1 to 8 letters, digits or dashes, with at least one digit
/// (a code like `P07`, never a name).
pub fn check_participant_code(code: &str) -> Result<String, String> {
    let c = code.trim();
    let ok = (1..=8).contains(&c.chars().count())
        && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
        && c.chars().any(|ch| ch.is_ascii_digit());
    if ok {
        Ok(c.to_ascii_uppercase())
    } else {
        Err(format!(
            "'{c}' is not a participant code: use up to 8 letters and digits with at least one digit, like P07 (no names)"
        ))
    }
}

impl KnowledgeTest {
    /// A test over these questions.
    pub fn new(items: Vec<QuizItem>) -> KnowledgeTest {
        KnowledgeTest {
            items,
            ..KnowledgeTest::default()
        }
    }

    /// Record a participant's answers (one per question, in order) before (`post` false)
    /// or after the training. A bad code or a wrong number of answers changes nothing.
    pub fn record(
        &mut self,
        code: &str,
        post: bool,
        answers: &[QuizChoice],
    ) -> Result<u32, String> {
        let code = check_participant_code(code)?;
        if answers.len() != self.items.len() {
            return Err(format!(
                "{} answers for {} questions",
                answers.len(),
                self.items.len()
            ));
        }
        let score = self
            .items
            .iter()
            .zip(answers)
            .filter(|(i, a)| i.expected == **a)
            .count();
        let score = u32::try_from(score).unwrap_or(u32::MAX);
        let map = if post { &mut self.post } else { &mut self.pre };
        map.insert(code, score);
        Ok(score)
    }

    /// The improvement of every participant, by code.
    pub fn improvements(&self) -> Vec<Improvement> {
        let mut codes: Vec<&String> = self.pre.keys().chain(self.post.keys()).collect();
        codes.sort();
        codes.dedup();
        codes
            .into_iter()
            .map(|c| Improvement {
                code: c.clone(),
                pre: self.pre.get(c).copied(),
                post: self.post.get(c).copied(),
            })
            .collect()
    }
}
