//! A field worker's first day (issue 15): the stop card for danger and a controlling
//! person, a way out at every question, "not asked" apart from "no", unsaved interviews
//! kept and never discarded without a question, messages next to their button, the next
//! step first on the result, Back showing the earlier answer, RTL call buttons.

mod util;

use util::{PASSPHRASE, Ui};

/// The code of the question shown.
fn code(ui: &Ui) -> String {
    let html = ui.html();
    let at = html.find("data-code=\"").expect("a question is shown") + 11;
    html[at..].split('"').next().unwrap_or_default().to_owned()
}

/// Answer "no" (consent "yes") until `want` is the question, at most `max` answers.
fn answer_until(ui: &mut Ui, want: &str, max: usize) {
    let mut n = 0;
    while code(ui) != want {
        ui.click(if code(ui) == "consent.informed_given" {
            "answer-yes"
        } else {
            "answer-no"
        });
        n += 1;
        assert!(n <= max, "{want} comes within {max} questions");
    }
}

/// Where the element with this id is in the page.
fn from_id(html: &str, id: &str) -> usize {
    html.find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("#{id} in {html}"))
}

/// The opening tag of the element with this id.
fn tag_of<'a>(html: &'a str, id: &str) -> &'a str {
    let at = from_id(html, id);
    let start = html[..at].rfind('<').unwrap_or(0);
    let end = at + html[at..].find('>').unwrap_or(html.len() - at);
    &html[start..end]
}

#[test]
fn danger_now_stops_the_interview_with_a_full_screen_card() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    assert_eq!(code(&ui), "safety.immediate_danger");
    ui.click("answer-yes");
    let html = ui.html();
    assert!(ui.has("stop-card"), "{html}");
    assert!(html.contains("data-reason=\"danger\""));
    assert!(!ui.has("question"), "no next question under the stop card");
    assert!(
        html.contains("href=\"tel:19\"") && html.contains("href=\"tel:0800004747\""),
        "the confirmed numbers one tap away"
    );
    assert!(html.contains("Que faire maintenant"));
    // Tapped by mistake: back to the question, with the earlier answer shown.
    ui.click("stop-back");
    assert_eq!(code(&ui), "safety.immediate_danger");
    ui.click("answer-yes");
    // Record the contact without questioning: the (partial) result with saving.
    ui.click("stop-record");
    ui.wait_for("record-consent");
    assert!(ui.has("partial") && ui.has("classification"));
    assert!(
        !ui.has("resume-questions"),
        "a stopped interview is not resumed from the result"
    );
}

#[test]
fn a_controlling_person_marked_present_stops_at_once() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    answer_until(&mut ui, "safety.controller_present", 5);
    ui.click("answer-yes");
    let html = ui.html();
    assert!(html.contains("data-reason=\"controller\""), "{html}");
    assert!(!ui.has("question"));
    assert!(html.contains("discrètement"), "{html}");
}

#[test]
fn stop_is_on_every_question_and_the_partial_result_says_what_was_not_asked() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    for _ in 0..8 {
        assert!(ui.has("stop-partial"), "{}", code(&ui));
        let c = code(&ui);
        ui.click(if c == "consent.informed_given" {
            "answer-yes"
        } else {
            "answer-no"
        });
    }
    ui.click("stop-partial");
    ui.wait_for("partial");
    let html = ui.html();
    let part = &html[from_id(&html, "partial")..];
    assert!(part.contains("Arrêté après"), "{part}");
    assert!(
        part.contains("id=\"not-asked\"") && part.contains("Conditions d"),
        "unasked groups are listed: {part}"
    );
    // In the dimensions, never asked is "not asked", never "not indicated".
    let dim = &html[from_id(&html, "dim-exploitative_conditions")..];
    let dim = &dim[..dim.find("</li>").unwrap_or(dim.len())];
    assert!(
        dim.contains("Non demandé") && !dim.contains("Non indiqué"),
        "{dim}"
    );
    assert!(dim.contains("dim unasked"), "{dim}");
    // And the interview goes on from where it stopped.
    ui.click("resume-questions");
    assert!(ui.has("question"));
}

#[test]
fn indicated_is_never_coloured_green() {
    let css = sanad::app::CSS;
    let rule = &css[css.find(".dim.on strong").expect("the rule")..];
    let rule = &rule[..rule.find('}').unwrap_or(rule.len())];
    assert!(!rule.contains("--ok"), "{rule}");
}

#[test]
fn an_unsaved_interview_stays_on_home_and_is_never_discarded_without_a_question() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    for _ in 0..3 {
        ui.click("answer-no");
    }
    let at = code(&ui);
    ui.click("home");
    assert!(ui.has("resume-screening"), "{}", ui.html());
    assert!(ui.html().contains("non enregistré"));
    ui.click("new-screening");
    assert!(ui.has("discard-confirm"), "{}", ui.html());
    ui.click("discard-no");
    ui.click("resume-screening");
    assert_eq!(code(&ui), at, "kept");
    ui.click("home");
    ui.click("new-screening");
    ui.click("discard-yes");
    assert_eq!(code(&ui), "safety.immediate_danger");
    assert!(ui.html().contains("Aucune réponse"));
}

#[test]
fn messages_sit_next_to_their_button_and_leave_with_the_screen() {
    // First run: a mismatch is shown under "Create", not at the top of the page.
    let mut ui = Ui::start();
    ui.input("setup-pass", PASSPHRASE);
    ui.input("setup-confirm", "something else entirely");
    ui.click("setup-create");
    let html = ui.html();
    assert!(
        from_id(&html, "notice") > from_id(&html, "setup-create"),
        "{html}"
    );
    assert!(
        html.contains("tabindex=\"-1\""),
        "the message takes the focus"
    );
    ui.input("setup-confirm", PASSPHRASE);
    ui.click("setup-create");
    ui.wait_for("new-screening");
    // A wrong passphrase warning does not follow to Home after a correct unlock.
    ui.click("lock");
    ui.wait_for("unlock");
    ui.input("unlock-pass", "not the passphrase");
    ui.click("unlock");
    ui.wait_for("notice");
    let html = ui.html();
    assert!(from_id(&html, "notice") > from_id(&html, "unlock"));
    ui.input("unlock-pass", PASSPHRASE);
    ui.click("unlock");
    ui.wait_for("new-screening");
    assert!(!ui.has("notice"), "{}", ui.html());
}

#[test]
fn back_shows_the_earlier_answer_and_skip_is_explained_once() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    assert!(ui.has("skip-help"));
    ui.click("answer-no");
    assert!(
        !ui.has("skip-help"),
        "explained once, on the first question"
    );
    ui.click("back");
    let html = ui.html();
    let no = tag_of(&html, "answer-no");
    assert!(no.contains("aria-pressed=\"true\""), "{no}");
    assert!(ui.has("previous-answer"));
    // One labelled switch for the interview language.
    assert!(
        html.matches("id=\"interview-lang-fr\"").count() == 1,
        "{html}"
    );
    let sw = &html[from_id(&html, "interview-lang")..];
    assert!(
        sw.contains("<legend>Langue de l&#39;entretien</legend>"),
        "{sw}"
    );
    // The question screen has a heading.
    assert!(html.contains("id=\"screening-title\""));
}

#[test]
fn arabic_call_buttons_read_right_to_left_with_only_the_number_isolated() {
    let mut ui = Ui::unlocked();
    ui.click("ui-lang-ar");
    ui.click("open-emergency");
    let html = ui.html();
    let at = html.find("href=\"tel:19\"").expect("the police number");
    let tag = &html[html[..at].rfind('<').unwrap_or(0)..];
    let tag = &tag[..tag.find("</a>").unwrap_or(tag.len())];
    assert!(
        !tag.contains("dir=\"ltr\""),
        "the label follows the page: {tag}"
    );
    assert!(
        tag.contains("اتصل بالرقم \u{2068}19\u{2069}"),
        "the number alone is isolated: {tag}"
    );
}

#[test]
fn the_header_names_contain_their_visible_words() {
    let ui = Ui::unlocked();
    let html = ui.html();
    let sos = tag_of(&html, "sos");
    assert!(sos.contains("aria-label=\"SOS"), "{sos}");
    let home = tag_of(&html, "home");
    assert!(home.contains("aria-label=\"Sanad"), "{home}");
}

#[test]
fn facts_already_told_are_recorded_first_and_not_asked_again() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    let docs = "ilo.coercion_at_destination.confiscation_of_documents";
    let button = format!("told-{docs}");
    // Tapped twice it is taken back; once, recorded.
    ui.click(&button);
    ui.click(&button);
    assert!(tag_of(&ui.html(), &button).contains("aria-pressed=\"false\""));
    assert!(ui.html().contains("Aucune réponse"), "taken back");
    ui.click(&button);
    assert!(tag_of(&ui.html(), &button).contains("aria-pressed=\"true\""));
    assert_eq!(
        code(&ui),
        "safety.immediate_danger",
        "the safety questions still come first"
    );
    let mut n = 0;
    while !ui.has("see-result") {
        let c = code(&ui);
        assert_ne!(c, docs, "a fact already told is not asked again");
        ui.click(if c == "consent.informed_given" {
            "answer-yes"
        } else {
            "answer-no"
        });
        n += 1;
        assert!(n <= 94, "the interview ends");
    }
}

#[test]
fn the_passphrase_is_changed_in_settings_and_the_duress_one_is_asked_twice() {
    let mut ui = Ui::unlocked();
    ui.click("open-settings");
    let status = |ui: &Ui| {
        let h = ui.html();
        let from = from_id(&h, "duress-status");
        h[from..]
            .split("</p>")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(status(&ui).contains("Aucune phrase"), "{}", status(&ui));
    // Duress: typed twice; removing it asks first and says "removed", not "saved".
    ui.input("settings-duress", "autre phrase de secours");
    ui.input("settings-duress-confirm", "autre phrase de secour");
    ui.click("duress-save");
    assert!(ui.html().contains("diffèrent"), "{}", ui.html());
    ui.input("settings-duress-confirm", "autre phrase de secours");
    ui.click("duress-save");
    ui.wait_until(|h| h.contains("Enregistré."), "saved");
    ui.wait_until(
        |h| h.contains("Une phrase de contrainte est enregistrée."),
        "shown as set",
    );
    ui.click("duress-clear");
    assert!(ui.has("duress-clear-ask"));
    ui.click("duress-clear-confirm");
    ui.wait_until(|h| h.contains("Phrase de contrainte supprimée."), "removed");
    assert!(status(&ui).contains("Aucune phrase"), "{}", status(&ui));
    // Passphrase: the wrong one in use changes nothing; the right one does, and opens.
    let new = "soleil rouge sur la dune";
    ui.input("pass-old", "pas la bonne phrase du tout");
    ui.input("pass-new", new);
    ui.input("pass-again", new);
    ui.click("pass-change");
    ui.wait_for("notice");
    let html = ui.html();
    assert!(
        from_id(&html, "notice") > from_id(&html, "pass-change"),
        "the message is next to the button"
    );
    assert!(!html.contains("Phrase secrète changée"));
    ui.input("pass-old", PASSPHRASE);
    ui.click("pass-change");
    ui.wait_until(|h| h.contains("Phrase secrète changée."), "changed");
    ui.click("home");
    ui.click("lock");
    ui.wait_for("unlock");
    ui.input("unlock-pass", new);
    ui.click("unlock");
    ui.wait_for("new-screening");
}

#[test]
fn a_message_stays_with_its_screen() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    ui.click("answer-no");
    ui.click("stop-partial");
    ui.wait_for("record-consent");
    // Consent was never asked: the result says so, not "no consent".
    let html = ui.html();
    assert!(
        html.contains("pas encore été demandé") && !html.contains("Pas de consentement"),
        "{html}"
    );
    ui.click("record-yes");
    ui.wait_for("save-to-case");
    // No reference: the message is under the button, not at the top.
    ui.click("save-to-case");
    ui.wait_for("notice");
    let html = ui.html();
    assert!(from_id(&html, "notice") > from_id(&html, "save-to-case"));
    // Another screen starts without it.
    ui.click("home");
    ui.click("open-indicators");
    assert!(!ui.has("notice"), "{}", ui.html());
}
