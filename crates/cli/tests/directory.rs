//! `sanad-cli directory …` (DIRECTORY-PROFILE.md command-line contract).

use std::path::PathBuf;
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/sample-directory.json"
);

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sanad-cli"))
        .args(args)
        .output()
        .expect("run")
}

struct Tmp(PathBuf);
impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
fn tmp(label: &str) -> Tmp {
    let p = std::env::temp_dir().join(format!("sanad-cli-dir-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).expect("dir");
    Tmp(p)
}

fn ids(out: &Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json array");
    v.as_array()
        .expect("array")
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect()
}

fn medical_ids() -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).expect("sample")).expect("json");
    v["contents"]
        .as_array()
        .expect("contents")
        .iter()
        .filter(|s| {
            s["attributes"].as_array().is_some_and(|a| {
                a.iter()
                    .any(|x| x["taxonomy_term"]["code"] == "ref.medical")
            })
        })
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn import_then_search_in_three_languages() {
    let t = tmp("accept");
    let db = t.0.join("d.db");
    let db = db.to_str().expect("path");
    let out = cli(&["directory", "import", "--db", db, SAMPLE]);
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(line.lines().count(), 1);
    assert!(line.starts_with("imported 17 services"), "{line}");
    let medical = medical_ids();
    for q in ["صحة", "sante", "health"] {
        let hits = ids(&cli(&["directory", "search", "--db", db, q]));
        let n = medical.len();
        assert!(hits.len() >= n, "{q}: {hits:?}");
        for h in &hits[..n] {
            assert!(
                medical.contains(h),
                "{q}: the first {n} results are the ref.medical services: {hits:?}"
            );
        }
    }
    // An unknown word does not empty the list; standard error says which words count.
    let out = cli(&["directory", "search", "--db", db, "sante zqxwv"]);
    assert!(ids(&out).len() >= medical.len(), "not emptied");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("showing results for: sante"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_slice(&cli(&["directory", "search", "--db", db, "asile"]).stdout)
            .expect("json");
    let first = &v[0];
    assert!(
        first["id"].is_string()
            && first["name"].is_string()
            && first["score"].as_f64() == Some(1.0),
        "{first}"
    );
    let only = ids(&cli(&[
        "directory",
        "search",
        "--db",
        db,
        "--category",
        "ref.emergency",
        "--limit",
        "50",
        "",
    ]));
    assert_eq!(only.len(), 3);
    assert_eq!(
        ids(&cli(&[
            "directory",
            "search",
            "--db",
            db,
            "--city",
            "الناظور",
            ""
        ]))
        .len(),
        1
    );
}

#[test]
fn bad_input_exits_2_naming_the_problem_and_keeps_the_old_directory() {
    let t = tmp("bad");
    let db = t.0.join("d.db");
    let db = db.to_str().expect("path");
    assert!(
        cli(&["directory", "import", "--db", db, SAMPLE])
            .status
            .success()
    );
    let bad = t.0.join("bad.json");
    std::fs::write(
        &bad,
        r#"[{"id":"s-9","name":"X","status":"active","phones":[{"id":"p","number":"none"}]}]"#,
    )
    .expect("write");
    let out = cli(&["directory", "import", "--db", db, bad.to_str().expect("p")]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json") && err.contains("s-9") && err.contains("phones[0].number"),
        "{err}"
    );
    std::fs::write(&bad, b"[{\"id\":\"a\",\"name\":\"\xff\xfe\"}]").expect("write");
    let out = cli(&["directory", "import", "--db", db, bad.to_str().expect("p")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
    assert_eq!(
        ids(&cli(&[
            "directory",
            "search",
            "--db",
            db,
            "--limit",
            "50",
            ""
        ]))
        .len(),
        17,
        "the old directory is intact"
    );
    for args in [
        vec![
            "directory",
            "search",
            "--db",
            db,
            "--category",
            "ref.spa",
            "x",
        ],
        vec!["directory", "search", "--db", db, "--near", "91,0", "x"],
        vec!["directory", "search", "--db", db, "--serves", "adults", "x"],
    ] {
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn export_round_trips() {
    let t = tmp("export");
    let db = t.0.join("d.db");
    let db = db.to_str().expect("path");
    let out_file = t.0.join("out.json");
    assert!(
        cli(&["directory", "import", "--db", db, SAMPLE])
            .status
            .success()
    );
    assert!(
        cli(&[
            "directory",
            "export",
            "--db",
            db,
            "--format",
            "json",
            out_file.to_str().expect("p")
        ])
        .status
        .success()
    );
    let sample: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).expect("sample")).expect("json");
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_file).expect("out")).expect("json");
    assert_eq!(exported, sample["contents"], "identical records");
}

#[test]
fn keygen_sign_verify_and_install_a_bundle() {
    let t = tmp("bundle");
    let p = |n: &str| t.0.join(n).to_str().expect("path").to_owned();
    let (private, public, bundle, db) = (p("org.key"), p("org.pub"), p("dir.bundle"), p("d.db"));
    assert!(
        cli(&[
            "directory",
            "keygen",
            "--private-out",
            &private,
            "--public-out",
            &public
        ])
        .status
        .success()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&private)
                .expect("key")
                .permissions()
                .mode()
                & 0o777,
            0o600
        );
    }
    assert_eq!(
        cli(&[
            "directory",
            "keygen",
            "--private-out",
            &private,
            "--public-out",
            &public
        ])
        .status
        .code(),
        Some(2),
        "never overwrites a key"
    );
    assert!(
        cli(&[
            "directory",
            "sign-bundle",
            "--key",
            &private,
            "--version",
            "2",
            SAMPLE,
            &bundle
        ])
        .status
        .success()
    );
    let out = cli(&[
        "directory",
        "verify-bundle",
        "--public-key",
        &public,
        &bundle,
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("version 2, 17 services"));
    let out = cli(&[
        "directory",
        "import",
        "--db",
        &db,
        "--public-key",
        &public,
        &bundle,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = cli(&[
        "directory",
        "import",
        "--db",
        &db,
        "--public-key",
        &public,
        &bundle,
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not newer"));
    std::fs::write(
        &bundle,
        std::fs::read_to_string(&bundle)
            .expect("b")
            .replacen("Police", "Polise", 1),
    )
    .expect("tamper");
    let bad = cli(&[
        "directory",
        "verify-bundle",
        "--public-key",
        &public,
        &bundle,
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("signature"));
}

#[test]
fn data_package_export_then_import_gives_back_the_same_records() {
    let t = tmp("datapackage");
    let p = |n: &str| t.0.join(n).to_str().expect("path").to_owned();
    let (db1, db2, pkg, out) = (p("a.db"), p("b.db"), p("pkg"), p("out.json"));
    assert!(
        cli(&["directory", "import", "--db", &db1, SAMPLE])
            .status
            .success()
    );
    assert!(
        cli(&[
            "directory",
            "export",
            "--db",
            &db1,
            "--format",
            "datapackage",
            &pkg
        ])
        .status
        .success()
    );
    assert!(t.0.join("pkg/datapackage.json").exists() && t.0.join("pkg/service.csv").exists());
    let imported = cli(&["directory", "import", "--db", &db2, &pkg]);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(String::from_utf8_lossy(&imported.stdout).starts_with("imported 17 services"));
    assert!(
        cli(&[
            "directory",
            "export",
            "--db",
            &db2,
            "--format",
            "json",
            &out
        ])
        .status
        .success()
    );
    let sample: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).expect("sample")).expect("json");
    let back: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("out")).expect("json");
    assert_eq!(back, sample["contents"]);
    // A broken reference: nothing imported, the error names file, record and field.
    let loc = std::fs::read_to_string(t.0.join("pkg/location.csv")).expect("loc");
    let first = loc
        .lines()
        .nth(1)
        .expect("row")
        .split(',')
        .next()
        .expect("id")
        .to_owned();
    std::fs::write(
        t.0.join("pkg/location.csv"),
        loc.replace(&first, "missing-id"),
    )
    .expect("break");
    let bad = cli(&["directory", "import", "--db", &db2, &pkg]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("service_at_location.csv") && err.contains("location_id"),
        "{err}"
    );
    assert_eq!(
        ids(&cli(&[
            "directory",
            "search",
            "--db",
            &db2,
            "--limit",
            "50",
            ""
        ]))
        .len(),
        17,
        "unchanged"
    );
}
