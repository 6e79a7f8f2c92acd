//! Signed directory bundles: only the organisation's newer, untampered bundles install.

use sanad_store::bundle::{BundleError, generate_keypair, sign, verify};
use sanad_store::directory::{Directory, DirectoryQuery};
use sanad_test_support::env::TempDir;

const SAMPLE: &str = include_str!("../../../assets/sample-directory.json");

fn setup() -> (TempDir, Directory, String, String) {
    let dir = TempDir::new("bundle");
    let d = Directory::open(&dir.path().join("directory.db")).expect("open");
    let (private, public) = generate_keypair().expect("keys");
    (dir, d, private, public)
}

fn count(d: &Directory) -> usize {
    d.search(&DirectoryQuery {
        limit: 1000,
        ..DirectoryQuery::default()
    })
    .expect("search")
    .len()
}

#[test]
fn a_signed_newer_bundle_installs() {
    let (_dir, mut d, private, public) = setup();
    let bundle = sign(&private, 3, SAMPLE).expect("sign");
    assert_eq!(d.apply_bundle(&public, &bundle).expect("apply"), (3, 17));
    assert_eq!(d.version().expect("version"), Some(3));
    assert_eq!(count(&d), 17);
}

#[test]
fn tampered_unsigned_wrongly_signed_and_older_bundles_are_refused_and_the_old_directory_survives() {
    let (_dir, mut d, private, public) = setup();
    d.apply_bundle(&public, &sign(&private, 5, SAMPLE).expect("sign"))
        .expect("v5");
    let good = sign(&private, 6, SAMPLE).expect("sign");

    // Tampered payload: one service's name changed.
    let tampered = good.replacen("Police", "Polise", 1);
    assert_ne!(tampered, good);
    assert_eq!(
        d.apply_bundle(&public, &tampered),
        Err(BundleError::BadSignature)
    );
    // Tampered version.
    let bumped = good.replacen("\"version\":6", "\"version\":9", 1);
    assert_eq!(
        d.apply_bundle(&public, &bumped),
        Err(BundleError::BadSignature)
    );
    // Unsigned.
    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v["signature"] = "".into();
    assert_eq!(
        d.apply_bundle(&public, &v.to_string()),
        Err(BundleError::BadSignature)
    );
    v.as_object_mut().expect("obj").remove("signature");
    assert!(matches!(
        d.apply_bundle(&public, &v.to_string()),
        Err(BundleError::Malformed(_))
    ));
    // Signed by another key.
    let (other_private, _) = generate_keypair().expect("keys");
    assert_eq!(
        d.apply_bundle(&public, &sign(&other_private, 7, SAMPLE).expect("sign")),
        Err(BundleError::BadSignature)
    );
    // Older and equal versions.
    assert_eq!(
        d.apply_bundle(&public, &sign(&private, 4, SAMPLE).expect("sign")),
        Err(BundleError::NotNewer {
            offered: 4,
            installed: 5
        })
    );
    assert_eq!(
        d.apply_bundle(&public, &sign(&private, 5, SAMPLE).expect("sign")),
        Err(BundleError::NotNewer {
            offered: 5,
            installed: 5
        })
    );
    // Not a bundle at all.
    assert!(matches!(
        d.apply_bundle(&public, SAMPLE),
        Err(BundleError::Malformed(_))
    ));

    assert_eq!(
        d.version().expect("version"),
        Some(5),
        "the old directory survives"
    );
    assert_eq!(count(&d), 17);
    assert_eq!(
        d.apply_bundle(&public, &good)
            .expect("the good one still applies"),
        (6, 17)
    );
}

#[test]
fn invalid_directories_are_never_signed_and_keys_are_checked() {
    let (_dir, _d, private, public) = setup();
    assert!(matches!(
        sign(&private, 1, r#"[{"id":"x"}]"#),
        Err(BundleError::InvalidDirectory(_))
    ));
    assert!(matches!(
        sign("nothex", 1, SAMPLE),
        Err(BundleError::BadKey(_))
    ));
    assert!(matches!(
        verify("abcd", &sign(&private, 1, SAMPLE).expect("sign")),
        Err(BundleError::BadKey(_))
    ));
    let (v, services) = verify(&public, &sign(&private, 1, SAMPLE).expect("sign")).expect("verify");
    assert_eq!((v, services.len()), (1, 17));
}
