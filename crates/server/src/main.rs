//! `sanad-server`: the central API and its administration commands.

mod admin;

use clap::{Parser, Subcommand};
use sanad_server::keys;
use sanad_server::limits::Limits;
use sanad_server::{ServeOptions, api::system_clock, export, open_storage};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sanad-server", version, about = "Sanad central API")]
struct Cli {
    /// Folder for the database and keys (default: ./sanad-server-data).
    #[arg(
        long,
        global = true,
        env = "SANAD_SERVER_DATA",
        default_value = "sanad-server-data"
    )]
    data: PathBuf,
    /// Storage: a SQLite file path or a postgres:// URL (default: <data>/server.db).
    #[arg(long, global = true, env = "SANAD_SERVER_DB")]
    db: Option<String>,
    /// Organisation key folder (default: <data>/keys).
    #[arg(long, global = true)]
    keys: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the API (creates the database). Needs the `server/` folder `keygen` made (or
    /// `--keys`), and refuses to start while it holds any private key but `online.key`.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// PEM certificate chain (HTTPS).
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// PEM private key (HTTPS).
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        /// Allow plain HTTP on a non-loopback address (behind a TLS proxy only).
        #[arg(long)]
        insecure_http: bool,
        /// The organisation's policy (dead-man period) from `sign-policy`, handed to devices
        /// at enrollment; they obey it only because the content key signed it.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// Bytes one device may store on the server.
        #[arg(long, default_value_t = Limits::default().quota_bytes)]
        quota_bytes: u64,
        /// Records (events and quarantined records) one device may store.
        #[arg(long, default_value_t = Limits::default().quota_rows)]
        quota_records: u64,
        /// Open connections at once; more are closed.
        #[arg(long, default_value_t = Limits::default().max_connections)]
        max_connections: usize,
        /// Seconds a client has for the TLS handshake and the request's header block.
        #[arg(long, default_value_t = Limits::default().header_timeout.as_secs())]
        header_timeout_secs: u64,
        /// Seconds a client has to send a request's body and receive the answer.
        #[arg(long, default_value_t = Limits::default().request_timeout.as_secs())]
        request_timeout_secs: u64,
    },
    /// Offline step: sign the organisation's device policy (the dead-man period) with the
    /// content key, for `serve --policy`.
    SignPolicy {
        /// The content key (offline/org-content.key).
        #[arg(long)]
        key: PathBuf,
        /// A device that has not synced for this many days wipes itself (7 to 3650).
        #[arg(long)]
        dead_man_days: u32,
        /// Where to write the signed policy.
        #[arg(long)]
        out: PathBuf,
    },
    /// Print a one-time enrollment code for a worker's device.
    Enroll {
        /// The worker the device is for.
        #[arg(long)]
        worker: String,
        /// Hours the code stays valid.
        #[arg(long, default_value_t = 72)]
        ttl_hours: i64,
    },
    /// Revoke a device: its next request gets a signed wipe order.
    Revoke {
        /// Device id (hex, as `devices` prints it).
        device: String,
    },
    /// List enrolled devices.
    Devices,
    /// Publish a directory bundle signed with the organisation's content key to every
    /// device (checked against the content certificate first).
    PublishDirectory {
        /// The bundle (from `sanad-cli directory sign-bundle --key org-content.key`).
        bundle: PathBuf,
    },
    /// Offline step: sign checklist content (the rules, or a language's questions.ftl)
    /// with the organisation's content key, for `publish-content`.
    SignContent {
        /// The content key (offline/org-content.key).
        #[arg(long)]
        key: PathBuf,
        /// rules, questions-ar, questions-en or questions-fr.
        #[arg(long)]
        kind: String,
        /// Version (devices keep only a newer one).
        #[arg(long)]
        version: u64,
        /// The file (rules.toml or questions.ftl).
        file: PathBuf,
        /// Where to write the signed content.
        #[arg(long)]
        out: PathBuf,
    },
    /// Publish signed checklist content (from `sign-content`) to every device.
    PublishContent {
        /// The signed content file.
        file: PathBuf,
    },
    /// Tell a device that a referral's status changed (ids as in the export).
    ReferralStatus {
        /// Device id (hex).
        #[arg(long)]
        device: String,
        /// Case id (`cas_CaseId` in the export).
        #[arg(long)]
        case: String,
        /// Referral event id (`referral_event` in the export).
        #[arg(long)]
        referral: String,
        /// New status.
        #[arg(long, value_parser = ["sent", "accepted", "declined", "service_received", "closed", "withdrawn", "completed"])]
        status: String,
    },
    /// Send a signed command to one device on its next sync.
    Command {
        /// Device id (hex).
        #[arg(long)]
        device: String,
        /// What the device must do.
        #[arg(value_parser = ["lock", "wipe"])]
        order: String,
    },
    /// Decrypt every stored event with the organisation's sealing key and write
    /// HTCDS 2.0-shaped JSON.
    Export {
        /// The organisation's X25519 private key file (org-sealing.key).
        #[arg(long)]
        org_key: PathBuf,
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Offline step: create an organisation key set (root, content, sealing and the
    /// server's online key, with certificates) and print what goes where.
    Keygen {
        /// Folder to write `offline/`, `server/` and `org-fingerprint.txt` into.
        #[arg(long)]
        out: PathBuf,
    },
}

fn now_ms() -> i64 {
    (system_clock())()
}

/// A device id given on the command line (`what` names the argument in the error).
fn device_id(hex: &str, what: &str) -> Result<[u8; 16], String> {
    sanad_protocol::unhex(hex)
        .and_then(|b| <[u8; 16]>::try_from(b).ok())
        .ok_or_else(|| format!("{what} must be 32 hex characters (see `devices`)"))
}

/// The organisation's server keys and the storage, for the commands that need both.
fn keys_and_storage(
    key_dir: &std::path::Path,
    db: &str,
) -> Result<
    (
        keys::ServerKeys,
        std::sync::Arc<dyn sanad_server::storage::Storage>,
    ),
    String,
> {
    let keys = keys::load_server_keys(key_dir).map_err(|e| e.to_string())?;
    Ok((keys, open_storage(db)?))
}

/// `keygen`: the key set, and what to do with each folder.
fn keygen(out: &std::path::Path) -> ExitCode {
    match keys::keygen(out, now_ms()) {
        Ok(set) => {
            println!("Organisation fingerprint (workers compare it at enrollment):");
            println!("  {}", set.fingerprint_text());
            println!();
            println!(
                "{}/  -> the server's key folder (--keys), and nothing else",
                set.server.display()
            );
            println!("{}/ -> keep OFFLINE:", set.offline.display());
            println!(
                "  {}: certifies the other keys; keep in a safe",
                keys::ROOT_FILE
            );
            println!(
                "  {}: signs directory bundles and checklist content",
                keys::CONTENT_FILE
            );
            println!(
                "  {}: opens case payloads; only for the staff who run export",
                keys::SEALING_FILE
            );
            println!("The server refuses to start while any of these three is in its key folder.");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// `sign-content`: sign a rules or questions file with the content key (offline).
fn sign_content(
    key: &std::path::Path,
    kind: &str,
    version: u64,
    file: &std::path::Path,
    out: &std::path::Path,
) -> ExitCode {
    if !sanad_protocol::CONTENT_KINDS.contains(&kind) {
        return fail(format!(
            "--kind must be one of {}",
            sanad_protocol::CONTENT_KINDS.join(", ")
        ));
    }
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return fail(format!("{}: {e}", file.display())),
    };
    if let Err(e) = sanad_i18n::validate_content(kind, &text) {
        return fail(format!("{}: {e}", file.display()));
    }
    let signed = match keys::sign_content(key, kind, version, &text) {
        Ok(u) => u,
        Err(e) => return fail(e),
    };
    match std::fs::write(out, serde_json::to_vec_pretty(&signed).unwrap_or_default()) {
        Ok(()) => {
            println!("signed {kind} version {version}: {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{}: {e}", out.display())),
    }
}

/// `serve`: check the keys (and the policy), open the storage, listen.
fn serve(
    key_dir: &std::path::Path,
    db: &str,
    policy: Option<&std::path::Path>,
    limits: Limits,
    opts: ServeOptions,
) -> ExitCode {
    if !key_dir.join(keys::CERTS_FILE).exists() {
        return fail(format!(
            "no organisation keys in {}: run `sanad-server keygen --out FOLDER` on an offline machine, then copy FOLDER/server/ here (or pass --keys FOLDER/server)",
            key_dir.display()
        ));
    }
    let keys = match keys::load_server_keys(key_dir) {
        Ok(k) => k,
        Err(e) => return fail(e),
    };
    let policy = match policy.map(|p| keys::load_policy(p, &keys)).transpose() {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let storage = match open_storage(db) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return fail(e),
    };
    let mut api = sanad_server::api(storage, keys, system_clock());
    api.policy = policy;
    api.limits = limits;
    match rt.block_on(sanad_server::serve(api, opts, None)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

/// `export`: open what opens, write it, report (and set aside) what does not.
fn export_cmd(db: &str, org_key: &std::path::Path, out: Option<PathBuf>) -> ExitCode {
    let secret = match keys::load_sealing_secret(org_key) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let storage = match open_storage(db) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let stored = match storage.events() {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let opened = export::open_all(&secret, &stored);
    for ((device, reason), n) in opened.report() {
        eprintln!(
            "sanad-server: left out {n} event(s) of device {} that {}",
            sanad_protocol::hex(&device),
            reason.describe()
        );
    }
    let now = now_ms();
    for s in &opened.skipped {
        if let Err(e) = storage.set_aside(&s.stored, sanad_server::storage::UNREADABLE, now) {
            eprintln!("sanad-server: could not set an event aside in quarantine: {e}");
        }
    }
    if !opened.skipped.is_empty() {
        eprintln!(
            "sanad-server: {} event(s) left out in all; they stay on the server and are kept in quarantine (see `devices`)",
            opened.skipped.len()
        );
    }
    let json = serde_json::to_string_pretty(&export::htcds(&opened.events)).unwrap_or_default();
    let Some(p) = out else {
        println!("{json}");
        return ExitCode::SUCCESS;
    };
    // Case data in clear: created readable by its owner only (0600).
    match keys::write_owner_only(&p, (json + "\n").as_bytes()) {
        Ok(()) => {
            let devices: std::collections::BTreeSet<_> =
                opened.events.iter().map(|(s, _)| s.device).collect();
            eprintln!(
                "wrote {} events of {} devices to {}",
                opened.events.len(),
                devices.len(),
                p.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("{}: {e}", p.display())),
    }
}

/// Print a command's line and exit 0, or its error and exit 1.
fn done(r: Result<String, String>) -> ExitCode {
    match r {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("sanad-server: {msg}");
    ExitCode::from(1)
}

fn main() -> ExitCode {
    use std::io::IsTerminal;
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(true)
        .init();
    let cli = Cli::parse();
    let db = cli
        .db
        .clone()
        .unwrap_or_else(|| cli.data.join("server.db").to_string_lossy().into_owned());
    let key_dir = cli.keys.clone().unwrap_or_else(|| cli.data.join("keys"));
    match cli.cmd {
        Cmd::Keygen { out } => keygen(&out),
        Cmd::Serve {
            listen,
            tls_cert,
            tls_key,
            insecure_http,
            policy,
            quota_bytes,
            quota_records,
            max_connections,
            header_timeout_secs,
            request_timeout_secs,
        } => {
            let limits = Limits {
                quota_bytes,
                quota_rows: quota_records,
                max_connections,
                header_timeout: std::time::Duration::from_secs(header_timeout_secs.max(1)),
                request_timeout: std::time::Duration::from_secs(request_timeout_secs.max(1)),
                ..Limits::default()
            };
            let opts = ServeOptions {
                listen,
                tls: tls_cert.zip(tls_key),
                insecure_http,
            };
            serve(&key_dir, &db, policy.as_deref(), limits, opts)
        }
        Cmd::SignPolicy {
            key,
            dead_man_days,
            out,
        } => done(admin::sign_policy(&key, dead_man_days, &out)),
        Cmd::Enroll { worker, ttl_hours } => done(admin::enroll(&db, &worker, ttl_hours)),
        Cmd::PublishDirectory { bundle } => done(admin::publish_directory(&key_dir, &db, &bundle)),
        Cmd::SignContent {
            key,
            kind,
            version,
            file,
            out,
        } => sign_content(&key, &kind, version, &file, &out),
        Cmd::PublishContent { file } => done(admin::publish_content(&key_dir, &db, &file)),
        Cmd::ReferralStatus {
            device,
            case,
            referral,
            status,
        } => done(admin::referral_status(
            &key_dir,
            &db,
            admin::StatusFor {
                device: &device,
                case: &case,
                referral: &referral,
                status: &status,
            },
        )),
        Cmd::Command { device, order } => done(admin::command(&key_dir, &db, &device, &order)),
        Cmd::Revoke { device } => done(admin::revoke(&db, &device)),
        Cmd::Devices => done(admin::devices(&db)),
        Cmd::Export { org_key, out } => export_cmd(&db, &org_key, out),
    }
}
