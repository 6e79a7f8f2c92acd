//! Flow tests: the real app, clicked through in-process.

mod util;

use util::Ui;

/// Text of the current question or observation (the `id="question"` paragraph).
fn question(ui: &Ui) -> String {
    let html = ui.html();
    let start = html.find("id=\"question\"").expect("a question is shown");
    let body = &html[start..];
    let open = body.find('>').expect("tag end") + 1;
    let close = body.find("</p>").expect("paragraph end");
    body[open..close].to_owned()
}

#[test]
fn a_screening_from_home_to_result() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    assert!(
        question(&ui).contains("en danger"),
        "first question is triage: {}",
        question(&ui)
    );

    // Back and skip: skip the first question, go back to it, answer it.
    ui.click("skip");
    let second = question(&ui);
    assert!(!second.contains("en danger"));
    ui.click("back");
    assert!(
        question(&ui).contains("en danger"),
        "back returns to the skipped question"
    );

    // Answer everything "no" but consent until the engine says the result is settled.
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
    assert!(
        answered < 94,
        "the adaptive order stopped before the end ({answered})"
    );
    ui.click("see-result");
    let html = ui.html();
    assert!(html.contains("id=\"classification\""));
    assert!(html.contains("Aucun indicateur trouvé"), "{html}");
    assert!(
        html.contains("Aide à la décision seulement"),
        "the disclaimer is shown"
    );
}

#[test]
fn a_danger_answer_offers_the_emergency_numbers_at_once() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    ui.click("answer-yes");
    // The stop card replaces the next question, with the numbers on it.
    assert!(ui.has("stop-card"));
    let html = ui.html();
    assert!(
        html.contains("href=\"tel:19\"") && html.contains("href=\"tel:0800004747\""),
        "{html}"
    );
}

#[test]
fn switching_to_arabic_mirrors_the_layout_without_restart() {
    let mut ui = Ui::unlocked();
    assert!(ui.html().contains("dir=\"ltr\""));
    ui.click("ui-lang-ar");
    let html = ui.html();
    assert!(
        html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""),
        "{html}"
    );
    assert!(html.contains("تقييم جديد"), "home text in Arabic");
    ui.click("new-screening");
    assert!(
        question(&ui).contains("خطر"),
        "questions follow the interview language? {}",
        question(&ui)
    );
}

#[test]
fn interview_language_differs_from_interface_language() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    ui.click("interview-lang-en");
    assert!(question(&ui).contains("Are you in danger"));
    assert!(
        ui.html().contains("class=\"q-worker\""),
        "the worker's language is shown under it"
    );
}

#[test]
fn indicator_lookup_as_you_type() {
    let mut ui = Ui::unlocked();
    ui.click("open-indicators");
    ui.input("indicator-query", "passeport");
    let html = ui.html();
    assert!(
        html.contains("Papiers pris avant ou pendant le voyage")
            || html.contains("Papiers gardés contre la volonté"),
        "{html}"
    );
    ui.input("indicator-query", "zzzzqqq");
    assert!(ui.html().contains("Aucun indicateur ne correspond"));
}

/// The code of the question shown.
fn code(ui: &Ui) -> String {
    let html = ui.html();
    let at = html.find("data-code=\"").expect("a question is shown") + 11;
    html[at..].split('"').next().unwrap_or_default().to_owned()
}

#[test]
fn the_same_question_in_arabic_for_a_woman_and_for_a_man() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    assert!(
        ui.has("interview-gender"),
        "the gender is chosen at the start"
    );
    ui.click("interview-lang-ar");
    let not_said = question(&ui);
    ui.click("gender-female");
    let woman = question(&ui);
    ui.click("gender-male");
    let man = question(&ui);
    assert!(
        woman.contains("أنتِ") && woman.contains("ستنامين"),
        "{woman}"
    );
    assert!(man.contains("أنتَ") && man.contains("ستنام "), "{man}");
    assert!(not_said.contains("ستنام/ستنامين"), "{not_said}");
    // After the first answer the choice moves below the question and can still change.
    ui.click("answer-no");
    assert!(ui.has("gender-female"));
    assert!(
        question(&ui).contains("وتحتاج إلى طبيب"),
        "{}",
        question(&ui)
    );
}

#[test]
fn observation_items_are_shown_apart_never_in_the_read_aloud_card() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    ui.click("interview-lang-en");
    let mut n = 0;
    while code(&ui) != "safety.controller_present" {
        ui.click("answer-no");
        n += 1;
        assert!(n < 5, "the controller check comes among the first");
    }
    let html = ui.html();
    assert!(
        html.contains("id=\"observe-banner\"") && html.contains("class=\"question observe\""),
        "{html}"
    );
    assert!(
        !html.contains("class=\"q\""),
        "no read-aloud card for an observation"
    );
    let q = question(&ui);
    assert!(
        q.contains("la personne") && !q.contains("Is someone"),
        "the worker's check, in the worker's language: {q}"
    );
    // The child-status and distress checks are observations too; consent is read aloud,
    // in the interview language.
    while code(&ui) != "consent.informed_given" {
        assert!(ui.html().contains("data-mode=\"observe\""), "{}", code(&ui));
        ui.click("answer-no");
    }
    let html = ui.html();
    assert!(html.contains("class=\"q\"") && !html.contains("id=\"observe-banner\""));
    assert!(question(&ui).contains("does not depend on your answers"));
}

#[test]
fn the_indicator_lookup_shows_an_observation_as_the_workers_check() {
    let mut ui = Ui::unlocked();
    ui.click("open-indicators");
    ui.input("indicator-query", "personne qui contrôle présente");
    let html = ui.html();
    let at = html
        .find("id=\"hit-safety.controller_present\"")
        .unwrap_or_else(|| panic!("the controller check is found: {html}"));
    let hit = &html[at..at + html[at..].find("</li>").unwrap_or(html.len() - at)];
    assert!(
        hit.contains("class=\"observe-banner\"") && !hit.contains("class=\"q\""),
        "{hit}"
    );
    ui.input("indicator-query", "passeport");
    let html = ui.html();
    let at = html
        .find("id=\"hit-ilo.coercion_at_destination.confiscation_of_documents\"")
        .expect("a question");
    let hit = &html[at..at + html[at..].find("</li>").unwrap_or(html.len() - at)];
    assert!(
        hit.contains("class=\"q\""),
        "an asked code keeps its question"
    );
}
