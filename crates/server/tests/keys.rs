//! The server holds only its online key (issue 12, item 3): `serve` refuses a key folder
//! with any offline private key in it, a key folder whose certificates were edited, and
//! an online key that is not the certified one. Done with the library and with the
//! release binary's own `serve` command.

use sanad_server::keys::{self, KeyError};
use sanad_test_support::env::TempDir;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn copy(from: &Path, to: &Path) {
    std::fs::copy(from, to).expect("copy");
}

#[test]
fn a_key_folder_holding_an_offline_key_is_refused() {
    let dir = TempDir::new("keys-offline");
    let set = keys::keygen(dir.path(), 1).expect("keygen");
    keys::load_server_keys(&set.server).expect("the server folder alone loads");
    for name in [keys::ROOT_FILE, keys::CONTENT_FILE, keys::SEALING_FILE] {
        copy(&set.offline.join(name), &set.server.join(name));
        let e = keys::load_server_keys(&set.server).expect_err(name);
        assert!(
            matches!(&e, KeyError::OfflineKeyOnServer { path } if path.ends_with(name)),
            "{e}"
        );
        std::fs::remove_file(set.server.join(name)).expect("remove");
    }
    // The single signing key of earlier versions is refused too.
    copy(
        &set.offline.join(keys::CONTENT_FILE),
        &set.server.join("org-signing.key"),
    );
    assert!(keys::load_server_keys(&set.server).is_err());
}

#[test]
fn edited_certificates_and_a_foreign_online_key_are_refused() {
    let dir = TempDir::new("keys-edited");
    let set = keys::keygen(&dir.path().join("a"), 1).expect("keygen");
    let other = keys::keygen(&dir.path().join("b"), 1).expect("keygen");
    let certs_path = set.server.join(keys::CERTS_FILE);
    let genuine = std::fs::read_to_string(&certs_path).expect("certs");
    // The operator swaps the sealing key on disk and restarts.
    let swapped = genuine.replace(&set.certs.sealing.key, &other.certs.sealing.key);
    std::fs::write(&certs_path, swapped).expect("write");
    let e = keys::load_server_keys(&set.server).expect_err("swapped sealing key");
    assert!(
        e.to_string().contains("sealing key is not certified"),
        "{e}"
    );
    std::fs::write(&certs_path, &genuine).expect("restore");
    // Another organisation's online key in place of the certified one.
    std::fs::remove_file(set.server.join(keys::ONLINE_FILE)).expect("remove");
    copy(
        &other.server.join(keys::ONLINE_FILE),
        &set.server.join(keys::ONLINE_FILE),
    );
    let e = keys::load_server_keys(&set.server).expect_err("foreign online key");
    assert!(
        e.to_string().contains("not the online key certified"),
        "{e}"
    );
}

/// Run `sanad-server serve` on a free port; its exit status and standard error, or
/// `None` if it was still serving after 20 s (then it is stopped).
fn serve(keys_dir: &Path, data: &Path) -> Option<(bool, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sanad-server"))
        .args(["--data", &data.to_string_lossy(), "--keys"])
        .arg(keys_dir)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .expect("stderr")
                .read_to_string(&mut err)
                .expect("read");
            return Some((status.success(), err));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[test]
fn serve_refuses_to_start_with_an_offline_key_or_without_keys() {
    let dir = TempDir::new("serve-refuses");
    let set = keys::keygen(&dir.path().join("org"), 1).expect("keygen");
    copy(
        &set.offline.join(keys::SEALING_FILE),
        &set.server.join(keys::SEALING_FILE),
    );
    let (ok, err) = serve(&set.server, &dir.path().join("data")).expect("must not serve");
    assert!(!ok);
    assert!(
        err.contains(keys::SEALING_FILE) && err.contains("belongs offline"),
        "{err}"
    );
    assert!(
        !dir.path().join("data/server.db").exists(),
        "nothing was created"
    );
    let (ok, err) =
        serve(&dir.path().join("empty"), &dir.path().join("data")).expect("must not serve");
    assert!(!ok);
    assert!(err.contains("sanad-server keygen"), "{err}");
    // With only the server folder it serves (stopped after 20 s by the helper).
    std::fs::remove_file(set.server.join(keys::SEALING_FILE)).expect("remove");
    assert!(
        serve(&set.server, &dir.path().join("data")).is_none(),
        "the genuine server folder serves"
    );
}
