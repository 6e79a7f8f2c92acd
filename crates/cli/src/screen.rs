//! `sanad-cli screen`: the command-line contract of SCREENING-SPEC §5.

use clap::Args;
use sanad_core::{Answer, AnswerError, Answers, Engine, code_id, input_codes};
use std::path::PathBuf;

use crate::Failure;

#[derive(Args)]
#[command(group = clap::ArgGroup::new("mode").required(true).args(["answers", "list_codes"]))]
pub(crate) struct ScreenArgs {
    /// JSON file `{ "answers": { "<code>": "yes|no|unknown|declined", ... } }`.
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    /// Let the engine ask its own questions in order, reading each answer from the file
    /// (a code absent from the file is answered `unknown`), and stop when the decision is
    /// settled.
    #[arg(long, requires = "answers")]
    adaptive: bool,
    /// Print every input code, one per line.
    #[arg(long)]
    list_codes: bool,
}

pub(crate) fn run(args: &ScreenArgs) -> Result<String, Failure> {
    if args.list_codes {
        return Ok(input_codes().join("\n"));
    }
    let Some(path) = &args.answers else {
        return Err(Failure::input("--answers FILE or --list-codes is required"));
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::input(format!("cannot read {}: {e}", path.display())))?;
    let answers = parse_answer_file(&text).map_err(Failure::input)?;
    let engine = Engine::embedded().map_err(|e| Failure::internal(e.to_string()))?;
    let result = if args.adaptive {
        engine
            .run_adaptive(|code| answers.get(code).unwrap_or(Answer::Unknown))
            .1
    } else {
        engine.evaluate(&answers)
    };
    serde_json::to_string(&result).map_err(|e| Failure::internal(e.to_string()))
}

/// Parse an answer file; every bad code or value is named in one message.
pub(crate) fn parse_answer_file(text: &str) -> Result<Answers, String> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| format!("the answer file is not valid JSON: {e}"))?;
    let Some(obj) = value.as_object() else {
        return Err("the answer file must be a JSON object with an \"answers\" object".into());
    };
    let Some(map) = obj.get("answers").and_then(|a| a.as_object()) else {
        return Err("the answer file needs an \"answers\" object mapping codes to yes, no, unknown or declined".into());
    };
    let mut errors: Vec<AnswerError> = Vec::new();
    let mut pairs = Vec::new();
    for (code, v) in map {
        match v.as_str() {
            Some(s) => pairs.push((code.as_str(), s)),
            None if code_id(code).is_none() => errors.push(AnswerError::UnknownCode(code.clone())),
            None => errors.push(AnswerError::InvalidValue {
                code: code.clone(),
                value: v.to_string(),
            }),
        }
    }
    let parsed = Answers::from_pairs(pairs);
    match parsed {
        Ok(a) if errors.is_empty() => Ok(a),
        Ok(_) => Err(join(&errors)),
        Err(mut e) => {
            errors.append(&mut e);
            Err(join(&errors))
        }
    }
}

fn join(errors: &[AnswerError]) -> String {
    let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
    format!(
        "{} bad answer{}: {}",
        list.len(),
        if list.len() == 1 { "" } else { "s" },
        list.join("; ")
    )
}
