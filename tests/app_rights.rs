//! The person's rights on the case screen (issue 17, part 2), in-process: the access
//! export in Arabic, a correction shown in the history, withdrawing sharing and erasing
//! the case, each final step asked once more.

mod util;

use util::Ui;

fn code(ui: &Ui) -> String {
    let html = ui.html();
    let at = html.find("data-code=\"").expect("a question is shown") + 11;
    html[at..].split('"').next().unwrap().to_owned()
}

#[test]
fn access_correction_withdrawal_and_erasure_from_the_case_screen() {
    let mut ui = Ui::unlocked();
    ui.click("new-screening");
    let mut n = 0;
    while !ui.has("see-result") {
        let _ = code(&ui);
        ui.click("answer-no");
        n += 1;
        assert!(n <= 94, "the interview ends");
    }
    ui.click("see-result");
    ui.wait_for("record-consent");
    ui.click("record-yes");
    ui.wait_for("case-ref");
    ui.input("case-ref", "RIGHTS-0001");
    ui.input("case-alias", "Invented Person R");
    ui.click("save-to-case");
    ui.wait_for("saved");
    ui.click("home");
    ui.click("open-cases");
    ui.wait_for("case-RIGHTS-0001");
    ui.click("case-RIGHTS-0001");
    ui.wait_for("timeline");
    ui.input("note-text", "Invented note to correct");
    ui.click("add-note");
    ui.wait_until(|h| h.contains("Invented note to correct"), "the note");

    // Access: everything held, in Arabic.
    ui.click("rights-export-ar");
    ui.wait_for("access-export");
    let html = ui.html();
    assert!(html.contains("كل ما هو محفوظ عن هذا الملف"), "{html}");
    assert!(html.contains("rtl"));

    // A correction is a new entry; the note shows the corrected text.
    ui.change("rights-rectify-target", "0");
    ui.input("rights-rectify-value", "Invented note corrected");
    ui.click("rights-rectify");
    ui.wait_until(|h| h.contains("Invented note corrected"), "the correction");
    assert!(ui.html().contains("Correction"), "shown in the history");

    // Withdrawal: asked once more, then the case says so.
    ui.click("rights-withdraw");
    assert!(ui.has("rights-q"));
    ui.click("rights-confirm");
    ui.wait_for("rights-withdrawn");

    // Erasure: asked once more naming what is lost; the case is gone from the list.
    ui.click("rights-erase");
    assert!(ui.html().contains("Effacer définitivement ce dossier"));
    ui.click("rights-confirm");
    ui.wait_for("case-list");
    ui.wait_until(
        |h| !h.contains("id=\"case-RIGHTS-0001\""),
        "the case erased",
    );
}
