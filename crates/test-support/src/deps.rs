//! The workspace dependency rules (DEVELOPERS.md, ARCHITECTURE.md), checked over the JSON
//! of `cargo metadata --format-version 1`.
//!
//! 1. Each I/O or crypto crate has named owners that may list it directly, and no one else:
//!    `ring` (and the organisation-side `x25519-dalek`, `aes-gcm`, `hkdf`, `sha2`) →
//!    `sanad-crypto`; `rusqlite` → `sanad-store` (the device's databases) and
//!    `sanad-server` (its SQLite backend), the only crate with two owners; `postgres` →
//!    `sanad-server`; `reqwest` → `sanad-sync`; `dioxus*` → `sanad` (the app); the platform
//!    keystore APIs (`jni`, `ndk-context`, `security-framework`, `core-foundation`) →
//!    `sanad-keystore`; `qrcode` (the referral slip) → `sanad-service`.
//! 2. The pure crates (`sanad-core`, `sanad-protocol`, `sanad-migrate`, `sanad-training`)
//!    reach none of them, even transitively, and list no runtime dependency outside a
//!    short allow-list.
//! 3. `sanad-test-support` is never a normal (non-dev) dependency.
//! 4. `sanad-keystore` (the platform keystores) reaches no crate that needs a C toolchain
//!    for the target (`ring`, `rusqlite`), so it is checked for Android and iOS without an
//!    NDK or Xcode.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Crates only their named workspace members may list, by name prefix.
pub const OWNERS: &[(&str, &[&str])] = &[
    ("rusqlite", &["sanad-store", "sanad-server"]),
    ("libsqlite3-sys", &["sanad-store", "sanad-server"]),
    ("postgres", &["sanad-server"]),
    ("ring", &["sanad-crypto"]),
    ("x25519-dalek", &["sanad-crypto"]),
    ("aes-gcm", &["sanad-crypto"]),
    ("hkdf", &["sanad-crypto"]),
    ("sha2", &["sanad-crypto"]),
    ("reqwest", &["sanad-sync"]),
    ("dioxus", &["sanad"]),
    ("jni", &["sanad-keystore"]),
    ("ndk-context", &["sanad-keystore"]),
    ("security-framework", &["sanad-keystore"]),
    ("core-foundation", &["sanad-keystore"]),
    // The referral slip's QR code (SVG): rendered by the use cases, for the app and the CLI.
    ("qrcode", &["sanad-service"]),
];

/// Crates checked for mobile targets without a C toolchain, and what they may not reach.
const NATIVE_FREE: &[&str] = &["sanad-keystore"];
const NATIVE: &[&str] = &["ring", "rusqlite", "libsqlite3-sys"];

/// Runtime dependencies a pure crate may list.
pub const PURE_ALLOWED: &[&str] = &[
    "serde",
    "serde_json",
    "thiserror",
    "toml",
    "unicode-normalization",
    "sanad-core",
    "sanad-protocol",
];

const PURE: &[&str] = &[
    "sanad-core",
    "sanad-protocol",
    "sanad-migrate",
    "sanad-training",
];

/// Crates that run without a UI (the use cases and the CLI that calls them): no `dioxus*`
/// crate, not even transitively.
pub const UI_FREE: &[&str] = &["sanad-service", "sanad-cli"];

fn owners_of(dep: &str) -> Option<&'static [&'static str]> {
    OWNERS
        .iter()
        .find(|(prefix, _)| dep == *prefix || dep.starts_with(&format!("{prefix}-")))
        .map(|(_, o)| *o)
}

/// Every violation, as a sentence naming the crates.
pub fn violations(metadata: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let empty = Vec::new();
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let packages = metadata["packages"].as_array().unwrap_or(&empty);
    let mut by_id: BTreeMap<&str, &str> = BTreeMap::new();
    for p in packages {
        if let (Some(id), Some(name)) = (p["id"].as_str(), p["name"].as_str()) {
            by_id.insert(id, name);
        }
    }
    for p in packages
        .iter()
        .filter(|p| p["id"].as_str().is_some_and(|id| members.contains(id)))
    {
        let name = p["name"].as_str().unwrap_or("?");
        for d in p["dependencies"].as_array().unwrap_or(&empty) {
            let dep = d["name"].as_str().unwrap_or("?");
            let kind = d["kind"].as_str().unwrap_or("normal");
            if let Some(owners) = owners_of(dep)
                && !owners.contains(&name)
            {
                out.push(format!(
                    "{name} depends on {dep} ({kind}); only {} may",
                    owners.join(" or ")
                ));
            }
            if dep == "sanad-test-support" && kind != "dev" {
                out.push(format!(
                    "{name} lists sanad-test-support as a {kind} dependency; it is dev-only"
                ));
            }
            if PURE.contains(&name) && kind == "normal" && !PURE_ALLOWED.contains(&dep) {
                out.push(format!("{name} is pure but depends on {dep}"));
            }
        }
    }
    transitive(metadata, &members, &by_id, &mut out);
    out
}

/// Rule 2, transitively: the closure of the pure crates' normal dependencies, from the
/// resolve graph, reaches no owned I/O crate.
fn transitive(
    metadata: &Value,
    members: &BTreeSet<&str>,
    by_id: &BTreeMap<&str, &str>,
    out: &mut Vec<String>,
) {
    let empty = Vec::new();
    let nodes = metadata["resolve"]["nodes"].as_array().unwrap_or(&empty);
    let deps_of = |id: &str| -> Vec<String> {
        nodes
            .iter()
            .find(|n| n["id"].as_str() == Some(id))
            .and_then(|n| n["deps"].as_array())
            .map(|ds| {
                ds.iter()
                    .filter(|d| {
                        d["dep_kinds"]
                            .as_array()
                            .is_some_and(|k| k.iter().any(|k| k["kind"].is_null()))
                    })
                    .filter_map(|d| d["pkg"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let reached = |id: &str| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![id.to_owned()];
        while let Some(cur) = stack.pop() {
            for d in deps_of(&cur) {
                if seen.insert(d.clone()) {
                    stack.push(d);
                }
            }
        }
        seen
    };
    for (id, name) in by_id.iter().filter(|(id, _)| members.contains(*id)) {
        let pure = PURE.contains(name);
        let native_free = NATIVE_FREE.contains(name);
        let ui_free = UI_FREE.contains(name);
        if !pure && !native_free && !ui_free {
            continue;
        }
        for d in reached(id) {
            let Some(dep_name) = by_id.get(d.as_str()) else {
                continue;
            };
            if pure && owners_of(dep_name).is_some() {
                out.push(format!(
                    "{name} reaches {dep_name} transitively; pure crates do no I/O"
                ));
            }
            if ui_free && dep_name.starts_with("dioxus") {
                out.push(format!(
                    "{name} reaches {dep_name} transitively; the use cases run without a UI"
                ));
            }
            if native_free && NATIVE.contains(dep_name) {
                out.push(format!(
                    "{name} reaches {dep_name}; it must build for mobile targets without a C toolchain"
                ));
            }
        }
    }
}
