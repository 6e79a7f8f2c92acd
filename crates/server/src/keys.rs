//! Organisation keys (see `sanad_protocol::org` for the chain of trust).
//!
//! `keygen` is an **offline** step. It writes:
//!
//! - `offline/org-root.key`: the root Ed25519 key. It certifies the other keys; its
//!   fingerprint (`org-fingerprint.txt`) is what workers enter at enrollment. Keep it
//!   offline (an encrypted USB key in a safe).
//! - `offline/org-content.key`: Ed25519, signs directory bundles and checklist content
//!   (`sanad-cli directory sign-bundle`, `sanad-server sign-content`). Keep it offline.
//! - `offline/org-sealing.key`: X25519, opens case payloads (`export`). Keep it with the
//!   staff who run exports, never on the server.
//! - `server/online.key`: the server's own Ed25519 key; it can sign lock/wipe orders and
//!   referral status messages, nothing a device shows as content.
//! - `server/org-certs.json`: the root public key and the certificates of the three keys.
//!
//! Only the `server/` folder goes on the server: [`load_server_keys`] refuses a key folder
//! that holds any other private key.

use sanad_crypto::seal::OrgSecret;
use sanad_crypto::trust;
use sanad_protocol::{
    FINGERPRINT_LEN, OrgCertificates, ROLE_CONTENT, ROLE_ONLINE, ROLE_SEALING, fingerprint_digits,
};
use std::path::{Path, PathBuf};

/// The server's own private key, in the server's key folder.
pub const ONLINE_FILE: &str = "online.key";
/// The root public key and certificates, in the server's key folder.
pub const CERTS_FILE: &str = "org-certs.json";
/// The root private key (offline).
pub const ROOT_FILE: &str = "org-root.key";
/// The content signing key (offline).
pub const CONTENT_FILE: &str = "org-content.key";
/// The sealing private key (offline, with export staff).
pub const SEALING_FILE: &str = "org-sealing.key";
/// The fingerprint workers compare, beside the two folders.
pub const FINGERPRINT_FILE: &str = "org-fingerprint.txt";
/// Private key files of earlier versions (one signing key for everything).
const LEGACY_PRIVATE: [&str; 1] = ["org-signing.key"];

/// A key problem, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// A file could not be read or written.
    #[error("{path}: {problem}")]
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        problem: String,
    },
    /// A file does not hold a usable key.
    #[error("{path}: not a usable key ({problem})")]
    Bad {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },
    /// The server's key folder holds a private key the server must not have.
    #[error(
        "{path}: the server's key folder must hold only {ONLINE_FILE} and {CERTS_FILE}; this private key belongs offline. Move it off this machine, then start again"
    )]
    OfflineKeyOnServer {
        /// The file.
        path: PathBuf,
    },
}

/// What `keygen` made.
#[derive(Debug, Clone)]
pub struct OrgKeySet {
    /// The root and the three certificates (also in `server/org-certs.json`).
    pub certs: OrgCertificates,
    /// The root key's fingerprint.
    pub fingerprint: [u8; FINGERPRINT_LEN],
    /// Folder of the keys that stay offline.
    pub offline: PathBuf,
    /// Folder to copy onto the server (`--keys`).
    pub server: PathBuf,
}

impl OrgKeySet {
    /// The fingerprint as workers read it.
    pub fn fingerprint_text(&self) -> String {
        fingerprint_digits(&self.fingerprint)
    }
}

/// What the server holds: the certificates and its online key.
#[derive(Clone)]
pub struct ServerKeys {
    /// Root and certificates, sent to devices at enrollment.
    pub certs: OrgCertificates,
    online_private: String,
}

impl std::fmt::Debug for ServerKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerKeys")
            .field("certs", &self.certs)
            .finish_non_exhaustive()
    }
}

impl ServerKeys {
    /// Sign an order or status text with the online key (see `sanad_protocol::WipeOrder`).
    pub fn sign_command(&self, text: &str) -> String {
        sanad_crypto::sign::sign_command(&self.online_private, text).unwrap_or_default()
    }
    /// The content key (hex) devices verify content with.
    pub fn content_key(&self) -> &str {
        &self.certs.content.key
    }
}

fn file_err(path: &Path) -> impl Fn(std::io::Error) -> KeyError + '_ {
    move |e| KeyError::File {
        path: path.to_owned(),
        problem: e.to_string(),
    }
}

/// Write a file readable by its owner only; never overwrites.
pub fn write_private(path: &Path, text: &str) -> Result<(), KeyError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    use std::io::Write;
    let mut f = opts.open(path).map_err(file_err(path))?;
    f.write_all(text.as_bytes()).map_err(file_err(path))?;
    f.sync_all().map_err(file_err(path))
}

/// Write a file readable by its owner only (0600), replacing an existing one: the export,
/// which holds case data in clear.
pub fn write_owner_only(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    use std::io::Write;
    let mut f = opts.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // An existing file keeps its mode on open: tighten it before writing.
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    f.write_all(bytes)?;
    f.sync_all()
}

/// Read a key file (trimmed).
pub fn read(path: &Path) -> Result<String, KeyError> {
    std::fs::read_to_string(path)
        .map(|s| s.trim().to_owned())
        .map_err(file_err(path))
}

fn bad(path: &Path, problem: impl Into<String>) -> KeyError {
    KeyError::Bad {
        path: path.to_owned(),
        problem: problem.into(),
    }
}

/// Create a new organisation key set under `out` (`offline/`, `server/`, the
/// fingerprint file); refuses to overwrite existing keys.
pub fn keygen(out: &Path, now_ms: i64) -> Result<OrgKeySet, KeyError> {
    let offline = out.join("offline");
    let server = out.join("server");
    for d in [&offline, &server] {
        std::fs::create_dir_all(d).map_err(file_err(d))?;
    }
    let gen_ = |p: &Path| {
        sanad_crypto::sign::generate_keypair().map_err(|_| bad(p, "key generation failed"))
    };
    let (root_private, root) = gen_(&offline.join(ROOT_FILE))?;
    let (content_private, content) = gen_(&offline.join(CONTENT_FILE))?;
    let (online_private, online) = gen_(&server.join(ONLINE_FILE))?;
    let secret = OrgSecret::generate();
    let sealing = sanad_protocol::hex(&secret.public());
    let certify = |role: &str, key: &str| {
        trust::certify(&root_private, role, key, now_ms)
            .map_err(|e| bad(&offline.join(ROOT_FILE), e.to_string()))
    };
    let certs = OrgCertificates {
        root: root.clone(),
        sealing: certify(ROLE_SEALING, &sealing)?,
        content: certify(ROLE_CONTENT, &content)?,
        online: certify(ROLE_ONLINE, &online)?,
    };
    let fingerprint =
        trust::fingerprint(&root).ok_or_else(|| bad(&offline.join(ROOT_FILE), "root key"))?;
    write_private(&offline.join(ROOT_FILE), &root_private)?;
    write_private(&offline.join(CONTENT_FILE), &content_private)?;
    write_private(
        &offline.join(SEALING_FILE),
        &sanad_protocol::hex(&secret.to_bytes()),
    )?;
    write_private(&server.join(ONLINE_FILE), &online_private)?;
    let json = serde_json::to_string_pretty(&certs).unwrap_or_default() + "\n";
    let certs_path = server.join(CERTS_FILE);
    std::fs::write(&certs_path, json).map_err(file_err(&certs_path))?;
    let fp_path = out.join(FINGERPRINT_FILE);
    std::fs::write(&fp_path, fingerprint_digits(&fingerprint) + "\n")
        .map_err(file_err(&fp_path))?;
    Ok(OrgKeySet {
        certs,
        fingerprint,
        offline,
        server,
    })
}

/// Refuse a server key folder that holds any private key other than the online key.
fn refuse_offline_keys(dir: &Path) -> Result<(), KeyError> {
    let entries = std::fs::read_dir(dir).map_err(file_err(dir))?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let private = name.ends_with(".key") || LEGACY_PRIVATE.contains(&name.as_str());
        if private && name != ONLINE_FILE {
            return Err(KeyError::OfflineKeyOnServer { path: e.path() });
        }
    }
    Ok(())
}

/// Load what the server needs from its key folder: the certificates (verified under their
/// own root) and the online key, which must be the certified one. Refuses a folder that
/// holds any other private key.
pub fn load_server_keys(dir: &Path) -> Result<ServerKeys, KeyError> {
    refuse_offline_keys(dir)?;
    let certs_path = dir.join(CERTS_FILE);
    let certs: OrgCertificates = serde_json::from_str(&read(&certs_path)?)
        .map_err(|_| bad(&certs_path, "expected the org-certs.json that keygen wrote"))?;
    let own = trust::fingerprint(&certs.root).ok_or_else(|| bad(&certs_path, "root key"))?;
    trust::verify(&certs, &own).map_err(|e| bad(&certs_path, e.to_string()))?;
    let online_path = dir.join(ONLINE_FILE);
    let online_private = read(&online_path)?;
    let derived = sanad_crypto::sign::public_of(&online_private)
        .map_err(|_| bad(&online_path, "not an Ed25519 PKCS#8 key in hex"))?;
    if !derived.eq_ignore_ascii_case(&certs.online.key) {
        return Err(bad(
            &online_path,
            "is not the online key certified in org-certs.json",
        ));
    }
    Ok(ServerKeys {
        certs,
        online_private,
    })
}

/// Load the sealing private key (for `export`).
pub fn load_sealing_secret(path: &Path) -> Result<OrgSecret, KeyError> {
    let bytes = sanad_protocol::unhex(&read(path)?)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or_else(|| bad(path, "expected 32 bytes of hex (org-sealing.key)"))?;
    Ok(OrgSecret::from_bytes(bytes))
}

/// Sign checklist content with the content key (offline step; `sign-content`).
pub fn sign_content(
    content_key_file: &Path,
    kind: &str,
    version: u64,
    payload: &str,
) -> Result<sanad_protocol::ContentUpdate, KeyError> {
    let private = read(content_key_file)?;
    let mut u = sanad_protocol::ContentUpdate {
        kind: kind.to_owned(),
        version,
        payload: payload.to_owned(),
        signature: String::new(),
    };
    u.signature = sanad_crypto::sign::sign_command(&private, &u.signed_text())
        .map_err(|e| bad(content_key_file, e.to_string()))?;
    Ok(u)
}

/// Sign the organisation's device policy with the content key (offline; `sign-policy`).
/// Refuses a dead-man period devices would ignore.
pub fn sign_policy(
    content_key_file: &Path,
    dead_man_days: u32,
    issued_ms: i64,
) -> Result<sanad_protocol::OrgPolicy, KeyError> {
    let private = read(content_key_file)?;
    let mut p = sanad_protocol::OrgPolicy {
        dead_man_days,
        issued_ms,
        signature: String::new(),
    };
    if !p.in_range() {
        return Err(bad(
            content_key_file,
            format!(
                "the dead-man period must be {} to {} days; devices ignore any other",
                sanad_protocol::MIN_DEAD_MAN_DAYS,
                sanad_protocol::MAX_DEAD_MAN_DAYS
            ),
        ));
    }
    p.signature = sanad_crypto::sign::sign_command(
        &private,
        &sanad_protocol::OrgPolicy::signed_text(dead_man_days, issued_ms),
    )
    .map_err(|e| bad(content_key_file, e.to_string()))?;
    Ok(p)
}

/// Load a signed policy for `serve` and check it as a device would: signed by the
/// certified content key, period in range. The server refuses to start otherwise.
pub fn load_policy(path: &Path, keys: &ServerKeys) -> Result<sanad_protocol::OrgPolicy, KeyError> {
    let p: sanad_protocol::OrgPolicy = serde_json::from_str(&read(path)?)
        .map_err(|_| bad(path, "expected a policy file from `sign-policy`"))?;
    let text = sanad_protocol::OrgPolicy::signed_text(p.dead_man_days, p.issued_ms);
    if !sanad_crypto::sign::verify_command(keys.content_key(), &text, &p.signature) {
        return Err(bad(
            path,
            "the policy is not signed by the organisation's content key",
        ));
    }
    if !p.in_range() {
        return Err(bad(path, "the dead-man period is out of range"));
    }
    Ok(p)
}
