//! Referrals that close the loop, in the app: a referral made with an urgency three days
//! ago is overdue on the home screen (next step first); its case offers only the steps
//! that may follow; advancing it changes what is offered; the slip shows with its QR code
//! and only what the person agreed to share.

mod util;

use sanad_core::referral::{ConsentReceipt, NewReferral, SharedField, SlipLanguage, Urgency};
use sanad_core::{Clock, RefCategory};
use sanad_service::{CaseId, referrals, usecases};
use sanad_store::{Secret, Vault};
use std::sync::Arc;
use util::{PASSPHRASE, Ui};

struct ThreeDaysAgo;

impl Clock for ThreeDaysAgo {
    fn now_ms(&self) -> i64 {
        sanad_store::SystemClock.now_ms() - 3 * 24 * 3_600_000
    }
}

/// A case referred three days ago, within 24 hours: overdue now. The alias is on the
/// case; the person agreed to share only their languages.
fn referred_three_days_ago(data: &std::path::Path) {
    let mut v = Vault::open(sanad_service::store_dir(data), Arc::new(ThreeDaysAgo)).expect("open");
    v.unlock(&Secret::new(PASSPHRASE.into())).expect("unlock");
    let case: CaseId =
        usecases::open_case(&mut v, "OUJ-LATE-1", "Planted-Alias-W3", true).expect("case");
    let new = NewReferral {
        category: RefCategory::Medical,
        service: None,
        urgency: Urgency::Within24Hours,
        language: SlipLanguage::Fr,
        receipt: ConsentReceipt {
            fields: [SharedField::Languages].into(),
            details: [(SharedField::Languages, "Invented-Tongue".to_owned())].into(),
        },
    };
    referrals::refer(&mut v, case, new).expect("referral");
}

#[test]
fn an_overdue_referral_shows_on_home_and_only_legal_steps_are_offered() {
    let ui = Ui::unlocked();
    assert!(!ui.has("follow-ups"), "nothing due yet");
    let mut ui = ui.restart_with(referred_three_days_ago);
    ui.input("unlock-pass", PASSPHRASE);
    ui.click("unlock");
    ui.wait_for("follow-ups");
    let html = ui.html();
    let section = html
        .split("id=\"follow-ups\"")
        .nth(1)
        .expect("the follow-ups");
    assert!(section.contains("Une orientation à suivre"), "{section}");
    assert!(section.contains("class=\"hit overdue\""));
    let next = section.find("Envoyer la fiche").expect("next step shown");
    let reference = section.find("OUJ-LATE-1").expect("the case");
    assert!(next < reference, "the next step comes first");
    assert!(section.contains("En retard depuis"));

    // The case: only the steps that may follow "made".
    let link = section
        .split("id=\"follow-up-")
        .nth(1)
        .and_then(|x| x.split('"').next())
        .expect("a link")
        .to_owned();
    ui.click(&format!("follow-up-{link}"));
    ui.wait_for("timeline");
    let offered = |ui: &Ui| -> Vec<String> {
        ui.html()
            .split("id=\"step-")
            .skip(1)
            .filter_map(|x| x.split('"').next())
            .filter_map(|x| x.strip_suffix(&format!("-{link}")).map(str::to_owned))
            .collect()
    };
    assert_eq!(offered(&ui), ["sent", "accepted", "declined", "withdrawn"]);
    ui.click(&format!("step-sent-{link}"));
    ui.click("step-yes");
    ui.wait_until(
        |h| h.contains("fiche envoyée, en attente du service"),
        "sent",
    );
    assert_eq!(offered(&ui), ["accepted", "declined", "withdrawn"]);
    assert!(ui.html().contains("enregistrée par le travailleur social"));

    // The slip: the agreed languages, not the alias; a QR code.
    ui.click(&format!("show-slip-{link}"));
    ui.wait_for("slip");
    let html = ui.html();
    let slip = html.split("id=\"slip\"").nth(1).expect("slip");
    let slip = &slip[..slip.find("id=\"close-slip\"").unwrap_or(slip.len())];
    assert!(slip.contains("Invented-Tongue") && slip.contains("Fiche d"));
    assert!(!slip.contains("Planted-Alias-W3"), "alias not agreed");
    assert!(slip.contains("<svg"), "the QR code");

    // Home again: the step changed what comes next.
    ui.click("home");
    ui.wait_until(
        |h| h.contains("Demander sa réponse au service"),
        "next: ask",
    );
}
