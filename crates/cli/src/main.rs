//! `sanad-cli`: scriptable access to Sanad's screening engine and indicator lookup.
//!
//! Exit status: 0 on success, 2 on bad input (the message names what is wrong), 1 when the
//! program itself cannot run (for example an invalid embedded rule set).

mod case;
mod directory;
mod referral;
mod screen;
mod sync;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sanad-cli",
    version,
    about = "Sanad command-line tool: screening, indicator lookup, case store, referral directory"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compute a screening result from an answer file (SCREENING-SPEC §5).
    Screen(screen::ScreenArgs),
    /// The encrypted case store.
    Case(case::CaseArgs),
    /// The referral directory.
    Directory(directory::DirectoryArgs),
    /// Sync with the organisation's server.
    Sync(sync::SyncArgs),
    /// Look up the indicator catalogue.
    Indicators {
        #[command(subcommand)]
        command: IndicatorsCommand,
    },
}

#[derive(Subcommand)]
enum IndicatorsCommand {
    /// Search by words in Arabic, French or English; prints a JSON list, best first. When no
    /// code matches every word, the list is for the words that match, and standard error
    /// says so ("showing results for: …").
    Search {
        /// Language of the texts in the results (ar, fr, en).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Maximum number of results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// The words to look for.
        query: String,
    },
}

/// A failure with its exit status.
pub(crate) struct Failure {
    pub status: u8,
    pub message: String,
}

impl Failure {
    pub(crate) fn input(message: impl Into<String>) -> Failure {
        Failure {
            status: 2,
            message: message.into(),
        }
    }
    pub(crate) fn internal(message: impl Into<String>) -> Failure {
        Failure {
            status: 1,
            message: message.into(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Screen(args) => screen::run(&args),
        Command::Case(args) => case::run(args),
        Command::Directory(args) => directory::run(args),
        Command::Sync(args) => sync::run(args),
        Command::Indicators {
            command: IndicatorsCommand::Search { lang, limit, query },
        } => search(&lang, limit, &query),
    };
    match result {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(f) => {
            eprintln!("sanad-cli: {}", f.message);
            ExitCode::from(f.status)
        }
    }
}

fn search(lang: &str, limit: usize, query: &str) -> Result<String, Failure> {
    let lang = sanad_i18n::Lang::from_code(lang).ok_or_else(|| {
        Failure::input(format!("unknown language '{lang}' (expected ar, fr or en)"))
    })?;
    let l10n = sanad_i18n::Localizer::new().map_err(|e| Failure::internal(e.to_string()))?;
    let found = l10n.indicator_index().lookup(query, lang.code(), limit);
    if let Some(words) = &found.showing_for {
        let how = if found.any { "any of" } else { "all of" };
        eprintln!(
            "sanad-cli: no code matches every word; showing results for {how}: {}",
            words.join(", ")
        );
    }
    serde_json::to_string_pretty(&found.hits).map_err(|e| Failure::internal(e.to_string()))
}
