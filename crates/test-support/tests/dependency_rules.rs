//! Fails when a crate other than its named owners lists rusqlite, postgres, ring (and the
//! other crypto crates), reqwest, dioxus or a platform keystore API (jni, ndk-context,
//! security-framework, core-foundation), when a pure crate reaches an I/O crate, or when the
//! keystore crate reaches ring or rusqlite (see `sanad_test_support::deps`).

use sanad_test_support::deps::violations;
use serde_json::{Value, json};
use std::process::Command;

fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run cargo metadata");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("metadata JSON")
}

#[test]
fn the_workspace_keeps_its_dependency_rules() {
    let m = metadata();
    let v = violations(&m);
    assert!(v.is_empty(), "dependency rules broken:\n{}", v.join("\n"));
    // The check looked at real data: the app does depend on dioxus.
    let app = m["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["name"] == "sanad")
        .expect("app package");
    assert!(
        app["dependencies"]
            .as_array()
            .expect("deps")
            .iter()
            .any(|d| d["name"] == "dioxus")
    );
}

#[test]
fn the_app_and_the_cli_call_the_one_service_layer() {
    let m = metadata();
    let lists = |pkg: &str, dep: &str| {
        m["packages"]
            .as_array()
            .expect("packages")
            .iter()
            .find(|p| p["name"] == pkg)
            .and_then(|p| p["dependencies"].as_array())
            .is_some_and(|d| d.iter().any(|d| d["name"] == dep))
    };
    assert!(lists("sanad", "sanad-service") && lists("sanad-cli", "sanad-service"));
    assert!(lists("sanad-service", "sanad-store") && lists("sanad-service", "sanad-sync"));
}

#[test]
fn the_service_layer_reaching_dioxus_is_caught() {
    let resolve = json!({"nodes": [
        {"id": "sanad-service 0.1.0", "deps": [{"pkg": "helper 0.1.0", "dep_kinds": [{"kind": null}]}]},
        {"id": "helper 0.1.0", "deps": [{"pkg": "dioxus-core 0.7.10", "dep_kinds": [{"kind": null}]}]},
    ]});
    let mut m = fake(&[("sanad-service", &[("serde", None)])], resolve);
    m["packages"].as_array_mut().expect("packages").extend([
        json!({"name": "helper", "id": "helper 0.1.0", "dependencies": []}),
        json!({"name": "dioxus-core", "id": "dioxus-core 0.7.10", "dependencies": []}),
    ]);
    assert_eq!(
        violations(&m),
        ["sanad-service reaches dioxus-core transitively; the use cases run without a UI"]
    );
}

/// `(dependency name, kind)`; kind `None` is a normal dependency.
type Deps<'a> = &'a [(&'a str, Option<&'a str>)];

fn fake(members: &[(&str, Deps<'_>)], resolve: Value) -> Value {
    let packages: Vec<Value> = members
        .iter()
        .map(|(name, deps)| {
            json!({
                "id": format!("{name} 0.1.0"),
                "name": name,
                "dependencies": deps.iter().map(|(d, kind)| json!({"name": d, "kind": kind})).collect::<Vec<_>>(),
            })
        })
        .chain([json!({"id": "ring 0.17.0", "name": "ring", "dependencies": []})])
        .collect();
    json!({
        "workspace_members": members.iter().map(|(n, _)| format!("{n} 0.1.0")).collect::<Vec<_>>(),
        "packages": packages,
        "resolve": resolve,
    })
}

#[test]
fn a_second_owner_is_caught() {
    let m = fake(
        &[
            ("sanad-crypto", &[("ring", None)]),
            ("sanad-store", &[("ring", None), ("rusqlite", None)]),
            (
                "sanad-server",
                &[("rusqlite", None), ("x25519-dalek", None)],
            ),
            (
                "sanad-sync",
                &[("rusqlite", Some("dev")), ("reqwest", None)],
            ),
        ],
        json!({"nodes": []}),
    );
    let v = violations(&m);
    assert_eq!(
        v,
        [
            "sanad-store depends on ring (normal); only sanad-crypto may",
            "sanad-server depends on x25519-dalek (normal); only sanad-crypto may",
            "sanad-sync depends on rusqlite (dev); only sanad-store or sanad-server may",
        ]
    );
}

#[test]
fn dioxus_family_and_dev_kinds_count_too() {
    let m = fake(
        &[
            ("sanad-cli", &[("dioxus-ssr", Some("dev"))]),
            ("sanad-core", &[("sanad-test-support", None)]),
        ],
        json!({"nodes": []}),
    );
    let v = violations(&m);
    assert!(
        v.iter()
            .any(|s| s.contains("sanad-cli depends on dioxus-ssr (dev)")),
        "{v:?}"
    );
    assert!(
        v.iter()
            .any(|s| s.contains("sanad-test-support as a normal dependency")),
        "{v:?}"
    );
    assert!(
        v.iter()
            .any(|s| s.contains("sanad-core is pure but depends on sanad-test-support")),
        "{v:?}"
    );
}

#[test]
fn a_pure_crate_reaching_io_transitively_is_caught() {
    let resolve = json!({"nodes": [
        {"id": "sanad-core 0.1.0", "deps": [{"pkg": "helper 0.1.0", "dep_kinds": [{"kind": null}]}]},
        {"id": "helper 0.1.0", "deps": [{"pkg": "ring 0.17.0", "dep_kinds": [{"kind": null}]}]},
    ]});
    let mut m = fake(&[("sanad-core", &[("serde", None)])], resolve);
    m["packages"]
        .as_array_mut()
        .expect("packages")
        .push(json!({"id": "helper 0.1.0", "name": "helper", "dependencies": []}));
    let v = violations(&m);
    assert_eq!(
        v,
        ["sanad-core reaches ring transitively; pure crates do no I/O"]
    );
}

#[test]
fn the_platform_apis_belong_to_the_keystore_crate() {
    let m = fake(
        &[
            (
                "sanad-keystore",
                &[("jni", None), ("security-framework", None)],
            ),
            ("sanad", &[("jni", None), ("ndk-context", None)]),
            ("sanad-store", &[("core-foundation", None)]),
        ],
        json!({"nodes": []}),
    );
    let v = violations(&m);
    assert_eq!(
        v,
        [
            "sanad depends on jni (normal); only sanad-keystore may",
            "sanad depends on ndk-context (normal); only sanad-keystore may",
            "sanad-store depends on core-foundation (normal); only sanad-keystore may",
        ]
    );
}

#[test]
fn the_keystore_crate_reaching_ring_is_caught() {
    let resolve = json!({"nodes": [
        {"id": "sanad-keystore 0.1.0", "deps": [{"pkg": "helper 0.1.0", "dep_kinds": [{"kind": null}]}]},
        {"id": "helper 0.1.0", "deps": [{"pkg": "ring 0.17.0", "dep_kinds": [{"kind": null}]}]},
    ]});
    let mut m = fake(&[("sanad-keystore", &[("thiserror", None)])], resolve);
    m["packages"]
        .as_array_mut()
        .expect("packages")
        .push(json!({"id": "helper 0.1.0", "name": "helper", "dependencies": []}));
    let v = violations(&m);
    assert_eq!(
        v,
        ["sanad-keystore reaches ring; it must build for mobile targets without a C toolchain"]
    );
}

#[test]
fn the_training_crate_is_pure() {
    // Practice data never reaches a database, a network or a UI crate from the content
    // crate: its stories, keys and scoring are pure.
    let m = fake(
        &[(
            "sanad-training",
            &[("sanad-core", None), ("rusqlite", None), ("serde", None)],
        )],
        json!({"nodes": []}),
    );
    let v = violations(&m);
    assert!(
        v.iter()
            .any(|s| s.contains("sanad-training is pure but depends on rusqlite")),
        "{v:?}"
    );
}

#[test]
fn the_qr_code_crate_has_one_owner() {
    let m = fake(
        &[
            ("sanad-service", &[("qrcode", None)]),
            ("sanad", &[("qrcode", None)]),
        ],
        json!({"nodes": []}),
    );
    assert_eq!(
        violations(&m),
        ["sanad depends on qrcode (normal); only sanad-service may"]
    );
}
