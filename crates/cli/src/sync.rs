//! `sanad-cli sync …`: enroll a store with a server and send its events, so headless
//! devices can sync in scripts. The passphrase comes as for `case` (environment variable
//! or first line of standard input).

use clap::{Args, Subcommand};
use sanad_sync::{SyncClient, SyncError, SyncOptions};
use std::path::PathBuf;

use crate::Failure;
use crate::case::{Common, unlocked};

#[derive(Args)]
pub(crate) struct SyncArgs {
    #[command(subcommand)]
    command: SyncCommand,
}

#[derive(Args)]
struct Tls {
    /// Extra trusted root certificate (PEM), e.g. the organisation's own CA.
    #[arg(long, value_name = "FILE")]
    ca_cert: Option<PathBuf>,
}

#[derive(Subcommand)]
enum SyncCommand {
    /// Enroll this store with a server using a one-time code.
    Enroll {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        tls: Tls,
        /// Server address (https://…; http:// only to this machine).
        #[arg(long)]
        server: String,
        /// The one-time enrollment code.
        #[arg(long)]
        code: String,
        /// The organisation's fingerprint (40 digits, from `sanad-server keygen`'s
        /// org-fingerprint.txt, read out by the supervisor). The server's keys must chain
        /// to it, or enrollment is refused.
        #[arg(long)]
        org: String,
    },
    /// Send every pending event and pull what the organisation published; prints the
    /// sync status (JSON).
    Run {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        tls: Tls,
        /// Directory database to install pulled directory bundles into.
        #[arg(long, value_name = "DB")]
        directory: Option<PathBuf>,
    },
    /// Print the last saved sync status (JSON) without contacting the server.
    Status {
        #[command(flatten)]
        common: Common,
    },
}

fn options(tls: &Tls) -> Result<SyncOptions, Failure> {
    let root_cert_pem = match &tls.ca_cert {
        Some(p) => {
            Some(std::fs::read(p).map_err(|e| Failure::input(format!("{}: {e}", p.display())))?)
        }
        None => None,
    };
    Ok(SyncOptions {
        root_cert_pem,
        ..SyncOptions::default()
    })
}

fn failure(e: SyncError) -> Failure {
    match e {
        SyncError::NotEnrolled | SyncError::Enrollment(_) | SyncError::ReEnroll => {
            Failure::input(e.to_string())
        }
        _ => Failure::internal(e.to_string()),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::internal(e.to_string()))
}

pub(crate) fn run(args: SyncArgs) -> Result<String, Failure> {
    match args.command {
        SyncCommand::Enroll {
            common,
            tls,
            server,
            code,
            org,
        } => {
            let pin = sanad_sync::parse_fingerprint(&org)
                .map_err(|e| Failure::input(format!("--org: {e}")))?;
            let (mut v, _) = unlocked(&common)?;
            let mut client = SyncClient::new(options(&tls)?).map_err(failure)?;
            let cfg = runtime()?
                .block_on(client.enroll(&mut v, &server, &code, &pin))
                .map_err(failure)?;
            let mut out = format!("enrolled: device {} with {}", cfg.device_id, cfg.server);
            if let Some(notice) = sanad_sync::saved_status(&v).notice {
                out.push_str(&format!("\nnote: {notice}"));
            }
            Ok(out)
        }
        SyncCommand::Run {
            common,
            tls,
            directory,
        } => {
            let (mut v, _) = unlocked(&common)?;
            let mut client = SyncClient::new(SyncOptions {
                directory,
                ..options(&tls)?
            })
            .map_err(failure)?;
            let status = runtime()?.block_on(client.run(&mut v)).map_err(failure)?;
            serde_json::to_string_pretty(&status).map_err(|e| Failure::internal(e.to_string()))
        }
        SyncCommand::Status { common } => {
            let (v, _) = unlocked(&common)?;
            serde_json::to_string_pretty(&sanad_sync::saved_status(&v))
                .map_err(|e| Failure::internal(e.to_string()))
        }
    }
}
