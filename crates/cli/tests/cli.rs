//! The command-line contract of SCREENING-SPEC §5, run against the built binary.

use rstest::rstest;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sanad-cli"))
        .args(args)
        .output()
        .expect("run sanad-cli")
}

fn answer_file(json: &str) -> tempfile_path::TempFile {
    tempfile_path::TempFile::with(json)
}

/// A tiny self-deleting temp file (no extra dependency).
mod tempfile_path {
    use super::*;
    pub struct TempFile(pub std::path::PathBuf);
    impl TempFile {
        pub fn with(content: &str) -> TempFile {
            use std::sync::atomic::{AtomicU32, Ordering};
            static N: AtomicU32 = AtomicU32::new(0);
            let p = std::env::temp_dir().join(format!(
                "sanad-cli-test-{}-{}.json",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            std::fs::File::create(&p)
                .and_then(|mut f| f.write_all(content.as_bytes()))
                .expect("write temp file");
            TempFile(p)
        }
        pub fn path(&self) -> &str {
            self.0.to_str().expect("utf-8 temp path")
        }
    }
    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

fn screen(json: &str, adaptive: bool) -> (Output, Option<Value>) {
    let f = answer_file(json);
    let mut args = vec!["screen", "--answers", f.path()];
    if adaptive {
        args.push("--adaptive");
    }
    let out = cli(&args);
    let v = serde_json::from_slice(&out.stdout).ok();
    (out, v)
}

#[test]
fn list_codes_prints_94_codes() {
    let out = cli(&["screen", "--list-codes"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 94);
    assert_eq!(lines[0], "safety.immediate_danger");
    assert!(lines.contains(&"ilo.coercion_at_destination.debt_bondage"));
    assert_eq!(
        lines
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        94,
        "no duplicates"
    );
}

#[test]
fn output_has_the_contract_shape() {
    let (out, v) = screen(
        r#"{ "answers": { "consent.informed_given": "yes", "ilo.coercion_at_destination.debt_bondage": "yes", "som.paid_or_benefit_for_crossing": "yes" } }"#,
        false,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = v.expect("one JSON object on stdout");
    for key in [
        "outcome",
        "classification",
        "child",
        "flags",
        "dimensions",
        "palermo",
        "referrals",
        "unanswered",
        "reasons",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert!(v.get("asked").is_none(), "asked only with --adaptive");
    assert_eq!(v["dimensions"].as_object().expect("object").len(), 6);
    assert_eq!(v["dimensions"]["coercion_at_destination"]["strong"], 1);
    assert_eq!(v["flags"]["smuggled"], true);
    assert_eq!(v["outcome"], "no_tip_indicators");
    assert_eq!(v["classification"], "smuggling_only");
    assert_eq!(
        v["referrals"],
        serde_json::json!(["ref.basic_needs", "ref.medical", "ref.psychosocial"])
    );
    assert_eq!(v["unanswered"], 91);
    assert!(
        v["reasons"]
            .as_array()
            .expect("array")
            .iter()
            .all(|r| r["message"].is_string() && r["codes"].is_array())
    );
}

#[test]
fn adaptive_reports_asked_and_matches_full_decision() {
    let json = r#"{ "answers": { "consent.informed_given": "yes",
        "ilo.exploitative_conditions.excessive_working_hours": "yes", "ilo.exploitative_conditions.low_or_no_salary": "yes",
        "ilo.coercion_at_destination.debt_bondage": "yes", "ilo.coercion_at_destination.confiscation_of_documents": "yes",
        "ilo.deceptive_recruitment.deceived_nature_of_job": "yes", "ilo.deceptive_recruitment.deceived_wages": "yes" } }"#;
    let (_, full) = screen(json, false);
    let (out, adaptive) = screen(json, true);
    assert!(out.status.success());
    let (full, adaptive) = (full.expect("json"), adaptive.expect("json"));
    for key in ["outcome", "classification", "referrals"] {
        assert_eq!(full[key], adaptive[key], "{key}");
    }
    assert_eq!(adaptive["outcome"], "tip_indicators_met");
    let asked = adaptive["asked"].as_u64().expect("asked");
    assert!(asked > 0 && asked < 94);
    assert_eq!(adaptive["unanswered"].as_u64(), Some(94 - asked));
}

#[rstest]
#[case::unknown_code(r#"{"answers":{"ilo.made_up.code":"yes"}}"#, &["ilo.made_up.code"])]
#[case::bad_value(r#"{"answers":{"safety.immediate_danger":"maybe"}}"#, &["safety.immediate_danger", "maybe"])]
#[case::non_string(r#"{"answers":{"consent.informed_given":true}}"#, &["consent.informed_given"])]
#[case::several(r#"{"answers":{"x.y":"yes","needs.consular_help":"Yes","consent.informed_given":"yes"}}"#, &["x.y", "needs.consular_help", "2 bad answers"])]
#[case::not_json("{answers", &["not valid JSON"])]
#[case::no_answers_object(r#"{"answer":{}}"#, &["\"answers\""])]
fn bad_input_exits_2_naming_it(#[case] json: &str, #[case] named: &[&str]) {
    for adaptive in [false, true] {
        let (out, v) = screen(json, adaptive);
        assert_eq!(out.status.code(), Some(2));
        assert!(v.is_none(), "nothing on stdout");
        let err = String::from_utf8_lossy(&out.stderr);
        for n in named {
            assert!(err.contains(n), "stderr {err:?} should name {n}");
        }
    }
}

#[test]
fn missing_file_exits_2() {
    let out = cli(&["screen", "--answers", "/nonexistent/answers.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/answers.json"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(cli(&["screen"]).status.code(), Some(2));
    assert_eq!(cli(&["screen", "--adaptive"]).status.code(), Some(2));
}

#[test]
fn indicators_search_returns_json_in_the_requested_language() {
    let out = cli(&["indicators", "search", "--lang", "fr", "dette"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json list");
    let list = v.as_array().expect("array");
    assert!(!list.is_empty());
    let codes: Vec<&str> = list.iter().filter_map(|h| h["code"].as_str()).collect();
    assert!(
        codes.contains(&"ilo.coercion_at_destination.debt_bondage"),
        "{codes:?}"
    );
    assert!(codes.contains(&"som.debt_owed_to_smuggler"));
    let debt = list
        .iter()
        .find(|h| h["code"] == "ilo.coercion_at_destination.debt_bondage")
        .expect("hit");
    assert_eq!(debt["dimension"], "coercion_at_destination");
    assert_eq!(debt["strength"]["adult_labour"], "strong");
    assert_eq!(debt["label"], "Servitude pour dettes");
    assert!(debt["question"].as_str().is_some_and(|q| q.ends_with('?')));
}

#[test]
fn indicators_search_finds_everyday_words_and_says_when_it_relaxes() {
    let codes = |out: &std::process::Output| -> Vec<String> {
        let v: Value = serde_json::from_slice(&out.stdout).expect("json list");
        v.as_array()
            .expect("array")
            .iter()
            .filter_map(|h| h["code"].as_str().map(str::to_owned))
            .collect()
    };
    let out = cli(&[
        "indicators",
        "search",
        "--lang",
        "fr",
        "passeport confisqué",
    ]);
    assert!(out.status.success());
    let got = codes(&out);
    assert!(
        got[..2]
            .iter()
            .all(|c| c.ends_with("confiscation_of_documents")),
        "{got:?}"
    );
    assert!(out.stderr.is_empty(), "every word matched");
    let out = cli(&["indicators", "search", "--lang", "ar", "ديون"]);
    let got = codes(&out);
    assert!(
        got[..2].iter().all(|c| c.ends_with("debt_bondage")),
        "{got:?}"
    );
    let out = cli(&["indicators", "search", "--lang", "en", "beaten xqzvw"]);
    assert!(out.status.success());
    assert!(
        !codes(&out).is_empty(),
        "an unknown word does not empty the list"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("showing results for all of: beaten"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn indicators_search_rejects_unknown_language() {
    let out = cli(&["indicators", "search", "--lang", "de", "Schuld"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("'de'"));
}
