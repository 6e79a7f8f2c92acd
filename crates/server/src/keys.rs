//! Organisation keys. `keygen` writes three files into a folder:
//!
//! - `org-signing.key`: Ed25519 private key (PKCS#8, hex). The server needs it to sign
//!   wipe orders and directory bundles.
//! - `org-sealing.key`: X25519 private key (hex). Opens case payloads: keep it **off the
//!   server**, with the staff who run `export`.
//! - `org.pub`: both public keys (JSON), handed to devices at enrollment.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use x25519_dalek::{PublicKey, StaticSecret};

/// File names in a key folder.
pub const SIGNING_FILE: &str = "org-signing.key";
/// The sealing private key file.
pub const SEALING_FILE: &str = "org-sealing.key";
/// The public keys file.
pub const PUBLIC_FILE: &str = "org.pub";

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
        problem: &'static str,
    },
}

/// The organisation's public keys (hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgPublic {
    /// Ed25519, for signed content and commands.
    pub signing: String,
    /// X25519, that case payloads are sealed to.
    pub sealing: String,
}

/// What the server holds: the public keys and the signing key.
#[derive(Clone)]
pub struct ServerKeys {
    /// Public keys.
    pub public: OrgPublic,
    signing_private: String,
}

impl std::fmt::Debug for ServerKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerKeys")
            .field("public", &self.public)
            .finish_non_exhaustive()
    }
}

impl ServerKeys {
    /// Sign a command text (see `sanad_protocol::WipeOrder`).
    pub fn sign_command(&self, text: &str) -> String {
        sanad_store::bundle::sign_command(&self.signing_private, text).unwrap_or_default()
    }
}

fn write_private(path: &Path, text: &str) -> Result<(), KeyError> {
    let err = |e: std::io::Error| KeyError::File {
        path: path.to_owned(),
        problem: e.to_string(),
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    use std::io::Write;
    let mut f = opts.open(path).map_err(err)?;
    f.write_all(text.as_bytes()).map_err(err)?;
    f.sync_all().map_err(err)
}

fn read(path: &Path) -> Result<String, KeyError> {
    std::fs::read_to_string(path)
        .map(|s| s.trim().to_owned())
        .map_err(|e| KeyError::File {
            path: path.to_owned(),
            problem: e.to_string(),
        })
}

/// Create a new organisation key set in `dir` (refuses to overwrite existing keys).
pub fn keygen(dir: &Path) -> Result<OrgPublic, KeyError> {
    std::fs::create_dir_all(dir).map_err(|e| KeyError::File {
        path: dir.to_owned(),
        problem: e.to_string(),
    })?;
    let (signing_private, signing) =
        sanad_store::bundle::generate_keypair().map_err(|_| KeyError::Bad {
            path: dir.join(SIGNING_FILE),
            problem: "key generation failed",
        })?;
    let secret = StaticSecret::from(sanad_store::seal::random_bytes::<32>());
    let sealing = sanad_protocol::hex(PublicKey::from(&secret).as_bytes());
    let public = OrgPublic { signing, sealing };
    write_private(&dir.join(SIGNING_FILE), &signing_private)?;
    write_private(
        &dir.join(SEALING_FILE),
        &sanad_protocol::hex(secret.as_bytes()),
    )?;
    let json = serde_json::to_string_pretty(&public).unwrap_or_default();
    std::fs::write(dir.join(PUBLIC_FILE), json + "\n").map_err(|e| KeyError::File {
        path: dir.join(PUBLIC_FILE),
        problem: e.to_string(),
    })?;
    Ok(public)
}

/// Load what the server needs from a key folder.
pub fn load_server_keys(dir: &Path) -> Result<ServerKeys, KeyError> {
    let pub_path = dir.join(PUBLIC_FILE);
    let public: OrgPublic = serde_json::from_str(&read(&pub_path)?).map_err(|_| KeyError::Bad {
        path: pub_path.clone(),
        problem: "expected {\"signing\": hex, \"sealing\": hex}",
    })?;
    let sign_path = dir.join(SIGNING_FILE);
    let signing_private = read(&sign_path)?;
    let derived = sanad_store::bundle::public_of(&signing_private).map_err(|_| KeyError::Bad {
        path: sign_path.clone(),
        problem: "not an Ed25519 PKCS#8 key in hex",
    })?;
    if derived != public.signing {
        return Err(KeyError::Bad {
            path: sign_path,
            problem: "does not match the signing key in org.pub",
        });
    }
    if sanad_protocol::unhex(&public.sealing).is_none_or(|k| k.len() != 32) {
        return Err(KeyError::Bad {
            path: pub_path,
            problem: "sealing key must be 32 bytes of hex",
        });
    }
    Ok(ServerKeys {
        public,
        signing_private,
    })
}

/// Load the sealing private key (for `export`).
pub fn load_sealing_secret(path: &Path) -> Result<StaticSecret, KeyError> {
    let bytes = sanad_protocol::unhex(&read(path)?)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or(KeyError::Bad {
            path: path.to_owned(),
            problem: "expected 32 bytes of hex (org-sealing.key)",
        })?;
    Ok(StaticSecret::from(bytes))
}
