//! Issue 15 item 8, measured on the vignettes: the worker first records the three main facts
//! the person has already told (the first three trafficking indicators of the vignette), then
//! the adaptive order asks only what remains. Prints, per vignette, the questions asked today
//! and with the facts entered first, and the question at which the first main fact was
//! reached today. Run: `cargo test -p sanad-core --test pre_entered -- --nocapture`.

use sanad_core::{Answer, Answers, Engine, Session, code_id};
use sanad_test_support::vignettes::VIGNETTES;

/// Run the interview from `pre` (facts entered first) answering from `full`; returns the
/// questions asked after the facts, the position of the first of `facts` reached in the
/// interview (if it was asked), and the session.
fn interview(
    e: &Engine,
    full: &Answers,
    pre: &[&str],
    facts: &[&str],
) -> (usize, Option<usize>, Session) {
    let mut s = Session::new();
    for c in pre {
        s.answer(code_id(c).expect("code"), Answer::Yes);
    }
    let (mut asked, mut first) = (0, None);
    while let Some(c) = s.current(e) {
        asked += 1;
        if first.is_none() && facts.contains(&c.as_str()) {
            first = Some(asked);
        }
        s.answer(c, full.get(c).unwrap_or(Answer::No));
        assert!(asked <= 94, "the interview ends");
    }
    (asked, first, s)
}

#[test]
fn entering_the_main_facts_first_asks_fewer_questions_with_the_same_decision() {
    let e = Engine::embedded().expect("rules");
    let (mut today, mut first_entered, mut n) = (0, 0, 0);
    println!("| vignette | asked today | first main fact at | asked with 3 facts entered first |");
    println!("|---|---|---|---|");
    for v in VIGNETTES {
        let facts: Vec<&str> = v
            .yes
            .iter()
            .copied()
            .filter(|c| c.starts_with("ilo."))
            .take(3)
            .collect();
        if facts.len() < 3 {
            continue;
        }
        let full = v.answers();
        let (base, at, s0) = interview(&e, &full, &[], &facts);
        let (pre, _, s1) = interview(&e, &full, &facts, &facts);
        let story: String = v.story.chars().take(40).collect();
        println!(
            "| {story}… | {base} | {} | {pre} (+3 entered) |",
            at.map_or("not asked".into(), |a| a.to_string())
        );
        assert_eq!(
            s0.result(&e).decision(),
            s1.result(&e).decision(),
            "{}: the same decision either way",
            v.story
        );
        assert!(pre <= base, "{}: {pre} > {base}", v.story);
        today += base;
        first_entered += pre;
        n += 1;
    }
    println!(
        "total over {n} vignettes: {today} questions today, {first_entered} with the three main facts entered first (+{} entered)",
        3 * n
    );
    assert!(
        n > 0 && first_entered < today,
        "entering the facts saves questions"
    );
}
