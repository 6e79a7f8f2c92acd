//! A screening stopped by a gate (here: no consent) shows no flags and no indicator groups:
//! the result screen leaves out their reasons by the reason's typed source.

mod util;

use util::Ui;

/// The French text of the "smuggled" reason (locales/fr/screening.ftl).
const SMUGGLED: &str = "a payé un passage";

#[test]
fn without_consent_the_result_shows_no_flag_reason_and_no_dimensions() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    // The person already told they paid for the crossing: the "smuggled" fact holds.
    ui.click("told-som.paid_or_benefit_for_crossing");
    let mut n = 0;
    while !ui.has("see-result") {
        ui.click("answer-no");
        n += 1;
        assert!(n <= 94, "the refused consent ends the interview");
    }
    ui.click("see-result");
    ui.wait_for("classification");
    let html = ui.html();
    assert!(ui.has("outcome"), "{html}");
    assert!(
        !html.contains(SMUGGLED),
        "a gate shows no flag's reason: {html}"
    );
    assert!(!html.contains("id=\"dim-"), "a gate shows no dimensions");
}
