//! The first screens render in-process (VirtualDom + SSR), without a window: set-up on a
//! new device, in the default language, with the emergency entry point.

mod util;

use util::Ui;

#[test]
fn first_run_asks_for_a_passphrase_with_the_emergency_button_at_hand() {
    let mut ui = Ui::start();
    let html = ui.html();
    assert!(
        html.contains("Bienvenue dans Sanad"),
        "French by default: {html}"
    );
    assert!(html.contains(r#"id="setup-pass""#) && html.contains(r#"type="password""#));
    assert!(
        !html.contains(r#"id="new-screening""#),
        "nothing else before set-up"
    );
    assert!(html.contains(r#"dir="ltr""#) && html.contains(r#"lang="fr""#));
    // The emergency numbers are one tap away even before set-up.
    ui.click("sos");
    let html = ui.html();
    assert!(html.contains("href=\"tel:19\""), "{html}");
    assert!(html.contains("href=\"tel:0800004747\""));
}

#[test]
fn language_buttons_are_labelled_in_their_own_language() {
    let ui = Ui::start();
    let html = ui.html();
    for (code, name) in [("ar", "العربية"), ("fr", "Français"), ("en", "English")] {
        assert!(html.contains(&format!(r#"lang="{code}""#)), "{code}");
        assert!(html.contains(name), "{name}");
    }
    assert!(html.contains(r#"aria-pressed="true""#));
}

#[test]
fn the_strength_meter_follows_the_passphrase() {
    let mut ui = Ui::start();
    ui.input("setup-pass", "abc");
    assert!(ui.html().contains("Trop courte"));
    ui.input("setup-pass", "12345678");
    assert!(ui.html().contains("Faible"));
    ui.input("setup-pass", "lune bleue sur la mer du nord");
    assert!(ui.html().contains("Solide"));
}

#[test]
fn emergency_numbers_are_the_confirmed_ones_only() {
    let numbers: Vec<&str> = sanad::views::EMERGENCY_NUMBERS
        .iter()
        .map(|(_, n)| *n)
        .collect();
    assert_eq!(numbers, ["19", "177", "15", "0800004747"]);
}

#[test]
fn enrollment_asks_for_the_organisation_fingerprint_and_needs_it() {
    let mut ui = Ui::start();
    let html = ui.html();
    assert!(html.contains(r#"id="setup-org""#), "{html}");
    assert!(html.contains("(40 chiffres)"), "labelled");
    ui.input("setup-pass", "lune bleue sur la mer du nord");
    ui.input("setup-confirm", "lune bleue sur la mer du nord");
    ui.input("setup-server", "https://sync.example.org");
    ui.input("setup-code", "ABCDE-FGHIJ");
    ui.click("setup-create");
    let html = ui.html();
    assert!(
        html.contains("(ou laissez-les tous vides)"),
        "a server and a code without the fingerprint are refused: {html}"
    );
}
