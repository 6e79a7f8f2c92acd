//! Checklist content the organisation published and a sync kept: after a restart the
//! screens use its question texts and "About" shows its version; a tampered kept file
//! brings the built-in texts back, and the screens say why.
//!
//! The kept file and the enrollment are written here the way a sync writes them (the sync
//! itself, against a real server, is tested in `crates/service/tests/content.rs`).

mod util;

use std::sync::Arc;
use util::{PASSPHRASE, Ui};

const NEW_TEXT: &str = "Question publiée par votre organisation (texte inventé)";

/// A device enrolled with an organisation whose content key is `public` (the server is
/// unreachable: background syncs fail quietly).
fn enroll(data: &std::path::Path, public: &str) {
    let clock: Arc<dyn sanad_core::Clock> = Arc::new(sanad_store::SystemClock);
    let mut v = sanad_store::Vault::open(data.join("cases"), clock).expect("store");
    v.unlock(&sanad_store::Secret::new(PASSPHRASE.into()))
        .expect("unlock");
    let cfg = sanad_sync::SyncConfig {
        server: "http://127.0.0.1:9".into(),
        device_id: "00".repeat(16),
        token: "00".repeat(32),
        org_root: String::new(),
        content_key: public.into(),
        online_key: String::new(),
        sealing_key: String::new(),
        device_private: String::new(),
    };
    v.put_setting(
        sanad_sync::CONFIG_SETTING,
        &serde_json::to_vec(&cfg).expect("json"),
    )
    .expect("enrolled");
}

/// The French questions with the first question's text replaced, signed as version 7.
fn keep_questions(data: &std::path::Path, private: &str) {
    let embedded = include_str!("../locales/fr/questions.ftl");
    let line = embedded
        .lines()
        .find(|l| l.starts_with("safety-immediate_danger = "))
        .expect("the danger question");
    let payload = embedded.replacen(line, &format!("safety-immediate_danger = {NEW_TEXT}"), 1);
    let mut u = sanad_protocol::ContentUpdate {
        kind: "questions-fr".into(),
        version: 7,
        payload,
        signature: String::new(),
    };
    u.signature = sanad_store::bundle::sign_command(private, &u.signed_text()).expect("sign");
    let dir = data.join("content");
    std::fs::create_dir_all(&dir).expect("content dir");
    std::fs::write(
        dir.join("questions-fr.json"),
        serde_json::to_vec(&u).expect("json"),
    )
    .expect("kept");
}

fn unlock(ui: &mut Ui) {
    ui.input("unlock-pass", PASSPHRASE);
    ui.click("unlock");
    ui.wait_for("new-screening");
}

fn first_question(ui: &mut Ui) -> String {
    ui.click("new-screening");
    ui.wait_for("question");
    let html = ui.html();
    let start = html.find("id=\"question\"").expect("a question");
    let body = &html[start..];
    body[body.find('>').expect("tag") + 1..body.find("</p>").expect("end")].to_owned()
}

fn about(ui: &mut Ui) -> String {
    ui.click("home");
    ui.wait_for("open-settings");
    ui.click("open-settings");
    ui.wait_for("about-content");
    ui.html().replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn published_questions_show_after_a_restart_and_a_tampered_file_brings_the_built_in_back() {
    let ui = Ui::unlocked();
    let (private, public) = sanad_store::bundle::generate_keypair().expect("content key");
    let mut ui = ui.restart_with(|data| {
        enroll(data, &public);
        keep_questions(data, &private);
    });
    unlock(&mut ui);
    assert!(
        first_question(&mut ui).contains(NEW_TEXT),
        "the published text is read out"
    );
    let html = about(&mut ui);
    assert!(
        html.contains("version 7"),
        "About shows the version: {html}"
    );
    assert!(!html.contains("about-content-refused"));

    // Tamper with the kept file: the built-in text, and the reason in "About".
    let mut ui = ui.restart_with(|data| {
        let kept = data.join("content").join("questions-fr.json");
        let text = std::fs::read_to_string(&kept).expect("kept");
        std::fs::write(&kept, text.replace("inventé", "modifié")).expect("tamper");
    });
    unlock(&mut ui);
    let q = first_question(&mut ui);
    assert!(
        q.contains("en danger") && !q.contains("modifié"),
        "the built-in text: {q}"
    );
    let html = about(&mut ui);
    assert!(html.contains("intégrées à l"), "{html}");
    assert!(
        html.contains("id=\"about-content-refused\"")
            && html.contains("questions-fr: its signature does not verify"),
        "the notice says why: {html}"
    );
}
