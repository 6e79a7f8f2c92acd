//! The directory worker: opens the directory database (loading the shipped sample on
//! first run), builds its search index, and answers searches.

use futures_channel::mpsc::UnboundedSender;
use sanad_core::RefCategory;
use sanad_core::directory::{DirectoryQuery, LocalTime, Service, is_open, parse_json};
use sanad_store::directory::{Directory, casablanca_now};
use std::path::Path;
use std::sync::mpsc::Receiver;

use super::{Out, ServiceCard};

/// The sample directory shipped with the app (loaded on first run, labelled as sample).
pub const SAMPLE_DIRECTORY: &str = include_str!("../../assets/sample-directory.json");

/// A directory search as the screen asks for it: words in any language, optional filters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectorySearch {
    /// What the worker typed.
    pub text: String,
    /// Only this referral category.
    pub category: Option<RefCategory>,
    /// Only this city (canonical key).
    pub city: Option<String>,
    /// Only services where this language is spoken (ISO 639).
    pub language: Option<String>,
    /// Only services for this group (`sanad-eligibility` code).
    pub serves: Option<String>,
    /// Only services open now (Morocco time).
    pub open_now: bool,
}

/// What the directory worker does.
#[derive(Debug, Clone, PartialEq)]
pub enum DirCmd {
    /// Search.
    Search(DirectorySearch),
    /// Show one service.
    Open(String),
    /// Services for each category, those in `city` first.
    ReferralOptions {
        /// Suggested categories.
        categories: Vec<RefCategory>,
        /// The worker's city.
        city: Option<String>,
    },
    /// The database changed on disk (sync installed a bundle): open it again.
    Reload,
}

/// Open the directory database; an empty one gets the shipped sample. `None` if the file
/// cannot be opened (the directory screen says so; the rest of the app works).
fn open(data_dir: &Path) -> Option<Directory> {
    std::fs::create_dir_all(data_dir).ok()?;
    let mut d = Directory::open(&data_dir.join("directory.db")).ok()?;
    if d.is_empty().ok()? {
        let sample = parse_json("sample-directory.json", SAMPLE_DIRECTORY).ok()?;
        d.replace_all(&sample, None).ok()?;
    }
    Some(d)
}

fn ready(d: &Option<Directory>) -> Out {
    match d {
        Some(d) => Out::DirectoryReady {
            total: Some(d.len().unwrap_or(0)),
            sample: d.sample_count(),
        },
        None => Out::DirectoryReady {
            total: None,
            sample: 0,
        },
    }
}

/// A service for the screens, with "open now" at local time `now`.
fn card(s: &Service, now: Option<LocalTime>) -> ServiceCard {
    ServiceCard::of(s, now.and_then(|t| is_open(&s.view.schedules, t)))
}

fn cards(d: &Directory, q: &DirectoryQuery, now: Option<LocalTime>) -> Vec<ServiceCard> {
    d.search(q)
        .unwrap_or_default()
        .iter()
        .filter_map(|h| d.service(&h.id).ok().flatten())
        .map(|s| card(&s, now))
        .collect()
}

/// The worker's loop: ends when the app drops its sender.
pub(super) fn run(data_dir: &Path, rx: Receiver<DirCmd>, out: UnboundedSender<Out>) {
    let mut dir = open(data_dir);
    let _ = out.unbounded_send(ready(&dir));
    super::handled();
    while let Ok(cmd) = rx.recv() {
        handle(data_dir, &mut dir, cmd, &out);
        super::handled();
    }
}

fn handle(data_dir: &Path, dir: &mut Option<Directory>, cmd: DirCmd, out: &UnboundedSender<Out>) {
    if cmd == DirCmd::Reload {
        *dir = open(data_dir);
        let _ = out.unbounded_send(ready(dir));
        return;
    }
    let Some(d) = dir.as_ref() else { return };
    let now = casablanca_now().ok();
    let event = match cmd {
        DirCmd::Search(DirectorySearch {
            text,
            category,
            city,
            language,
            serves,
            open_now,
        }) => {
            let q = DirectoryQuery {
                text,
                category,
                city,
                language,
                serves,
                open_at: if open_now { now } else { None },
                limit: 50,
                ..DirectoryQuery::default()
            };
            let found = d.search_relaxed(&q).unwrap_or_default();
            let list = found
                .hits
                .iter()
                .filter_map(|h| d.service(&h.id).ok().flatten())
                .map(|s| card(&s, now))
                .collect();
            Out::DirectoryResults(list, found.showing_for)
        }
        DirCmd::Open(id) => Out::Service(d.service(&id).ok().flatten().map(|s| card(&s, now))),
        DirCmd::ReferralOptions { categories, city } => {
            let options = categories
                .into_iter()
                .map(|category| {
                    let q = |city: Option<String>| DirectoryQuery {
                        category: Some(category),
                        city,
                        limit: 5,
                        ..DirectoryQuery::default()
                    };
                    // Same city first, then the others.
                    let mut list = match &city {
                        Some(c) => cards(d, &q(Some(c.clone())), now),
                        None => Vec::new(),
                    };
                    for s in cards(d, &q(None), now) {
                        if list.len() < 5 && !list.iter().any(|x| x.id == s.id) {
                            list.push(s);
                        }
                    }
                    (category, list)
                })
                .collect();
            Out::ReferralOptions(options)
        }
        DirCmd::Reload => return,
    };
    let _ = out.unbounded_send(event);
}
