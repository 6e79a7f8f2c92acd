//! The app renders in-process (VirtualDom + SSR), without a window: the home screen in the
//! default language, with its actions and the emergency entry point.

use dioxus::prelude::*;
use sanad::app::App;

fn render_home() -> String {
    let mut dom = VirtualDom::new(App);
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

#[test]
fn home_renders_with_name_actions_and_emergency() {
    let html = render_home();
    assert!(html.contains("Sanad"), "{html}");
    assert!(
        html.contains("Nouveau repérage"),
        "French is the default interface language"
    );
    assert!(html.contains(r#"id="new-screening""#));
    assert!(html.contains(r#"id="open-indicators""#));
    assert!(
        html.contains("SOS"),
        "emergency reachable from every screen"
    );
    assert!(html.contains(r#"dir="ltr""#) && html.contains(r#"lang="fr""#));
}

#[test]
fn language_buttons_are_labelled_in_their_own_language() {
    let html = render_home();
    for (code, name) in [("ar", "العربية"), ("fr", "Français"), ("en", "English")] {
        assert!(html.contains(&format!(r#"lang="{code}""#)), "{code}");
        assert!(html.contains(name), "{name}");
    }
    assert!(html.contains(r#"aria-pressed="true""#));
}

#[test]
fn emergency_numbers_are_the_confirmed_ones_only() {
    let numbers: Vec<&str> = sanad::views::EMERGENCY_NUMBERS
        .iter()
        .map(|(_, n)| *n)
        .collect();
    assert_eq!(numbers, ["19", "177", "15", "0800004747"]);
}
