//! `sanad-cli case referral …`: the referral steps the app records, through the same use
//! cases (`sanad_service::referrals`). Values the person agreed to share are case data:
//! they come from a JSON file, never from the command line.

use clap::{Args, Subcommand};
use sanad_core::RefCategory;
use sanad_core::referral::{ConsentReceipt, NewReferral, SharedField, SlipLanguage, Step, Urgency};
use sanad_service::{CaseId, EventId, referrals, slip};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::Failure;
use crate::case::{Common, json, resolve, unlocked, use_case_failure};

#[derive(Args)]
pub(crate) struct ReferralArgs {
    #[command(subcommand)]
    command: ReferralCommand,
}

#[derive(Subcommand)]
enum ReferralCommand {
    /// Record a referral the person agreed to (the referral consent is recorded with it).
    Make {
        #[command(flatten)]
        common: Common,
        /// Case id or reference.
        #[arg(long)]
        case: String,
        /// Category key (`ref.medical`, `ref.shelter`, ...).
        #[arg(long)]
        category: String,
        /// Directory service id.
        #[arg(long)]
        service: Option<String>,
        /// `24h`, `72h` or `2w`.
        #[arg(long)]
        urgency: String,
        /// The slip's language: ar, fr or en.
        #[arg(long)]
        language: String,
        /// The fields the person agreed to share, comma-separated (alias, age_group,
        /// gender, nationality, languages, needs, screening_outcome, contact_by_worker).
        #[arg(long, default_value = "")]
        share: String,
        /// JSON file with the typed values ({"languages": "fr, wo", ...}).
        #[arg(long, value_name = "FILE")]
        details: Option<PathBuf>,
    },
    /// Record a step the worker took or learned of (only a legal next step).
    Step {
        #[command(flatten)]
        common: Common,
        /// Case id or reference.
        #[arg(long)]
        case: String,
        /// The referral's event id.
        #[arg(long)]
        referral: String,
        /// sent, accepted, declined, service_received, closed or withdrawn.
        #[arg(long)]
        step: String,
    },
    /// Record a partner's answer by the code on the slip (accepted, declined,
    /// service_received).
    Answer {
        #[command(flatten)]
        common: Common,
        /// The code on the slip.
        #[arg(long)]
        code: String,
        /// accepted, declined or service_received.
        #[arg(long)]
        answer: String,
    },
    /// Write a referral's slip as a printable HTML page.
    Slip {
        #[command(flatten)]
        common: Common,
        /// Case id or reference.
        #[arg(long)]
        case: String,
        /// The referral's event id.
        #[arg(long)]
        referral: String,
        /// Where to write the page.
        #[arg(long)]
        out: PathBuf,
    },
    /// Referrals overdue or due today (JSON), overdue first.
    Due {
        #[command(flatten)]
        common: Common,
    },
}

fn parse_step(s: &str) -> Result<Step, Failure> {
    Step::parse(s).ok_or_else(|| {
        Failure::input(format!(
            "unknown step '{s}' (expected sent, accepted, declined, service_received, closed or withdrawn)"
        ))
    })
}

fn receipt(share: &str, details: Option<&PathBuf>) -> Result<ConsentReceipt, Failure> {
    let mut fields = std::collections::BTreeSet::new();
    for f in share.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        fields.insert(
            SharedField::parse(f)
                .ok_or_else(|| Failure::input(format!("unknown field '{f}' in --share")))?,
        );
    }
    let mut values = BTreeMap::new();
    if let Some(path) = details {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::input(format!("cannot read {}: {e}", path.display())))?;
        let raw: BTreeMap<String, String> = serde_json::from_str(&text)
            .map_err(|_| Failure::input("--details must be a JSON object of field: text"))?;
        for (k, v) in raw {
            let f = SharedField::parse(&k)
                .ok_or_else(|| Failure::input(format!("unknown field '{k}' in --details")))?;
            values.insert(f, v);
        }
    }
    let r = ConsentReceipt {
        fields,
        details: values,
    };
    r.check().map_err(Failure::input)?;
    Ok(r)
}

fn make(common: &Common, new: NewReferral, case: &str) -> Result<String, Failure> {
    let (mut v, _) = unlocked(common)?;
    let case = CaseId(resolve(&v, case)?);
    let id = referrals::refer(&mut v, case, new).map_err(use_case_failure)?;
    let slip = referrals::slip(&v, case, id).map_err(use_case_failure)?;
    json(&serde_json::json!({
        "referral_id": id.raw(),
        "reference": slip.reference,
        "code": slip.code,
        "due": sanad_service::morocco_time(slip.due_ms),
    }))
}

/// The referral from the `make` arguments; anything unknown is an error naming it.
fn new_referral(
    category: &str,
    service: Option<String>,
    urgency: &str,
    language: &str,
    receipt: ConsentReceipt,
) -> Result<NewReferral, Failure> {
    Ok(NewReferral {
        category: RefCategory::parse(category)
            .ok_or_else(|| Failure::input(format!("unknown category '{category}'")))?,
        service,
        urgency: Urgency::parse(urgency).ok_or_else(|| {
            Failure::input(format!(
                "unknown urgency '{urgency}' (expected 24h, 72h or 2w)"
            ))
        })?,
        language: SlipLanguage::parse(language).ok_or_else(|| {
            Failure::input(format!(
                "unknown language '{language}' (expected ar, fr or en)"
            ))
        })?,
        receipt,
    })
}

fn step(common: &Common, case: &str, referral: &str, step: &str) -> Result<String, Failure> {
    let step = parse_step(step)?;
    let (mut v, _) = unlocked(common)?;
    let case = CaseId(resolve(&v, case)?);
    let r = EventId::parse(referral).map_err(|e| Failure::input(e.to_string()))?;
    referrals::advance(&mut v, case, r, step).map_err(use_case_failure)?;
    Ok(format!("referral {referral}: {}", step.as_str()))
}

fn answer(common: &Common, code: &str, answer: &str) -> Result<String, Failure> {
    let step = parse_step(answer)?;
    let (mut v, _) = unlocked(common)?;
    let (case, r) = referrals::find_by_code(&v, code).map_err(use_case_failure)?;
    referrals::partner_answer(&mut v, case, r, code, step).map_err(use_case_failure)?;
    Ok(format!(
        "referral {r}: {} (partner's answer)",
        step.as_str()
    ))
}

fn write_slip(common: &Common, case: &str, referral: &str, out: &Path) -> Result<String, Failure> {
    let (v, _) = unlocked(common)?;
    let case = CaseId(resolve(&v, case)?);
    let r = EventId::parse(referral).map_err(|e| Failure::input(e.to_string()))?;
    let s = referrals::slip(&v, case, r).map_err(use_case_failure)?;
    let page = slip::render(&s, s.service.as_deref().unwrap_or(""))
        .map_err(|e| Failure::internal(e.to_string()))?;
    std::fs::write(out, page.html)
        .map_err(|e| Failure::input(format!("cannot write {}: {e}", out.display())))?;
    Ok(format!(
        "slip {} written to {}",
        page.reference,
        out.display()
    ))
}

fn due(common: &Common) -> Result<String, Failure> {
    let (v, _) = unlocked(common)?;
    let now = sanad_core::Clock::now_ms(&sanad_store::SystemClock);
    let list = referrals::follow_ups(&v, now).map_err(use_case_failure)?;
    let rows: Vec<serde_json::Value> = list
        .iter()
        .map(|f| {
            serde_json::json!({
                "case": f.case, "reference": f.reference, "referral": f.referral,
                "category": f.category.as_str(), "next": f.next,
                "due": sanad_service::morocco_time(f.due_ms), "overdue": f.overdue,
            })
        })
        .collect();
    json(&rows)
}

pub(crate) fn run(args: ReferralArgs) -> Result<String, Failure> {
    match args.command {
        ReferralCommand::Make {
            common,
            case,
            category,
            service,
            urgency,
            language,
            share,
            details,
        } => {
            let receipt = receipt(&share, details.as_ref())?;
            let new = new_referral(&category, service, &urgency, &language, receipt)?;
            make(&common, new, &case)
        }
        ReferralCommand::Step {
            common,
            case,
            referral,
            step: s,
        } => step(&common, &case, &referral, &s),
        ReferralCommand::Answer {
            common,
            code,
            answer: a,
        } => answer(&common, &code, &a),
        ReferralCommand::Slip {
            common,
            case,
            referral,
            out,
        } => write_slip(&common, &case, &referral, &out),
        ReferralCommand::Due { common } => due(&common),
    }
}
