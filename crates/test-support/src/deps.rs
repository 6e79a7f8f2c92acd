//! The workspace dependency rules (DEVELOPERS.md, ARCHITECTURE.md), checked over the JSON
//! of `cargo metadata --format-version 1`.
//!
//! 1. Each I/O crate has exactly one owner that may list it directly: `rusqlite` and `ring`
//!    → `sanad-store`, `reqwest` → `sanad-sync`, `dioxus*` → `sanad` (the app).
//! 2. The pure crates (`sanad-core`, `sanad-protocol`) reach none of them, even transitively,
//!    and list no runtime dependency outside a short allow-list.
//! 3. `sanad-test-support` is never a normal (non-dev) dependency.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Crates owned by exactly one workspace member, by name prefix.
pub const OWNERS: &[(&str, &str)] = &[
    ("rusqlite", "sanad-store"),
    ("libsqlite3-sys", "sanad-store"),
    ("ring", "sanad-store"),
    ("reqwest", "sanad-sync"),
    ("dioxus", "sanad"),
];

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

const PURE: &[&str] = &["sanad-core", "sanad-protocol"];

/// Crates that run without a UI (the use cases and the CLI that calls them): no `dioxus*`
/// crate, not even transitively.
pub const UI_FREE: &[&str] = &["sanad-service", "sanad-cli"];

fn owner_of(dep: &str) -> Option<&'static str> {
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
            if let Some(owner) = owner_of(dep)
                && owner != name
            {
                out.push(format!(
                    "{name} depends on {dep} ({kind}); only {owner} may"
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
    // Transitive closure of normal dependencies of the pure crates, from the resolve graph.
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
    // Every package `id` reaches through normal dependencies.
    let reach = |id: &str| {
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
        let (pure, ui_free) = (PURE.contains(name), UI_FREE.contains(name));
        if !pure && !ui_free {
            continue;
        }
        for d in reach(id) {
            let Some(dep_name) = by_id.get(d.as_str()) else {
                continue;
            };
            if pure && owner_of(dep_name).is_some() {
                out.push(format!(
                    "{name} reaches {dep_name} transitively; pure crates do no I/O"
                ));
            } else if ui_free && dep_name.starts_with("dioxus") {
                out.push(format!(
                    "{name} reaches {dep_name} transitively; the use cases run without a UI"
                ));
            }
        }
    }
    out
}
