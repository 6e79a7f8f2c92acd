//! Formats pinned (insta snapshots, `tests/snapshots/`): the case store's envelope, the
//! envelope sealed to the organisation, a signed directory bundle, signed checklist
//! content and a signed command. Keys, nonces and ephemeral keys are fixed so the bytes
//! are the same every run; nothing that is part of a format is redacted. A changed
//! format fails here: accept the new snapshot only with a migration for what is stored.

use sanad_crypto::envelope::{
    ENVELOPE_V1, ENVELOPE_V2, seal_with_fixed_nonce_for_format_tests as seal_fixed,
};
use sanad_crypto::hex::hex;
use sanad_crypto::seal::{OrgSecret, seal_with_ephemeral_for_format_tests as seal_eph};
use sanad_crypto::sign::{public_of, sign_bundle, sign_command, verify_bundle, verify_command};
use sanad_crypto::{Key32, sign};
use sanad_protocol::ContentUpdate;

/// An invented organisation key: Ed25519 from the seed 07…07, PKCS#8 v2 as ring writes it.
const PKCS8: &str = "3053020101300506032b6570042204200707070707070707070707070707070707070707070707070707070707070707a123032100ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";

/// Hex in lines of 32 bytes, so a snapshot diff points at the bytes that moved.
fn dump(bytes: &[u8]) -> String {
    bytes.chunks(32).map(hex).collect::<Vec<_>>().join("\n")
}

#[test]
fn case_store_envelope() {
    let key = Key32([0x11; 32]);
    let v1 = seal_fixed(
        &key,
        [0x22; 12],
        ENVELOPE_V1,
        "cases",
        b"row-key",
        b"{\"a\":1}",
    );
    let v2 = seal_fixed(
        &key,
        [0x33; 12],
        ENVELOPE_V2,
        "events",
        &[0x44; 64],
        b"{\"b\":2}",
    );
    insta::assert_snapshot!(format!(
        "version 1, table cases, row row-key:\n{}\nversion 2, table events, row 44…44 (64):\n{}",
        dump(&v1),
        dump(&v2)
    ));
}

#[test]
fn envelope_sealed_to_the_organisation() {
    let org = OrgSecret::from_bytes([0x55; 32]);
    let context = [[0x66u8; 16], [0x77; 16]].concat();
    let plain = br#"{"kind":"note_added","text":"invented"}"#;
    let sealed = seal_eph([0x88; 32], &org.public(), &context, plain).expect("seal");
    assert_eq!(org.open(&context, &sealed).as_deref(), Some(&plain[..]));
    insta::assert_snapshot!(format!(
        "recipient {}\ncontext {}\nsealed:\n{}",
        hex(&org.public()),
        hex(&context),
        dump(&sealed)
    ));
}

#[test]
fn signed_directory_bundle() {
    let public = public_of(PKCS8).expect("public");
    let bundle = sign_bundle(PKCS8, 3, r#"{"services":[]}"#).expect("sign");
    assert_eq!(verify_bundle(&public, &bundle).expect("verify").0, 3);
    insta::assert_snapshot!(format!("public {public}\n{bundle}"));
}

#[test]
fn signed_checklist_content_and_command() {
    let mut update = ContentUpdate {
        kind: "questions-fr".into(),
        version: 4,
        payload: "q-intro = Bonjour\n".into(),
        signature: String::new(),
    };
    update.signature = sign::sign_command(PKCS8, &update.signed_text()).expect("sign");
    let public = public_of(PKCS8).expect("public");
    assert!(verify_command(
        &public,
        &update.signed_text(),
        &update.signature
    ));
    let wipe = sign_command(PKCS8, "wipe\n0a0a\n1700000000000").expect("sign");
    insta::assert_snapshot!(format!(
        "content: {}\ncommand signature: {wipe}",
        serde_json::to_string(&update).expect("json")
    ));
}
