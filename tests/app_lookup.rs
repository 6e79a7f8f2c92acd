//! The indicator lookup screen, clicked through in-process: search as you type in any
//! language with texts in the interface language, matching words highlighted, strengths for
//! adults and children, "showing results for" when no code has every word, and "ask this in
//! the current screening" only while a screening is open. The directory search relaxes the
//! same way.

mod util;

use util::Ui;

/// The input codes listed, in order.
fn listed(html: &str) -> Vec<String> {
    html.split("<li class=\"hit\" id=\"hit-")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The `li` of one hit.
fn item(html: &str, code: &str) -> String {
    let start = html
        .find(&format!("id=\"hit-{code}\""))
        .unwrap_or_else(|| panic!("{code} is listed"));
    html[start..].split("</li>").next().unwrap_or("").to_owned()
}

/// The words shown highlighted.
fn marked(html: &str) -> Vec<String> {
    html.split("<mark>")
        .skip(1)
        .filter_map(|s| s.split("</mark>").next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn search_as_you_type_in_french_and_arabic_with_highlights_and_strengths() {
    let mut ui = Ui::unlocked();
    ui.click("open-indicators");
    ui.input("indicator-query", "passeport confisqué");
    let html = ui.html();
    let codes = listed(&html);
    assert!(
        codes[..2]
            .iter()
            .all(|c| c.ends_with("confiscation_of_documents")),
        "{codes:?}"
    );
    assert!(
        marked(&html).iter().any(|w| w == "passeport"),
        "the matching word is highlighted: {:?}",
        marked(&html)
    );
    let first = item(&html, &codes[0]);
    assert!(first.contains("Adultes"), "{first}");
    assert!(first.contains("signe fort"), "{first}");
    assert!(first.contains("Question à lire"), "{first}");
    assert!(
        !html.contains("id=\"ask-"),
        "no screening is open: no 'ask this'"
    );
    assert!(
        !html.contains("id=\"indicator-relaxed\""),
        "every word matched"
    );

    // Arabic interface, a query in Arabic: debt bondage first, texts in Arabic.
    ui.click("ui-lang-ar");
    ui.input("indicator-query", "ديون");
    let html = ui.html();
    let codes = listed(&html);
    assert!(
        codes[..2].iter().all(|c| c.ends_with("debt_bondage")),
        "{codes:?}"
    );
    let first = item(&html, &codes[0]);
    assert!(first.contains("البالغون"), "{first}");
    assert!(first.contains("الأطفال"), "{first}");
    assert!(
        marked(&first).iter().any(|w| w == "الدين"),
        "the matching word is highlighted: {first}"
    );

    // A query in French with the interface in Arabic: Arabic texts.
    ui.input("indicator-query", "mendicité");
    let html = ui.html();
    assert_eq!(
        listed(&html).first().map(String::as_str),
        Some("profile.exploitation.begging")
    );
    assert!(item(&html, "profile.exploitation.begging").contains("تسول"));
}

#[test]
fn an_unknown_word_relaxes_the_search_and_says_so() {
    let mut ui = Ui::unlocked();
    ui.click("open-indicators");
    ui.input("indicator-query", "dette zqxwv");
    let html = ui.html();
    assert!(!listed(&html).is_empty(), "not emptied by an unknown word");
    assert!(html.contains("id=\"indicator-relaxed\""), "{html}");
    assert!(html.contains("Résultats pour"), "{html}");
    ui.input("indicator-query", "zqxwv");
    let html = ui.html();
    assert!(listed(&html).is_empty());
    assert!(!html.contains("id=\"indicator-relaxed\""));
}

#[test]
fn ask_this_in_the_current_screening() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    ui.click("answer-no");
    ui.click("home");
    ui.click("open-indicators");
    ui.input("indicator-query", "dette");
    let code = "ilo.coercion_at_destination.debt_bondage";
    assert!(ui.has(&format!("ask-{code}")), "a screening is open");
    ui.click(&format!("ask-{code}"));
    ui.wait_for("question");
    let html = ui.html();
    assert!(
        html.contains(&format!("data-code=\"{code}\"")),
        "the chosen question is asked now"
    );
    ui.click("answer-yes");
    let html = ui.html();
    assert!(
        !html.contains(&format!("data-code=\"{code}\"")),
        "after the answer the engine's order resumes"
    );
    ui.click("home");
    ui.click("open-indicators");
    ui.input("indicator-query", "dette");
    assert!(ui.has(&format!("ask-{code}")));
}

#[test]
fn the_directory_search_is_not_emptied_by_an_unknown_word() {
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    ui.wait_for("directory-hits");
    ui.input("directory-query", "hébergement");
    let before = ui.html();
    assert!(before.contains("id=\"service-"), "{before}");
    assert!(
        !before.contains("id=\"directory-relaxed\""),
        "every word matched"
    );
    ui.input("directory-query", "hébergement zqxwv");
    let html = ui.html();
    assert!(
        html.contains("id=\"service-"),
        "still lists services: {html}"
    );
    assert!(html.contains("id=\"directory-relaxed\""), "{html}");
    assert!(html.contains("hébergement"), "says which words");
}
