//! `sanad-cli case …`: script the encrypted case store.
//!
//! The passphrase comes from the environment variable named by `--passphrase-env`, or else
//! from the first line of standard input — never from the command line, where it would show
//! in the process list and shell history. Case text (notes) likewise comes from a file or
//! standard input, not from arguments.

use clap::{Args, Subcommand};
use sanad_core::{Answer, CaseRepository, Engine, Id};
use sanad_service::{CaseId, UseCaseError, usecases};
use sanad_store::{InitOptions, Policy, Secret, Vault};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

use crate::Failure;

#[derive(Args)]
pub(crate) struct CaseArgs {
    #[command(subcommand)]
    command: CaseCommand,
}

#[derive(Args)]
pub(crate) struct Common {
    /// The store directory.
    #[arg(long)]
    dir: PathBuf,
    /// Name of the environment variable holding the passphrase (else: first line of stdin).
    #[arg(long, value_name = "VAR")]
    passphrase_env: Option<String>,
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Create a new store protected by the passphrase.
    Init {
        #[command(flatten)]
        common: Common,
        /// Environment variable holding an optional duress passphrase.
        #[arg(long, value_name = "VAR")]
        duress_env: Option<String>,
        /// Failed unlocks before the store wipes itself.
        #[arg(long, default_value_t = 10)]
        max_failures: u32,
        /// Wipe at start after this many days without a successful unlock.
        #[arg(long)]
        dead_man_days: Option<u32>,
    },
    /// Add a case from JSON: {"reference", "alias", "record_consent": true, "answers": {code: answer}, "notes": [..]}.
    Add {
        #[command(flatten)]
        common: Common,
        /// The case as JSON (a file path).
        #[arg(long, value_name = "FILE")]
        json: PathBuf,
    },
    /// List cases (JSON), most recent first.
    List {
        #[command(flatten)]
        common: Common,
    },
    /// Show one case (JSON): its state and its events.
    Show {
        #[command(flatten)]
        common: Common,
        /// Case id or reference.
        case: String,
    },
    /// Add a note read from a file ("-": the rest of standard input).
    Note {
        #[command(flatten)]
        common: Common,
        /// Case id or reference.
        case: String,
        /// File with the note text, or "-".
        file: String,
    },
    /// Referrals: make one (urgency, consent receipt), record a step or a partner's
    /// answer by code, write the slip, list what is due.
    Referral(crate::referral::ReferralArgs),
    /// Wipe the store now (crypto-shred, then delete). Needs no passphrase.
    Wipe {
        /// The store directory.
        #[arg(long)]
        dir: PathBuf,
        /// Confirm.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewCase {
    reference: String,
    #[serde(default)]
    alias: String,
    #[serde(default)]
    answers: Option<BTreeMap<String, String>>,
    #[serde(default)]
    notes: Vec<String>,
    /// The person agreed to a record being kept (Law 09-08), as in the app: required.
    #[serde(default)]
    record_consent: bool,
}

/// Standard input, read once: the passphrase line (when no env var) and the rest.
struct Input {
    pass: Secret,
    rest: String,
}

fn input(common: &Common) -> Result<Input, Failure> {
    let mut stdin = String::new();
    let from_env = common.passphrase_env.as_ref().map(|var| {
        std::env::var(var)
            .map_err(|_| Failure::input(format!("environment variable {var} is not set")))
    });
    match from_env {
        Some(p) => {
            let _ = std::io::stdin().read_to_string(&mut stdin);
            Ok(Input {
                pass: Secret::new(p?),
                rest: stdin,
            })
        }
        None => {
            std::io::stdin()
                .read_to_string(&mut stdin)
                .map_err(|_| Failure::input("cannot read the passphrase from standard input"))?;
            let (first, rest) = stdin.split_once('\n').unwrap_or((&stdin, ""));
            Ok(Input {
                pass: Secret::from_line(first.to_owned()),
                rest: rest.to_owned(),
            })
        }
    }
}

/// Where and what kind of JSON problem, without echoing the input (it may be case data).
fn json_problem(e: &serde_json::Error) -> String {
    let kind = match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "malformed JSON",
        serde_json::error::Category::Data => {
            "a field is missing, unknown or of the wrong type (expected reference, alias, answers, notes, record_consent)"
        }
        serde_json::error::Category::Io => "read error",
    };
    format!(
        "the case JSON is not valid: {kind} at line {} column {}",
        e.line(),
        e.column()
    )
}

pub(crate) fn use_case_failure(e: UseCaseError) -> Failure {
    match e {
        UseCaseError::Case(sanad_core::CaseError::Storage(_)) => Failure::internal(e.to_string()),
        UseCaseError::ConsentMissing => Failure::input(
            "the person's consent to keeping a record is required: add \"record_consent\": true",
        ),
        e => Failure::input(e.to_string()),
    }
}

fn clock() -> Arc<dyn sanad_core::Clock> {
    Arc::new(sanad_store::SystemClock)
}

fn store_err(e: sanad_store::StoreError) -> Failure {
    use sanad_store::StoreError as E;
    match e {
        E::Io { .. } | E::Case(sanad_core::CaseError::Storage(_)) => {
            Failure::internal(e.to_string())
        }
        _ => Failure::input(e.to_string()),
    }
}

pub(crate) fn unlocked(common: &Common) -> Result<(Vault, String), Failure> {
    let inp = input(common)?;
    let mut v = Vault::open(&common.dir, clock()).map_err(store_err)?;
    v.unlock(&inp.pass).map_err(store_err)?;
    Ok((v, inp.rest))
}

pub(crate) fn resolve(v: &Vault, case: &str) -> Result<Id, Failure> {
    if let Some(id) = Id::parse(case) {
        return Ok(id);
    }
    v.find_by_reference(case)
        .map_err(|e| Failure::input(e.to_string()))?
        .ok_or_else(|| Failure::input("no case with this id or reference"))
}

pub(crate) fn json(v: &impl serde::Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(v).map_err(|e| Failure::internal(e.to_string()))
}

/// `case add`: open the case with the record consent, then the screening and notes, all
/// through the service's use cases.
fn add(common: &Common, file: &std::path::Path) -> Result<String, Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Failure::input(format!("cannot read {}: {e}", file.display())))?;
    let new: NewCase = serde_json::from_str(&text).map_err(|e| Failure::input(json_problem(&e)))?;
    let answers = match &new.answers {
        Some(map) => {
            let a =
                sanad_core::Answers::from_pairs(map.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                    .map_err(|errs| {
                        Failure::input(
                            errs.iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("; "),
                        )
                    })?;
            Some(a)
        }
        None => None,
    };
    let (mut v, _) = unlocked(common)?;
    // The same use cases as the app: the case opens with the person's consent to
    // a record being kept, recorded as the app records it.
    let case = usecases::open_case(&mut v, &new.reference, &new.alias, new.record_consent)
        .map_err(use_case_failure)?;
    let mut count = 2;
    if let Some(a) = answers {
        let engine = Engine::embedded().map_err(|e| Failure::internal(e.to_string()))?;
        let r = engine.evaluate(&a);
        let answers: BTreeMap<String, Answer> = a
            .iter()
            .map(|(c, ans)| (c.as_str().to_owned(), ans))
            .collect();
        usecases::record_screening(
            &mut v,
            case,
            answers,
            (r.outcome, r.classification),
            r.referrals,
        )
        .map_err(use_case_failure)?;
        count += 1;
    }
    for n in new.notes {
        usecases::add_note(&mut v, case, n).map_err(use_case_failure)?;
        count += 1;
    }
    let case = case.raw();
    json(&serde_json::json!({ "case_id": case, "events": count }))
}

pub(crate) fn run(args: CaseArgs) -> Result<String, Failure> {
    match args.command {
        CaseCommand::Init {
            common,
            duress_env,
            max_failures,
            dead_man_days,
        } => init(&common, duress_env, max_failures, dead_man_days),
        CaseCommand::Add { common, json: file } => add(&common, &file),
        CaseCommand::Referral(r) => crate::referral::run(r),
        CaseCommand::List { common } => {
            let (v, _) = unlocked(&common)?;
            let list = v.list().map_err(|e| Failure::input(e.to_string()))?;
            let rows: Vec<serde_json::Value> = list
                .into_iter()
                .map(|r| match r {
                    Ok(s) => serde_json::to_value(s).unwrap_or_default(),
                    Err(e) => serde_json::json!({ "error": e.to_string() }),
                })
                .collect();
            json(&rows)
        }
        CaseCommand::Show { common, case } => {
            let (v, _) = unlocked(&common)?;
            let id = resolve(&v, &case)?;
            let state = v.case(id).map_err(|e| Failure::input(e.to_string()))?;
            let events = v.events(id).map_err(|e| Failure::input(e.to_string()))?;
            json(&serde_json::json!({ "case_id": id, "state": state, "events": events }))
        }
        CaseCommand::Note { common, case, file } => {
            let (mut v, rest) = unlocked(&common)?;
            let text = if file == "-" {
                rest
            } else {
                std::fs::read_to_string(&file)
                    .map_err(|e| Failure::input(format!("cannot read {file}: {e}")))?
            };
            let text = text.trim_end_matches(['\n', '\r']).to_owned();
            if text.trim().is_empty() {
                return Err(Failure::input("the note is empty"));
            }
            let id = resolve(&v, &case)?;
            let e = usecases::add_note(&mut v, CaseId(id), text).map_err(use_case_failure)?;
            json(&serde_json::json!({ "event_id": e.raw() }))
        }
        CaseCommand::Wipe { dir, yes } => {
            if !yes {
                return Err(Failure::input(
                    "wiping destroys every case for good: add --yes to confirm",
                ));
            }
            // Opens nothing and parses nothing: a damaged key file cannot stop a wipe.
            Vault::wipe_dir(&dir).map_err(store_err)?;
            Ok("case store wiped".into())
        }
    }
}

/// `case init`: a new store, with the duress passphrase from an environment variable.
fn init(
    common: &Common,
    duress_env: Option<String>,
    max_failures: u32,
    dead_man_days: Option<u32>,
) -> Result<String, Failure> {
    let inp = input(common)?;
    let duress = match duress_env {
        Some(var) => Some(Secret::new(std::env::var(&var).map_err(|_| {
            Failure::input(format!("environment variable {var} is not set"))
        })?)),
        None => None,
    };
    let policy = Policy {
        max_failures,
        dead_man_days,
        ..Policy::default()
    };
    Vault::init(
        &common.dir,
        &inp.pass,
        InitOptions {
            policy,
            duress,
            ..InitOptions::default()
        },
        clock(),
    )
    .map_err(store_err)?;
    Ok(format!("case store created in {}", common.dir.display()))
}
