//! `sanad-cli case referral …` against the real binary: the CLI records what the app
//! records (the same use cases): a referral with its urgency and consent receipt, a step,
//! an illegal step refused, a partner's answer by the slip's code, the slip page, the
//! referrals due.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const PASS: &str = "a long enough passphrase";

struct Dir(PathBuf);
impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
        let _ = std::fs::remove_file(self.0.with_extension("json"));
        let _ = std::fs::remove_file(self.0.with_extension("share.json"));
        let _ = std::fs::remove_file(self.0.with_extension("html"));
    }
}

fn cli(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sanad-cli"))
        .args(args)
        .env("CASE_PASS", PASS)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"")
        .expect("stdin");
    child.wait_with_output().expect("output")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

#[test]
fn referral_steps_from_the_command_line() {
    let d = Dir(std::env::temp_dir().join(format!("sanad-cli-referral-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&d.0);
    let p = d.0.to_str().expect("path").to_owned();
    let common = ["--dir", p.as_str(), "--passphrase-env", "CASE_PASS"];
    let with = |head: &[&str], tail: &[&str]| -> Vec<String> {
        head.iter()
            .chain(common.iter())
            .chain(tail.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let run = |args: Vec<String>| cli(&args.iter().map(String::as_str).collect::<Vec<_>>());
    ok(&run(with(&["case", "init"], &[])));
    let case_json = d.0.with_extension("json");
    std::fs::write(
        &case_json,
        r#"{"reference":"OUJ-CLI-R1","alias":"Planted-Alias-C2","record_consent":true}"#,
    )
    .expect("case file");
    ok(&run(with(
        &["case", "add"],
        &["--json", case_json.to_str().expect("p")],
    )));
    let share = d.0.with_extension("share.json");
    std::fs::write(&share, r#"{"languages": "Invented-Tongue"}"#).expect("share");
    let made: serde_json::Value = serde_json::from_str(&ok(&run(with(
        &["case", "referral", "make"],
        &[
            "--case",
            "OUJ-CLI-R1",
            "--category",
            "ref.medical",
            "--urgency",
            "72h",
            "--language",
            "en",
            "--share",
            "languages",
            "--details",
            share.to_str().expect("p"),
        ],
    ))))
    .expect("json");
    let referral = made["referral_id"].as_str().expect("id").to_owned();
    let code = made["code"].as_str().expect("code").to_owned();

    // Illegal: made → closed.
    let out = run(with(
        &["case", "referral", "step"],
        &[
            "--case",
            "OUJ-CLI-R1",
            "--referral",
            &referral,
            "--step",
            "closed",
        ],
    ));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot take the step"));
    ok(&run(with(
        &["case", "referral", "step"],
        &[
            "--case",
            "OUJ-CLI-R1",
            "--referral",
            &referral,
            "--step",
            "sent",
        ],
    )));
    let wrong = run(with(
        &["case", "referral", "answer"],
        &["--code", "ZZZZZZ", "--answer", "accepted"],
    ));
    assert!(!wrong.status.success(), "a wrong code is refused");
    ok(&run(with(
        &["case", "referral", "answer"],
        &["--code", &code, "--answer", "accepted"],
    )));

    let page = d.0.with_extension("html");
    ok(&run(with(
        &["case", "referral", "slip"],
        &[
            "--case",
            "OUJ-CLI-R1",
            "--referral",
            &referral,
            "--out",
            page.to_str().expect("p"),
        ],
    )));
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(html.contains("Invented-Tongue") && html.contains(&code) && html.contains("<svg"));
    assert!(!html.contains("Planted-Alias-C2"), "alias not agreed");

    let shown: serde_json::Value =
        serde_json::from_str(&ok(&run(with(&["case", "show"], &["OUJ-CLI-R1"])))).expect("json");
    assert_eq!(shown["state"]["referrals"][0]["status"], "accepted");
    let steps: Vec<&str> = shown["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["kind"]["type"] == "referral_step")
        .map(|e| e["kind"]["via"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(steps, ["worker", "partner"]);
    let due: serde_json::Value =
        serde_json::from_str(&ok(&run(with(&["case", "referral", "due"], &[])))).expect("json");
    assert_eq!(
        due.as_array().map(Vec::len),
        Some(0),
        "due in three days: not today"
    );
}
