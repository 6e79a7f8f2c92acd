//! The key files pinned (insta snapshot, `tests/snapshots/`): `keyring.json` and
//! `state.json` as a new store writes them. Their random values (salt, wrapped keys, device
//! id) differ every run, so each hex string is shown as its length in bytes and the
//! device id as its UUID version; every field
//! name, format number, algorithm, KDF parameter, policy value and time is kept, since
//! those are the format. A changed key-file format fails here.

mod common;

use serde_json::Value;

fn shape(v: &Value) -> Value {
    match v {
        Value::String(s)
            if s.len() >= 16
                && s.len().is_multiple_of(2)
                && s.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            Value::String(format!("<hex: {} bytes>", s.len() / 2))
        }
        Value::String(s)
            if s.len() == 36
                && s.char_indices().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                }) =>
        {
            Value::String(format!("<uuid, version {}>", &s[14..15]))
        }
        Value::Array(a) => Value::Array(a.iter().map(shape).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), shape(v))).collect()),
        other => other.clone(),
    }
}

fn read(dir: &std::path::Path, name: &str) -> String {
    let text = std::fs::read_to_string(dir.join(name)).expect("key file");
    let json: Value = serde_json::from_str(&text).expect("JSON");
    serde_json::to_string_pretty(&shape(&json)).expect("json")
}

#[test]
fn key_files() {
    let (dir, _clock, vault) = common::new_store("formats-keyring");
    drop(vault);
    insta::assert_snapshot!(format!(
        "keyring.json:\n{}\nstate.json:\n{}",
        read(dir.path(), "keyring.json"),
        read(dir.path(), "state.json")
    ));
}
