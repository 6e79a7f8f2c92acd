//! A wipe is final (issue 12, item 2), tested by the attack: a real ext4 file system on a
//! loop device, a store used as a worker would (a case, 20 unlocks, 5 failed attempts),
//! then the raw image is carved for every copy of wrapped key material and for every
//! block that could be the wrapping key, and each combination is tried with the
//! passphrase. Before the wipe the carver must open the keys (so it works); after the
//! wipe nothing may open.
//!
//! Needs root (mount). Under CI it must run; elsewhere it is skipped with a message.

mod common;

use sanad_core::{CaseRepository, EventKind};
use sanad_store::keyring::{carved_slot_opens, derive_for_tests};
use sanad_store::{StoreError, Vault};
use sanad_test_support::env::{TempDir, contains};
use std::path::Path;
use std::process::Command;

fn run(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

/// Values that follow `"key": "` (or `"key": ` for numbers) anywhere in the image.
fn carve_values(image: &[u8], key: &str) -> Vec<String> {
    let pat = format!("\"{key}\": ");
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(pos) = find(&image[i..], pat.as_bytes()) {
        let start = i + pos + pat.len();
        let value: String = image[start..]
            .iter()
            .skip_while(|b| **b == b'"')
            .take_while(|b| b.is_ascii_alphanumeric())
            .map(|b| *b as char)
            .collect();
        if !value.is_empty() && !out.contains(&value) {
            out.push(value);
        }
        i = start;
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Does any carved wrapped-key slot open with the passphrase, alone or with any 512-byte
/// aligned block of the image taken as the wrapping key?
fn carver_opens(image: &[u8]) -> bool {
    let mains = carve_values(image, "main");
    let salts = carve_values(image, "salt");
    let iterations: Vec<u32> = carve_values(image, "iterations")
        .iter()
        .filter_map(|s| s.parse().ok())
        .collect();
    let pass = common::pass();
    let mut pass_keys = Vec::new();
    for s in &salts {
        for n in &iterations {
            if let Some(k) = derive_for_tests(&pass, *n, s) {
                pass_keys.push(k);
            }
        }
    }
    for pk in &pass_keys {
        for m in &mains {
            if carved_slot_opens(m, pk, None) {
                return true;
            }
        }
        for block in image.chunks(512) {
            let Ok(w) = <[u8; 32]>::try_from(&block[..32.min(block.len())]) else {
                continue;
            };
            if mains.iter().any(|m| carved_slot_opens(m, pk, Some(&w))) {
                return true;
            }
        }
    }
    false
}

fn use_the_store(dir: &Path) -> ([u8; 32], [u8; 32]) {
    let clock = sanad_test_support::env::ManualClock::at(1_790_000_000_000);
    let mut v = Vault::init(
        dir,
        &common::pass(),
        sanad_store::InitOptions::insecure_fast_for_tests(),
        clock.shared(),
    )
    .expect("init");
    let c = v.open_case("CARVE-1", "invented").expect("case").case_id;
    v.append(
        c,
        EventKind::NoteAdded {
            text: "CARVE-MARKER invented note".into(),
        },
    )
    .expect("note");
    let wrap = v.wrap_key_for_tests().expect("wrapping key");
    let data = v.export_keys_for_tests().expect("keys").0;
    for _ in 0..20 {
        v.lock();
        clock.advance(1_000);
        v.unlock(&common::pass()).expect("unlock");
    }
    v.lock();
    for _ in 0..5 {
        clock.advance(600_000);
        let e = v.unlock(&sanad_store::Secret::new("a wrong passphrase".into()));
        assert!(
            matches!(e, Err(StoreError::WrongPassphrase { .. })),
            "{e:?}"
        );
    }
    (wrap, data)
}

#[test]
fn after_a_wipe_no_carved_copy_opens_with_the_passphrase() {
    let root = std::env::var("USER").is_ok_and(|u| u == "root")
        || Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let t = TempDir::new("carve");
    let (img, mnt) = (t.path().join("fs.img"), t.path().join("mnt"));
    std::fs::create_dir_all(&mnt).expect("mnt");
    let img_s = img.to_string_lossy().into_owned();
    let mnt_s = mnt.to_string_lossy().into_owned();
    let ready = root
        && run("truncate", &["-s", "64M", &img_s])
        && run("mkfs.ext4", &["-q", "-F", "-b", "4096", &img_s])
        && run("mount", &["-o", "loop", &img_s, &mnt_s]);
    if !ready {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the carving attack (root, loop devices, mkfs.ext4)"
        );
        eprintln!("skipped: needs root to mount a loop device");
        return;
    }
    let store = mnt.join("store");
    let (wrap, data) = use_the_store(&store);
    assert!(run("umount", &[&mnt_s]), "umount");
    let before = std::fs::read(&img).expect("image");
    assert!(
        carver_opens(&before),
        "the carver must open the keys of a store that was not wiped"
    );
    assert!(run("mount", &["-o", "loop", &img_s, &mnt_s]), "remount");
    Vault::wipe_dir(&store).expect("wipe");
    assert!(run("umount", &[&mnt_s]), "umount");
    let after = std::fs::read(&img).expect("image");
    assert!(
        !contains(&after, &wrap),
        "a copy of the wrapping key survived"
    );
    assert!(!contains(&after, &data), "the data key is on disk");
    assert!(
        !carver_opens(&after),
        "after the wipe, carved key material opened with the passphrase"
    );
}
