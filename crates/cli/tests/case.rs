//! `sanad-cli case …` against the real binary and a real store directory.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASS: &str = "a long enough passphrase";

struct Dir(PathBuf);
impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
fn dir(label: &str) -> Dir {
    let p = std::env::temp_dir().join(format!("sanad-cli-case-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    Dir(p)
}

fn cli(args: &[&str], env_pass: Option<&str>, stdin: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sanad-cli"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(p) = env_pass {
        cmd.env("CASE_PASS", p);
    }
    let mut child = cmd.spawn().expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
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

fn grep_count(dir: &Path, needle: &str) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let bytes = std::fs::read(e.path()).unwrap_or_default();
        n += bytes
            .windows(needle.len())
            .filter(|w| *w == needle.as_bytes())
            .count();
    }
    n
}

#[test]
fn init_add_list_show_note_then_grep_finds_nothing() {
    let d = dir("flow");
    let p = d.0.to_str().expect("path");
    ok(&cli(
        &["case", "init", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    ));
    let case_json = d.0.with_extension("json");
    std::fs::write(
        &case_json,
        r#"{"reference":"OUJ-MARKER-7","alias":"MARKER Amina","record_consent":true,"answers":{"consent.informed_given":"yes","ilo.coercion_at_destination.debt_bondage":"yes","ilo.coercion_at_destination.violence_on_victim":"yes"},"notes":["MARKER met near the station"]}"#,
    )
    .expect("case file");
    let added: serde_json::Value = serde_json::from_str(&ok(&cli(
        &[
            "case",
            "add",
            "--dir",
            p,
            "--passphrase-env",
            "CASE_PASS",
            "--json",
            case_json.to_str().expect("p"),
        ],
        Some(PASS),
        "",
    )))
    .expect("json");
    let _ = std::fs::remove_file(&case_json);
    // Opened, data-storage consent (as the app records it), screening, note.
    assert_eq!(added["events"], 4);
    // Passphrase on stdin (first line), note text on the rest of stdin.
    ok(&cli(
        &["case", "note", "--dir", p, "OUJ-MARKER-7", "-"],
        None,
        &format!("{PASS}\nMARKER second note\n"),
    ));
    let list: serde_json::Value = serde_json::from_str(&ok(&cli(
        &["case", "list", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    )))
    .expect("json");
    assert_eq!(list[0]["reference"], "OUJ-MARKER-7");
    assert_eq!(list[0]["last_screening"][0], "vulnerability_only");
    let shown: serde_json::Value = serde_json::from_str(&ok(&cli(
        &[
            "case",
            "show",
            "--dir",
            p,
            "--passphrase-env",
            "CASE_PASS",
            "OUJ-MARKER-7",
        ],
        Some(PASS),
        "",
    )))
    .expect("json");
    assert_eq!(shown["state"]["notes"][1], "MARKER second note");
    let kinds: Vec<&str> = shown["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["kind"]["type"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        kinds,
        [
            "opened",
            "consent_recorded",
            "screening_recorded",
            "note_added",
            "note_added"
        ],
        "the CLI records what the app records"
    );
    assert_eq!(shown["state"]["consents"]["data_storage"], true);
    assert_eq!(
        grep_count(&d.0, "MARKER"),
        0,
        "no marker in any file of the store directory"
    );
    assert_eq!(
        grep_count(&d.0, "debt_bondage"),
        0,
        "answers are sealed too"
    );
}

#[test]
fn bad_input_changes_nothing_and_exits_2() {
    let d = dir("bad");
    let p = d.0.to_str().expect("path");
    let short = cli(
        &["case", "init", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some("short"),
        "",
    );
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("8 characters"));
    assert!(!d.0.join("keyring.json").exists());
    ok(&cli(
        &["case", "init", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    ));
    let wrong = cli(&["case", "list", "--dir", p], None, "not the passphrase\n");
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong passphrase (9 attempts left"));
    let bad_json = d.0.with_extension("bad.json");
    std::fs::write(
        &bad_json,
        r#"{"reference":"R","alias":42,"secret_marker":"ZQX"}"#,
    )
    .expect("write");
    let out = cli(
        &[
            "case",
            "add",
            "--dir",
            p,
            "--passphrase-env",
            "CASE_PASS",
            "--json",
            bad_json.to_str().expect("p"),
        ],
        Some(PASS),
        "",
    );
    let _ = std::fs::remove_file(&bad_json);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 1") && !err.contains("ZQX"),
        "names the place, not the data: {err}"
    );
    let unknown_code = d.0.with_extension("code.json");
    std::fs::write(
        &unknown_code,
        r#"{"reference":"R","record_consent":true,"answers":{"ilo.nope":"yes"}}"#,
    )
    .expect("write");
    let out = cli(
        &[
            "case",
            "add",
            "--dir",
            p,
            "--passphrase-env",
            "CASE_PASS",
            "--json",
            unknown_code.to_str().expect("p"),
        ],
        Some(PASS),
        "",
    );
    let _ = std::fs::remove_file(&unknown_code);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ilo.nope"));
    let list: serde_json::Value = serde_json::from_str(&ok(&cli(
        &["case", "list", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    )))
    .expect("json");
    assert_eq!(
        list.as_array().expect("array").len(),
        0,
        "nothing was added"
    );
}

#[test]
fn there_is_no_passphrase_argument() {
    let out = cli(
        &["case", "list", "--dir", "/tmp/x", "--passphrase", PASS],
        None,
        "",
    );
    assert_eq!(out.status.code(), Some(2), "clap rejects it");
}

#[test]
fn wipe_needs_confirmation_not_the_passphrase() {
    let d = dir("wipe");
    let p = d.0.to_str().expect("path");
    ok(&cli(
        &["case", "init", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    ));
    assert_eq!(
        cli(&["case", "wipe", "--dir", p], None, "").status.code(),
        Some(2)
    );
    assert!(d.0.join("keyring.json").exists());
    ok(&cli(&["case", "wipe", "--dir", p, "--yes"], None, ""));
    assert!(!d.0.join("keyring.json").exists() && !d.0.join("cases.db").exists());
}

#[test]
fn wipe_works_on_a_damaged_store_and_shreds_what_was_set_aside() {
    let d = dir("wipe-damaged");
    let p = d.0.to_str().expect("path");
    ok(&cli(
        &["case", "init", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    ));
    // A damaged key file: a first command moves the store aside into damaged-*/.
    std::fs::write(d.0.join("keyring.json"), b"{\"body\": damaged").expect("damage");
    let list = cli(
        &["case", "list", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    );
    assert!(!list.status.success());
    let set_aside = std::fs::read_dir(&d.0)
        .expect("dir")
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with("damaged-"));
    assert!(set_aside, "the damaged store was set aside");
    ok(&cli(&["case", "wipe", "--dir", p, "--yes"], None, ""));
    let left: Vec<_> = std::fs::read_dir(&d.0).expect("dir").flatten().collect();
    assert!(left.is_empty(), "left after the wipe: {left:?}");
}

#[test]
fn add_without_the_record_consent_is_refused_and_writes_nothing_as_in_the_app() {
    let d = dir("consent");
    let p = d.0.to_str().expect("path");
    ok(&cli(
        &["case", "init", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    ));
    let file = d.0.with_extension("noconsent.json");
    std::fs::write(&file, r#"{"reference":"REF-NC","alias":"invented"}"#).expect("write");
    let out = cli(
        &[
            "case",
            "add",
            "--dir",
            p,
            "--passphrase-env",
            "CASE_PASS",
            "--json",
            file.to_str().expect("p"),
        ],
        Some(PASS),
        "",
    );
    let _ = std::fs::remove_file(&file);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("record_consent"));
    let list: serde_json::Value = serde_json::from_str(&ok(&cli(
        &["case", "list", "--dir", p, "--passphrase-env", "CASE_PASS"],
        Some(PASS),
        "",
    )))
    .expect("json");
    assert_eq!(
        list.as_array().expect("array").len(),
        0,
        "nothing was added"
    );
}
