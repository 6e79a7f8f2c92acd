//! Rules the organisation publishes become an engine: checked like the embedded ones,
//! compiled once per distinct text.

use sanad_core::{Answer, Answers, Engine, code_id};

const EMBEDDED: &str = include_str!("../data/rules.toml");

#[test]
fn published_rules_give_an_engine_compiled_once_and_bad_rules_are_refused() {
    let a = Engine::from_toml(EMBEDDED).expect("valid rules");
    let b = Engine::from_toml(EMBEDDED).expect("valid rules");
    assert!(
        std::ptr::eq(a.rules(), b.rules()),
        "the same text is compiled once"
    );
    let mut answers = Answers::new();
    answers.set(
        code_id("consent.informed_given").expect("code"),
        Answer::Yes,
    );
    let embedded = Engine::embedded().expect("embedded");
    assert_eq!(a.evaluate(&answers), embedded.evaluate(&answers));

    let e = Engine::from_toml("version = 2").expect_err("unsupported version");
    assert!(e.to_string().contains("version"), "{e}");
}
