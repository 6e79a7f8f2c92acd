//! Case studies the organisation published (a signed `training` pack a sync kept) show in
//! the practice list next to the built-in ones, and can be practised; a tampered kept pack
//! is refused: the built-in studies stay, and "About" says why.
//!
//! The kept file and the enrollment are written here the way a sync writes them (the sync
//! itself, against a real server, is tested in `crates/service/tests/training_pack.rs`).

mod util;

use std::sync::Arc;
use util::{PASSPHRASE, Ui};

const STUDY: &str = "pack-berkane-9";
const TITLE: &str = "Le passage de Berkane (étude publiée)";

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

/// A pack of one new study (the first built-in smuggling study, renamed), signed as
/// version 4 and kept where a sync keeps it.
fn keep_pack(data: &std::path::Path, private: &str) {
    let built_in = include_str!("../crates/training/content/smuggling.toml");
    let start = built_in.find("[[study]]").expect("a study");
    let end = start + 1 + built_in[start + 1..].find("[[study]]").expect("a second");
    let payload = built_in[start..end]
        .replacen(
            "id = \"smuggling-oujda-1\"",
            &format!("id = \"{STUDY}\""),
            1,
        )
        .replacen(
            "title = \"La traversée de nuit\"",
            &format!("title = \"{TITLE}\""),
            1,
        );
    assert!(payload.contains(STUDY) && payload.contains(TITLE));
    let mut u = sanad_protocol::ContentUpdate {
        kind: "training".into(),
        version: 4,
        payload,
        signature: String::new(),
    };
    u.signature = sanad_store::bundle::sign_command(private, &u.signed_text()).expect("sign");
    let dir = data.join("content");
    std::fs::create_dir_all(&dir).expect("content dir");
    std::fs::write(
        dir.join("training.json"),
        serde_json::to_vec(&u).expect("json"),
    )
    .expect("kept");
}

fn unlock_and_open_practice(ui: &mut Ui) {
    ui.input("unlock-pass", PASSPHRASE);
    ui.click("unlock");
    ui.wait_for("new-screening");
    ui.click("open-practice");
    ui.wait_for("studies");
}

fn about(ui: &mut Ui) -> String {
    ui.click("home");
    ui.wait_for("open-settings");
    ui.click("open-settings");
    ui.wait_for("about-content");
    ui.html().replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn a_published_study_is_listed_and_a_tampered_pack_leaves_the_built_in_studies() {
    let ui = Ui::unlocked();
    let (private, public) = sanad_store::bundle::generate_keypair().expect("content key");
    let mut ui = ui.restart_with(|data| {
        enroll(data, &public);
        keep_pack(data, &private);
    });
    unlock_and_open_practice(&mut ui);
    let html = ui.html();
    assert!(
        ui.has(&format!("study-{STUDY}")) && html.contains(TITLE),
        "the published study is listed: {html}"
    );
    assert!(ui.has("study-smuggling-oujda-1"), "the built-in ones stay");
    ui.click(&format!("study-{STUDY}"));
    assert!(ui.html().contains("Maghnia"), "its story is shown");
    assert!(ui.has("start-practice"));
    let html = about(&mut ui);
    assert!(html.contains("version 4"), "About: {html}");
    assert!(!html.contains("about-content-refused"));

    // Tamper with the kept pack: refused, only the built-in studies.
    let mut ui = ui.restart_with(|data| {
        let kept = data.join("content").join("training.json");
        let text = std::fs::read_to_string(&kept).expect("kept");
        std::fs::write(&kept, text.replace("étude publiée", "étude modifiée")).expect("tamper");
    });
    unlock_and_open_practice(&mut ui);
    let html = ui.html();
    assert!(
        !ui.has(&format!("study-{STUDY}")) && !html.contains("étude modifiée"),
        "the tampered study is not listed: {html}"
    );
    assert!(
        ui.has("study-smuggling-oujda-1"),
        "the built-in studies stay"
    );
    let html = about(&mut ui);
    assert!(
        html.contains("id=\"about-content-refused\"")
            && html.contains("training: its signature does not verify"),
        "the notice says why: {html}"
    );
}
