//! The directory worker: opens the directory database (loading the shipped sample on
//! first run), builds its search index, and answers searches.

use futures_channel::mpsc::UnboundedSender;
use sanad_core::RefCategory;
use sanad_core::directory::query::city_key;
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
    /// The names of these services (a case shows its referrals by name).
    Names(Vec<String>),
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
                city: None,
                language,
                serves,
                open_at: if open_now { now } else { None },
                // Every city, filtered below: the national services stay in.
                limit: 500,
                ..DirectoryQuery::default()
            };
            let found = d.search_relaxed(&q).unwrap_or_default();
            let all: Vec<ServiceCard> = found
                .hits
                .iter()
                .filter_map(|h| d.service(&h.id).ok().flatten())
                .map(|s| card(&s, now))
                .collect();
            let (list, nearest) = in_city(all, city.as_deref());
            Out::DirectoryResults(list, found.showing_for, nearest)
        }
        DirCmd::Open(id) => Out::Opened(d.service(&id).ok().flatten().map(|s| card(&s, now))),
        DirCmd::Names(ids) => Out::ServiceNames(
            ids.into_iter()
                .filter_map(|id| d.service(&id).ok().flatten())
                .map(|s| {
                    let c = card(&s, None);
                    (c.id, c.name)
                })
                .collect(),
        ),
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

/// Approximate positions (latitude, longitude in degrees) of the gazetteer's cities, to
/// suggest the nearest city that has a service when the one chosen has none.
const CITY_AT: [(&str, f64, f64); 10] = [
    ("oujda", 34.68, -1.91),
    ("berkane", 34.92, -2.32),
    ("nador", 35.17, -2.93),
    ("fes", 34.03, -5.00),
    ("tanger", 35.76, -5.83),
    ("rabat", 34.02, -6.84),
    ("casablanca", 33.57, -7.59),
    ("taourirt", 34.41, -2.90),
    ("figuig", 32.11, -1.23),
    ("melilla", 35.29, -2.94),
];

/// The results for `city`: its own services and the national ones (no city: police, the
/// trafficking line), which a city filter never hides. When the city itself has none, the
/// nearest other city that has some.
fn in_city(all: Vec<ServiceCard>, city: Option<&str>) -> (Vec<ServiceCard>, Option<String>) {
    let Some(city) = city else { return (all, None) };
    let local = |c: &ServiceCard| c.cities.iter().any(|x| city_key(x) == Some(city));
    let has_local = all.iter().any(local);
    let nearest = if has_local {
        None
    } else {
        let at = |k: &str| {
            CITY_AT
                .iter()
                .find(|(n, _, _)| *n == k)
                .map(|(_, a, b)| (*a, *b))
        };
        let here = at(city);
        all.iter()
            .flat_map(|c| c.cities.iter().filter_map(|x| city_key(x)))
            .filter(|k| *k != city)
            .min_by(|a, b| {
                let d = |k: &str| match (here, at(k)) {
                    (Some((y0, x0)), Some((y, x))) => (y - y0).powi(2) + (x - x0).powi(2),
                    _ => f64::MAX,
                };
                d(a).total_cmp(&d(b))
            })
            .map(str::to_owned)
    };
    let list = all
        .into_iter()
        .filter(|c| c.cities.is_empty() || local(c))
        .collect();
    (list, nearest)
}
