//! Practice and training, clicked through in the real app: a full practice screening on a
//! study (banner, the real questions, the result next to the key's with the differences),
//! the quiz with its reasons and topic scores, and the facilitator's comparison and
//! knowledge test. Practice is kept in the practice store only, never as a draft or case.

mod util;

use util::Ui;

fn question(ui: &Ui) -> String {
    let html = ui.html();
    let start = html.find("id=\"question\"").expect("a question is shown");
    let body = &html[start..];
    let open = body.find('>').expect("tag end") + 1;
    let close = body.find("</p>").expect("paragraph end");
    body[open..close].to_owned()
}

fn practice_file(ui: &Ui) -> String {
    std::fs::read_to_string(ui.data.path().join("practice").join("practice.json"))
        .unwrap_or_default()
}

#[test]
fn a_full_practice_screening_shows_the_result_next_to_the_key() {
    let mut ui = Ui::unlocked();
    ui.click("open-practice");
    assert!(ui.has("practice-banner"));
    ui.click("study-smuggling-oujda-1");
    assert!(ui.html().contains("Maghnia"), "the story is shown");
    ui.click("start-practice");
    assert!(
        ui.has("practice-banner"),
        "the screening screen says PRACTICE"
    );
    // The worker answers "no" to everything but consent: the crossing is missed.
    let mut answered = 0;
    while !ui.has("see-result") {
        let q = question(&ui);
        ui.click(if q.contains("pour commencer ?") {
            "answer-yes"
        } else {
            "answer-no"
        });
        answered += 1;
        assert!(answered <= 94, "the interview ends");
    }
    ui.click("see-result");
    let html = ui.html();
    assert!(ui.has("practice-result-title"), "{html}");
    assert!(
        html.contains("Aucun indicateur trouvé"),
        "the worker's result"
    );
    assert!(
        html.contains("Trafic illicite de migrants, sans indicateur de traite"),
        "the key's result"
    );
    assert!(
        html.contains("id=\"diff-som.paid_or_benefit_for_crossing\" data-changes=\"true\""),
        "{html}"
    );
    assert!(ui.has("elements"));
    // Nothing of it is an unsaved real interview.
    ui.click("end-practice");
    assert!(ui.has("practice-title"));
    let kept = practice_file(&ui);
    assert!(kept.contains("smuggling-oujda-1"), "{kept}");
    ui.click("home");
    assert!(!ui.has("resume-screening"), "practice left no draft");
}

#[test]
fn the_quiz_gives_the_reason_and_a_score_per_topic() {
    let mut ui = Ui::unlocked();
    ui.click("open-practice");
    ui.click("open-quiz");
    assert!(ui.has("quiz-question") && ui.has("practice-banner"));
    // First story: trafficking (labour-fes-1).
    ui.click("quiz-trafficking");
    let html = ui.html();
    assert!(html.contains("Juste."), "{html}");
    assert!(
        html.contains("Des signes de traite possible."),
        "the reason is shown"
    );
    ui.click("quiz-next");
    // Second story: both (labour-oujda-1); "neither" is wrong.
    ui.click("quiz-neither");
    assert!(
        ui.html().contains("le corrigé dit"),
        "the right answer is named"
    );
    ui.click("quiz-finish");
    let html = ui.html().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Bonnes réponses : 1 sur 2"), "{html}");
    assert!(ui.has("training-topic-amp"));
    assert!(practice_file(&ui).contains("\"quizzes\""));
}

#[test]
fn the_facilitator_compares_groups_and_tests_by_code() {
    let mut ui = Ui::unlocked();
    ui.click("open-practice");
    ui.click("open-facilitator");
    ui.input("group-label", "A");
    ui.click("group-labour-fes-1-trafficking");
    ui.click("group-add");
    ui.input("group-label", "B");
    ui.click("group-labour-fes-1-smuggling");
    ui.click("group-add");
    ui.click("group-compare");
    let html = ui.html().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("A: Traite ✓"), "{html}");
    assert!(html.contains("B: Trafic illicite de migrants ✗"), "{html}");
    // Knowledge test: a name is refused, a code is kept.
    ui.input("test-code", "Fatima");
    ui.click("test-record");
    assert!(ui.has("test-bad"));
    ui.input("test-code", "P07");
    for s in [
        "labour-fes-1",
        "labour-oujda-1",
        "labour-libya-1",
        "labour-nador-1",
    ] {
        ui.click(&format!("test-{s}-trafficking"));
    }
    ui.click("test-record");
    assert!(!ui.has("test-bad"));
    assert!(ui.has("improvement-P07"), "{}", ui.html());
    let kept = practice_file(&ui);
    assert!(
        kept.contains("P07") && kept.contains("\"groups\""),
        "{kept}"
    );
}
