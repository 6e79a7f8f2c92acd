//! `sanad-cli directory …`: import, export and search the referral directory
//! (DIRECTORY-PROFILE.md, command-line contract).

use clap::{Args, Subcommand, ValueEnum};
use sanad_core::RefCategory;
use sanad_core::directory::{export_json, parse_json};
use sanad_store::directory::{Directory, DirectoryQuery};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::Failure;

#[derive(Args)]
pub(crate) struct DirectoryArgs {
    #[command(subcommand)]
    command: DirectoryCommand,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Datapackage,
}

#[derive(Args)]
struct SearchArgs {
    /// The directory database.
    #[arg(long)]
    db: PathBuf,
    /// Only this referral category (ref.*).
    #[arg(long)]
    category: Option<String>,
    /// Only this city (any spelling).
    #[arg(long)]
    city: Option<String>,
    /// Only services where this language is spoken (ISO 639 code).
    #[arg(long)]
    language: Option<String>,
    /// Only services for this group (children, women, men, families, irregular_migrants,
    /// refugees_asylum_seekers, tip_victims, unaccompanied_minors).
    #[arg(long)]
    serves: Option<String>,
    /// Only services open now (Africa/Casablanca time).
    #[arg(long)]
    open_now: bool,
    /// Rank nearer services first: LAT,LON.
    #[arg(long, value_name = "LAT,LON")]
    near: Option<String>,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Words in any language (may be empty with filters).
    #[arg(default_value = "")]
    query: String,
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Import HSDS JSON (array or API page), replacing the directory; all or nothing.
    Import {
        /// The directory database.
        #[arg(long)]
        db: PathBuf,
        /// The organisation's public key file (hex): the input is then a signed bundle,
        /// installed only if its signature verifies and its version is newer.
        #[arg(long, value_name = "FILE")]
        public_key: Option<PathBuf>,
        /// HSDS JSON file (or a data-package folder).
        input: PathBuf,
    },
    /// Make an organisation key pair (private key: PKCS#8 hex; public key: hex).
    Keygen {
        /// Where to write the private key (kept by the organisation only).
        #[arg(long)]
        private_out: PathBuf,
        /// Where to write the public key (configured on devices).
        #[arg(long)]
        public_out: PathBuf,
    },
    /// Sign an HSDS JSON directory as a bundle (organisation side).
    SignBundle {
        /// Private key file (PKCS#8 hex).
        #[arg(long)]
        key: PathBuf,
        /// Bundle version (must grow with each release).
        #[arg(long)]
        version: u64,
        /// HSDS JSON file.
        input: PathBuf,
        /// Bundle file to write.
        out: PathBuf,
    },
    /// Check a bundle's signature; prints its version and number of services.
    VerifyBundle {
        /// Public key file (hex).
        #[arg(long)]
        public_key: PathBuf,
        /// The bundle.
        bundle: PathBuf,
    },
    /// Export the directory.
    Export {
        /// The directory database.
        #[arg(long)]
        db: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Output file.
        out: PathBuf,
    },
    /// Search; prints a JSON array, best first.
    Search(SearchArgs),
}

fn read_text(p: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(p)
        .map_err(|e| Failure::input(format!("cannot read {}: {e}", p.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::input(format!(
            "{}: not valid UTF-8 (byte {})",
            p.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Write a private key readable by its owner only.
fn write_private(p: &Path, text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts
        .open(p)
        .map_err(|e| Failure::input(format!("cannot create {}: {e}", p.display())))?;
    f.write_all(format!("{text}\n").as_bytes())
        .map_err(|e| Failure::input(format!("cannot write {}: {e}", p.display())))
}

fn open(db: &Path) -> Result<Directory, Failure> {
    Directory::open(db).map_err(|e| Failure::input(format!("{}: {e}", db.display())))
}

pub(crate) fn run(args: DirectoryArgs) -> Result<String, Failure> {
    match args.command {
        DirectoryCommand::Import {
            db,
            public_key: Some(key),
            input,
        } => import_signed(&db, &key, &input),
        DirectoryCommand::Import {
            db,
            public_key: None,
            input,
        } => import(&db, &input),
        DirectoryCommand::Keygen {
            private_out,
            public_out,
        } => keygen(&private_out, &public_out),
        DirectoryCommand::SignBundle {
            key,
            version,
            input,
            out,
        } => sign_bundle(&key, version, &input, &out),
        DirectoryCommand::VerifyBundle { public_key, bundle } => {
            verify_bundle(&public_key, &bundle)
        }
        DirectoryCommand::Export { db, format, out } => export(&db, format, &out),
        DirectoryCommand::Search(a) => search(a),
    }
}

/// Install a signed bundle: verified, and only if newer.
fn import_signed(db: &Path, key: &Path, input: &Path) -> Result<String, Failure> {
    let public = read_text(key)?;
    let bundle = read_text(input)?;
    let mut d = open(db)?;
    let (version, n) = d
        .apply_bundle(public.trim(), &bundle)
        .map_err(|e| Failure::input(format!("{}: {e}", input.display())))?;
    Ok(format!(
        "imported {n} services into {} (signed bundle version {version})",
        db.display()
    ))
}

/// Import HSDS JSON or a data-package folder, replacing the directory.
fn import(db: &Path, input: &Path) -> Result<String, Failure> {
    let name = input.display().to_string();
    let progress = std::io::stderr().is_terminal();
    if progress {
        eprint!("validating {name} …");
    }
    let services = if input.is_dir() {
        let mut files = std::collections::BTreeMap::new();
        let entries = std::fs::read_dir(input)
            .map_err(|e| Failure::input(format!("cannot read {name}: {e}")))?;
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            if file.ends_with(".csv") || file == "datapackage.json" {
                files.insert(file, read_text(&e.path())?);
            }
        }
        if !files.contains_key("datapackage.json") {
            return Err(Failure::input(format!(
                "{name}: a data package folder needs datapackage.json"
            )));
        }
        sanad_core::directory::parse_datapackage(&files)
            .map_err(|e| Failure::input(format!("{name}/{e}")))?
    } else {
        parse_json(&name, &read_text(input)?).map_err(|e| Failure::input(e.to_string()))?
    };
    if progress {
        eprint!("\rindexing {} services …   ", services.len());
    }
    let mut d = open(db)?;
    let n = d
        .replace_all(&services, None)
        .map_err(|e| Failure::internal(e.to_string()))?;
    if progress {
        eprintln!("\r{}", " ".repeat(40));
    }
    Ok(format!("imported {n} services into {}", db.display()))
}

/// Make an organisation key pair; never overwrites a private key.
fn keygen(private_out: &Path, public_out: &Path) -> Result<String, Failure> {
    if private_out.exists() {
        return Err(Failure::input(format!(
            "{} exists: refusing to overwrite a private key",
            private_out.display()
        )));
    }
    let (private, public) =
        sanad_store::bundle::generate_keypair().map_err(|e| Failure::internal(e.to_string()))?;
    write_private(private_out, &private)?;
    std::fs::write(public_out, format!("{public}\n"))
        .map_err(|e| Failure::input(format!("cannot write {}: {e}", public_out.display())))?;
    Ok(format!(
        "organisation key pair written: private {}, public {}",
        private_out.display(),
        public_out.display()
    ))
}

fn sign_bundle(key: &Path, version: u64, input: &Path, out: &Path) -> Result<String, Failure> {
    let private = read_text(key)?;
    let payload = read_text(input)?;
    let bundle = sanad_store::bundle::sign(private.trim(), version, &payload)
        .map_err(|e| Failure::input(e.to_string()))?;
    std::fs::write(out, bundle)
        .map_err(|e| Failure::input(format!("cannot write {}: {e}", out.display())))?;
    Ok(format!(
        "signed bundle version {version} written to {}",
        out.display()
    ))
}

fn verify_bundle(public_key: &Path, bundle: &Path) -> Result<String, Failure> {
    let public = read_text(public_key)?;
    let (version, services) = sanad_store::bundle::verify(public.trim(), &read_text(bundle)?)
        .map_err(|e| Failure::input(format!("{}: {e}", bundle.display())))?;
    Ok(format!(
        "valid bundle: version {version}, {} services",
        services.len()
    ))
}

fn export(db: &Path, format: Format, out: &Path) -> Result<String, Failure> {
    let d = open(db)?;
    let services = d.services().map_err(|e| Failure::internal(e.to_string()))?;
    match format {
        Format::Json => std::fs::write(out, export_json(&services))
            .map_err(|e| Failure::input(format!("cannot write {}: {e}", out.display())))?,
        Format::Datapackage => {
            std::fs::create_dir_all(out)
                .map_err(|e| Failure::input(format!("cannot create {}: {e}", out.display())))?;
            for (file, text) in sanad_core::directory::export_datapackage(&services) {
                let path = out.join(&file);
                std::fs::write(&path, text)
                    .map_err(|e| Failure::input(format!("cannot write {}: {e}", path.display())))?;
            }
        }
    }
    Ok(format!(
        "exported {} services to {}",
        services.len(),
        out.display()
    ))
}

fn search(a: SearchArgs) -> Result<String, Failure> {
    let SearchArgs {
        db,
        category,
        city,
        language,
        serves,
        open_now,
        near,
        limit,
        query,
    } = a;
    let category = category
        .map(|c| {
            RefCategory::parse(&c).ok_or_else(|| {
                Failure::input(format!(
                    "unknown category '{c}' (expected a ref.* code such as ref.medical)"
                ))
            })
        })
        .transpose()?;
    if let Some(s) = &serves
        && !sanad_core::directory::ELIGIBILITY_CODES.contains(&s.as_str())
    {
        return Err(Failure::input(format!(
            "unknown group '{s}' (expected one of {})",
            sanad_core::directory::ELIGIBILITY_CODES.join(", ")
        )));
    }
    let near = near.map(|p| parse_near(&p)).transpose()?;
    if !db.exists() {
        return Err(Failure::input(format!(
            "{}: no directory database here (run directory import first)",
            db.display()
        )));
    }
    let d = open(&db)?;
    let open_at = if open_now {
        Some(
            sanad_store::directory::casablanca_now()
                .map_err(|e| Failure::internal(format!("time zone data: {e}")))?,
        )
    } else {
        None
    };
    let q = DirectoryQuery {
        text: query,
        category,
        city,
        language,
        serves,
        open_at,
        near,
        limit,
    };
    let found = d
        .search_relaxed(&q)
        .map_err(|e| Failure::internal(e.to_string()))?;
    if let Some(words) = &found.showing_for {
        eprintln!(
            "sanad-cli: no service matches every word; showing results for: {}",
            words.join(", ")
        );
    }
    serde_json::to_string_pretty(&found.hits).map_err(|e| Failure::internal(e.to_string()))
}

/// `--near LAT,LON`: two numbers in range.
fn parse_near(p: &str) -> Result<(f64, f64), Failure> {
    let (a, b) = p
        .split_once(',')
        .ok_or_else(|| Failure::input(format!("--near '{p}': expected LAT,LON")))?;
    let lat: f64 = a
        .trim()
        .parse()
        .map_err(|_| Failure::input(format!("--near '{p}': latitude is not a number")))?;
    let lon: f64 = b
        .trim()
        .parse()
        .map_err(|_| Failure::input(format!("--near '{p}': longitude is not a number")))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(Failure::input(format!("--near '{p}': out of range")));
    }
    Ok((lat, lon))
}
