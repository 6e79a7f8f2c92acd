//! Test-only helpers for Sanad. A dev-dependency only: no production crate lists it.
//!
//! - [`answers`] / [`screened`]: build answer sets from code lists;
//! - [`Generator`]: a seeded, dependency-free generator of realistic answer sets (for the
//!   adaptive-order benchmark and large property runs);
//! - [`arb_answers`]: the proptest strategy over the same distribution.

pub mod cases;
pub mod deps;
pub mod directory;
pub mod env;
pub mod http;
pub mod lookup;
pub mod shape;
pub mod vignettes;

use proptest::prelude::*;
use sanad_core::{Answer, Answers, CodeId, Family, code_id, input_codes};

/// An answer set from `(code, answer)` pairs. Panics on a bad code: fixtures must be valid.
pub fn answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (code, ans) in pairs {
        a.set(id(code), *ans);
    }
    a
}

/// The id of a code; panics with the code's name if it does not exist.
pub fn id(code: &str) -> CodeId {
    code_id(code).unwrap_or_else(|| panic!("fixture uses an unknown code: {code}"))
}

/// An adult who consented, with the given codes answered `yes` (all else unanswered).
pub fn screened(yes: &[&str]) -> Answers {
    let mut a = answers(&[("consent.informed_given", Answer::Yes)]);
    for c in yes {
        a.set(id(c), Answer::Yes);
    }
    a
}

/// Probability (per mille) that a code of this family is answered yes in generated sets.
fn yes_rate(code: &str) -> u32 {
    match (Family::of(code), code) {
        (_, "consent.informed_given") => 900,
        (_, "consent.guardian_given") => 700,
        (_, "consent.law_enforcement_referral") => 250,
        (_, "safety.immediate_danger" | "safety.controller_present") => 40,
        (_, "safety.urgent_medical_need") => 80,
        (_, "profile.age_under_18" | "profile.age_uncertain_presumed_child") => 120,
        (Some(Family::Safety), _) => 80,
        (Some(Family::Profile), _) => 80,
        (Some(Family::Ilo), _) => 120,
        (Some(Family::Som), _) => 350,
        (Some(Family::Needs), _) => 300,
        _ => 100,
    }
}

/// Draw one answer for a code from a number in 0..1000 (yes at the family rate, then no,
/// with about 8 % don't know and 4 % declined among the rest).
pub fn draw(code: &str, roll: u32) -> Answer {
    let y = yes_rate(code);
    if roll < y {
        Answer::Yes
    } else if roll < y + (1000 - y) * 88 / 100 {
        Answer::No
    } else if roll < y + (1000 - y) * 96 / 100 {
        Answer::Unknown
    } else {
        Answer::Declined
    }
}

/// A seeded xorshift generator of complete answer sets (every code answered).
pub struct Generator {
    state: u64,
}

impl Generator {
    /// A generator with a fixed seed (never 0).
    pub fn new(seed: u64) -> Generator {
        Generator { state: seed.max(1) }
    }
    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }
    /// The next complete answer set.
    pub fn answers(&mut self) -> Answers {
        let mut a = Answers::new();
        for (i, code) in input_codes().iter().enumerate() {
            let roll = (self.next() % 1000) as u32;
            a.set(id_at(i), draw(code, roll));
        }
        a
    }
}

fn id_at(i: usize) -> CodeId {
    id(input_codes()[i])
}

/// Proptest strategy: answer sets where each code is unanswered (~15 %) or drawn as in
/// [`draw`].
pub fn arb_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec((0u32..1000, 0u32..100), input_codes().len()).prop_map(|rolls| {
        let mut a = Answers::new();
        for (i, (roll, skip)) in rolls.into_iter().enumerate() {
            if skip >= 15 {
                a.set(id_at(i), draw(input_codes()[i], roll));
            }
        }
        a
    })
}

/// Like [`arb_answers`] but every code answered and the gates passed: safety codes `no`,
/// informed and guardian consent `yes`.
pub fn arb_screened_answers() -> impl Strategy<Value = Answers> {
    arb_answers().prop_map(|mut a| {
        for c in input_codes() {
            if Family::of(c) == Some(Family::Safety) && !c.ends_with("_child") {
                a.set(id(c), Answer::No);
            }
        }
        a.set(id("consent.informed_given"), Answer::Yes);
        a.set(id("consent.guardian_given"), Answer::Yes);
        a
    })
}

/// An answer file in the CLI format for a set of answers.
pub fn answer_file(a: &Answers) -> String {
    let map: serde_json::Map<String, serde_json::Value> = a
        .iter()
        .map(|(c, v)| {
            (
                c.as_str().to_owned(),
                serde_json::Value::String(v.as_str().to_owned()),
            )
        })
        .collect();
    serde_json::json!({ "answers": map }).to_string()
}
