//! The whole journey, in-process: first run → a screening of an invented case to its result
//! → save to a case → referral with consent → lock → unlock → the case is there with its
//! history. Also: a killed app resumes the screening from its encrypted draft, and wrong
//! passphrases show the attempts left.

mod util;

use sanad_test_support::env::{all_files, contains};
use util::{PASSPHRASE, Ui};

/// The code of the question shown.
fn code(ui: &Ui) -> String {
    let html = ui.html();
    let at = html.find("data-code=\"").expect("a question is shown") + 11;
    html[at..].split('"').next().unwrap().to_owned()
}

/// Answer the way the first invented vignette says (passport kept, debt, forced clients).
fn answer_vignette(ui: &mut Ui) {
    let v = &sanad_test_support::vignettes::VIGNETTES[0];
    let mut n = 0;
    while !ui.has("see-result") {
        let c = code(ui);
        ui.click(if v.yes.contains(&c.as_str()) {
            "answer-yes"
        } else if v.unknown.contains(&c.as_str()) {
            "answer-unknown"
        } else {
            "answer-no"
        });
        n += 1;
        assert!(n <= 94, "the interview ends");
    }
}

fn unlock(ui: &mut Ui, pass: &str) {
    ui.input("unlock-pass", pass);
    ui.click("unlock");
}

#[test]
fn first_run_screening_referral_case_lock_unlock() {
    let mut ui = Ui::unlocked();
    assert!(
        ui.data.path().join("cases").exists(),
        "the encrypted store is in the data directory"
    );
    assert!(
        ui.html().contains("Jamais envoyé : ce téléphone n"),
        "never connected: the home says so, not \"all sent\""
    );
    assert!(!ui.html().contains("tout est envoyé"));
    ui.click("new-screening");
    answer_vignette(&mut ui);
    ui.click("see-result");
    ui.wait_for("record-consent");
    let html = ui.html();
    assert!(html.contains("id=\"classification\""), "{html}");
    assert!(html.contains("Aide à la décision seulement"));

    // Nothing can be saved before the person agrees to keeping a record (Law 09-08).
    assert!(ui.has("record-consent") && !ui.has("save-to-case"));
    ui.click("record-yes");
    ui.wait_for("case-ref");

    // Save to a case, then refer with the person's consent.
    ui.input("case-ref", "OUJ-2026-0042");
    ui.input("case-alias", "Invented Person A");
    ui.click("save-to-case");
    ui.wait_for("saved");
    let html = ui.html();
    assert!(html.contains("OUJ-2026-0042"));
    // A service offered under two categories: referring it under one records only that one.
    let ids: Vec<&str> = html
        .split("id=\"refer-")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let service = |id: &str| {
        id.split_once('-')
            .map(|(_, s)| s.to_owned())
            .unwrap_or_default()
    };
    let refer = ids
        .iter()
        .find(|id| ids.iter().filter(|o| service(o) == service(id)).count() > 1)
        .expect("a suggested service offered under two categories")
        .to_string();
    let button = html.split(&format!("id=\"refer-{refer}\"")).nth(1).unwrap();
    assert!(
        button[..button.find('>').unwrap()].contains("disabled"),
        "refer waits for consent"
    );
    ui.change("referral-consent", "true");
    ui.click(&format!("refer-{refer}"));
    ui.wait_for(&format!("referred-{refer}"));
    assert_eq!(
        ui.html().matches("id=\"referred-").count(),
        1,
        "recorded under the one category chosen"
    );

    // Home tells the truth about sync: this phone was never connected, so nothing was
    // sent and nothing is promised ("all sent" or a count of raw records).
    ui.click("home");
    ui.wait_until(
        |h| h.contains("Jamais envoyé : ce téléphone n"),
        "never sent, not connected",
    );
    assert!(!ui.has("unsynced"), "no count while nothing can be sent");
    assert!(!ui.html().contains("tout est envoyé"));

    // Lock: nothing of the case stays on screen; unlock: the case is there.
    ui.click("lock");
    ui.wait_for("unlock");
    assert!(!ui.html().contains("OUJ-2026-0042"));
    unlock(&mut ui, PASSPHRASE);
    ui.wait_for("open-cases");
    ui.click("open-cases");
    ui.wait_for("case-OUJ-2026-0042");
    ui.click("case-OUJ-2026-0042");
    ui.wait_for("timeline");
    // The referral shows the service's name, not its id.
    ui.wait_until(
        |h| {
            h.split("class=\"service-name\"")
                .nth(1)
                .and_then(|x| x.split('>').nth(1))
                .map(|n| n.split('<').next().unwrap_or_default())
                .is_some_and(|n| {
                    let id_like = n.len() >= 36 && n.chars().take(8).all(|c| c.is_ascii_hexdigit());
                    n.len() > 3 && !id_like
                })
        },
        "the service name",
    );
    let html = ui.html();
    assert!(html.contains("Invented Person A"));
    assert!(
        html.contains("Entretien enregistré") && html.contains("Orientation"),
        "{html}"
    );
    assert!(
        html.contains("faite, sans nouvelles"),
        "referral status shown"
    );
    // Only the steps that may follow are offered, each asked once more.
    let referral = html
        .split("id=\"step-sent-")
        .nth(1)
        .and_then(|x| x.split('"').next())
        .expect("a step button")
        .to_owned();
    assert!(
        !html.contains(&format!("step-service_received-{referral}"))
            && !html.contains(&format!("step-closed-{referral}")),
        "made: service received and closing are not offered"
    );
    ui.click(&format!("step-withdrawn-{referral}"));
    assert!(ui.has(&format!("step-confirm-{referral}")));
    ui.click("step-no");
    assert!(
        ui.html().contains("faite, sans nouvelles"),
        "cancel changes nothing"
    );
    ui.click(&format!("step-sent-{referral}"));
    ui.click("step-yes");
    ui.wait_until(
        |h| h.contains("fiche envoyée, en attente du service"),
        "sent",
    );
    let html = ui.html();
    assert!(
        !html.contains(&format!("step-sent-{referral}")),
        "sent once"
    );
    assert!(html.contains(&format!("step-accepted-{referral}")));
    assert!(html.contains("Étape d"), "the step is on the timeline");

    // A note, then close the case (with confirmation).
    ui.input("note-text", "Invented note: follow-up on Tuesday");
    ui.click("add-note");
    ui.wait_until(
        |h| h.contains("Invented note: follow-up on Tuesday"),
        "the note",
    );
    ui.click("close-case");
    ui.click("close-confirm");
    ui.wait_for("case-closed");

    // Search by reference.
    ui.click("home");
    ui.click("open-cases");
    ui.input("case-query", "ouj-2026");
    ui.wait_for("case-OUJ-2026-0042");
    ui.input("case-query", "nothing-like-this");
    ui.wait_until(
        |h| !h.contains("id=\"case-OUJ-2026-0042\""),
        "the filtered list",
    );
}

#[test]
fn a_killed_app_resumes_the_screening_from_its_encrypted_draft() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    for _ in 0..4 {
        ui.click("answer-no");
    }
    let at = code(&ui);
    // Let the last draft write land, then "kill" the app and start it again.
    ui.settle();
    let mut ui = ui.restart();
    unlock(&mut ui, PASSPHRASE);
    ui.wait_for("resume-screening");
    assert!(
        ui.html().contains("(\u{2068}4\u{2069} réponses)"),
        "{}",
        ui.html()
    );
    ui.click("resume-screening");
    assert_eq!(code(&ui), at, "the same question as before the kill");
    // The draft is not readable on disk.
    for (path, bytes) in all_files(ui.data.path()) {
        if path.ends_with("directory.db") {
            continue;
        }
        assert!(
            !contains(&bytes, at.as_bytes()),
            "{} holds a question code in clear",
            path.display()
        );
    }
}

#[test]
fn wrong_passphrases_show_the_attempts_left_and_the_right_one_opens() {
    let mut ui = Ui::unlocked();
    ui.click("lock");
    ui.wait_for("unlock");
    unlock(&mut ui, "not the passphrase");
    ui.wait_for("notice");
    assert!(
        ui.html().contains("Encore \u{2068}9\u{2069} essais"),
        "{}",
        ui.html()
    );
    unlock(&mut ui, PASSPHRASE);
    ui.wait_for("new-screening");
}

#[test]
fn quick_wipe_asks_first_then_erases_everything() {
    let mut ui = Ui::unlocked();
    ui.click("open-settings");
    ui.click("wipe");
    ui.click("wipe-cancel");
    assert!(ui.has("wipe"), "cancel keeps everything");
    ui.click("wipe");
    ui.click("wipe-confirm");
    ui.wait_for("setup-create");
    assert!(!ui.data.path().join("cases").join("keyring.json").exists());
}

#[test]
fn without_consent_to_keep_a_record_nothing_is_saved_and_referral_still_works() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    answer_vignette(&mut ui);
    ui.click("see-result");
    ui.wait_for("record-consent");
    assert!(
        !ui.has("save-to-case"),
        "no saving before the person agrees"
    );
    ui.click("record-no");
    ui.wait_for("record-refused");
    assert!(!ui.has("save-to-case") && !ui.has("case-ref"));
    ui.wait_until(
        |h| h.contains("id=\"referrals\"") && h.contains("class=\"hit service\""),
        "the services for the suggested referrals",
    );
    // The encrypted draft is gone: a restarted app has nothing to resume, and no case.
    ui.settle();
    let mut ui = ui.restart();
    unlock(&mut ui, PASSPHRASE);
    ui.wait_for("new-screening");
    assert!(!ui.has("resume-screening"), "{}", ui.html());
    ui.click("open-cases");
    ui.wait_until(|h| h.contains("Aucun dossier"), "an empty case list");
}
