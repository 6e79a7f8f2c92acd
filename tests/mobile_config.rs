//! The phone configuration kept in the repository says what a security reviewer expects:
//! no backup of app data, TLS only, INTERNET as the only permission, strict ATS.

fn read(p: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(p))
        .unwrap_or_else(|e| panic!("{p}: {e}"))
}

#[test]
fn android_additions_forbid_backup_and_cleartext_and_ask_only_for_internet() {
    let m = read("android/AndroidManifest.extra.xml");
    assert!(m.contains(r#"android:allowBackup="false""#));
    assert!(m.contains(r#"android:fullBackupContent="false""#));
    assert!(m.contains(r#"android:usesCleartextTraffic="false""#));
    let perms: Vec<&str> = m.matches("<uses-permission").collect();
    assert_eq!(perms.len(), 1);
    assert!(m.contains("android.permission.INTERNET"));
    let rules = read("android/res/xml/data_extraction_rules.xml");
    assert_eq!(
        rules
            .matches(r#"<exclude domain="root" path="." />"#)
            .count(),
        2
    );
    assert!(
        read("android/res/xml/network_security_config.xml")
            .contains(r#"cleartextTrafficPermitted="false""#)
    );
    assert!(read("android/MainActivity.kt.snippet").contains("FLAG_SECURE"));
}

#[test]
fn ios_additions_keep_transport_security_strict() {
    let p = read("ios/Info.extra.plist");
    let ats = p.split("NSAllowsArbitraryLoads").nth(1).expect("ATS key");
    assert!(
        ats.trim_start().starts_with("</key>\n        <false/>"),
        "{ats}"
    );
    assert!(
        !p.contains("UsageDescription"),
        "no permission is asked for"
    );
}

#[test]
fn the_bundle_identity_is_set() {
    let t = read("Dioxus.toml");
    assert!(t.contains(r#"identifier = "org.sanad.app""#));
}
