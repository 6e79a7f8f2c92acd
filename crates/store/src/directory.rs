//! The referral directory database: public data, in clear, searched with SQLite FTS5 over
//! text normalized by `sanad_core::text` (so accents, Arabic diacritics and letter variants,
//! the article and a leading و all meet). Prefix matching as the worker types; one typo
//! allowed in words of five letters or more (expanded from the FTS5 vocabulary); column
//! weights name > categories > description; filters by category, city, language spoken,
//! who is served and opening hours; distance ranking from a position.

use rusqlite::{Connection, OpenFlags, params};
use sanad_core::RefCategory;
use sanad_core::directory::query::{index_text, named_categories, parse_query, service_cities};
use sanad_core::directory::{LocalTime, Service, is_open, parse_json};
use sanad_core::text::within_one_edit;
use serde_json::Value;
use std::path::Path;

use crate::db::{OpenError, configure, migrate_with};

const MIGRATIONS: &[&str] = &[include_str!("../directory-migrations/0001_directory.sql")];

/// A directory failure (the directory is public data; messages may name records).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryStoreError {
    /// SQLite failed during the named step.
    #[error("directory database failure during {0}")]
    Storage(&'static str),
    /// The database was written by a newer app.
    #[error("the directory database is from a newer app version ({0})")]
    TooNew(u32),
    /// A stored record no longer parses (the database was edited outside the app).
    #[error("stored service {0} is damaged")]
    Damaged(String),
}

fn storage(op: &'static str) -> impl FnOnce(rusqlite::Error) -> DirectoryStoreError {
    move |_| DirectoryStoreError::Storage(op)
}

/// A search.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Words, in any language (empty: list by the filters).
    pub text: String,
    /// Only this referral category.
    pub category: Option<RefCategory>,
    /// Only services in this city (any spelling).
    pub city: Option<String>,
    /// Only services where this language is spoken (ISO 639).
    pub language: Option<String>,
    /// Only services for this group (`sanad-eligibility` code).
    pub serves: Option<String>,
    /// Only services open at this local time.
    pub open_at: Option<LocalTime>,
    /// Rank nearer services first.
    pub near: Option<(f64, f64)>,
    /// At most this many results (0: 20).
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    /// Service id.
    pub id: String,
    /// Name (base language).
    pub name: String,
    /// Relevance in 0..=1 (1 = best match).
    pub score: f64,
}

/// The directory database.
pub struct Directory {
    conn: Connection,
    vocab: Vec<String>,
    /// Coordinates by service position (for distance ranking without touching the rows).
    coords: std::collections::HashMap<i64, Vec<(f64, f64)>>,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("terms", &self.vocab.len())
            .finish()
    }
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

impl Directory {
    /// Open (creating if needed) the directory database at `path`.
    pub fn open(path: &Path) -> Result<Directory, DirectoryStoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(storage("open"))?;
        let map = |e: OpenError| match e {
            OpenError::Sqlite(op) => DirectoryStoreError::Storage(op),
            OpenError::TooNew(v) => DirectoryStoreError::TooNew(v),
        };
        configure(&conn).map_err(map)?;
        migrate_with(&mut conn, MIGRATIONS, MIGRATIONS.len() as u32).map_err(map)?;
        let mut d = Directory {
            conn,
            vocab: Vec::new(),
            coords: std::collections::HashMap::new(),
        };
        d.load_vocab()?;
        Ok(d)
    }

    fn load_vocab(&mut self) -> Result<(), DirectoryStoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT term FROM service_vocab")
            .map_err(storage("read vocabulary"))?;
        self.vocab = stmt
            .query_map([], |r| r.get(0))
            .map_err(storage("read vocabulary"))?
            .collect::<Result<_, _>>()
            .map_err(storage("read vocabulary"))?;
        self.vocab.sort_unstable();
        let mut stmt = self
            .conn
            .prepare("SELECT service, lat, lon FROM service_coords")
            .map_err(storage("read coordinates"))?;
        let rows: Vec<(i64, f64, f64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(storage("read coordinates"))?
            .collect::<Result<_, _>>()
            .map_err(storage("read coordinates"))?;
        self.coords.clear();
        for (pos, lat, lon) in rows {
            self.coords.entry(pos).or_default().push((lat, lon));
        }
        Ok(())
    }

    /// Whether some indexed word starts with `prefix` (binary search in the sorted vocabulary).
    fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.vocab.partition_point(|t| t.as_str() < prefix);
        self.vocab.get(i).is_some_and(|t| t.starts_with(prefix))
    }

    /// Replace the whole directory with `services`, in one transaction: on any failure the
    /// previous directory stays as it was. Returns the number of services.
    pub fn replace_all(
        &mut self,
        services: &[Service],
        version: Option<u64>,
    ) -> Result<usize, DirectoryStoreError> {
        let tx = self.conn.transaction().map_err(storage("begin import"))?;
        for t in [
            "service_text",
            "service_coords",
            "service_facets",
            "services",
        ] {
            tx.execute(&format!("DELETE FROM {t}"), [])
                .map_err(storage("clear directory"))?;
        }
        {
            let mut ins = tx
                .prepare("INSERT INTO services (pos, id, name, raw) VALUES (?1, ?2, ?3, ?4)")
                .map_err(storage("import"))?;
            let mut facet = tx
                .prepare("INSERT INTO service_facets (service, kind, value) VALUES (?1, ?2, ?3)")
                .map_err(storage("import"))?;
            let mut coord = tx
                .prepare("INSERT INTO service_coords (service, lat, lon) VALUES (?1, ?2, ?3)")
                .map_err(storage("import"))?;
            let mut text = tx.prepare("INSERT INTO service_text (rowid, name, categories, description) VALUES (?1, ?2, ?3, ?4)").map_err(storage("import"))?;
            for (pos, s) in services.iter().enumerate() {
                let v = &s.view;
                let pos = pos as i64 + 1;
                ins.execute(params![pos, v.id, v.name.base, s.raw.to_string()])
                    .map_err(storage("import service"))?;
                for c in &v.categories {
                    facet
                        .execute(params![pos, "category", c.as_str()])
                        .map_err(storage("import"))?;
                }
                for c in service_cities(v) {
                    facet
                        .execute(params![pos, "city", c])
                        .map_err(storage("import"))?;
                }
                for l in &v.languages {
                    facet
                        .execute(params![pos, "language", l])
                        .map_err(storage("import"))?;
                }
                for e in &v.serves {
                    facet
                        .execute(params![pos, "serves", e])
                        .map_err(storage("import"))?;
                }
                for (lat, lon) in &v.coordinates {
                    coord
                        .execute(params![pos, lat, lon])
                        .map_err(storage("import"))?;
                }
                let [n, c, d] = index_text(v);
                text.execute(params![pos, n, c, d])
                    .map_err(storage("index"))?;
            }
        }
        match version {
            Some(v) => tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('version', ?1)",
                params![v.to_string()],
            ),
            None => tx.execute("DELETE FROM meta WHERE key = 'version'", []),
        }
        .map_err(storage("write version"))?;
        tx.commit().map_err(storage("commit import"))?;
        self.load_vocab()?;
        Ok(services.len())
    }

    /// The directory's bundle version, if it came from a signed bundle.
    pub fn version(&self) -> Result<Option<u64>, DirectoryStoreError> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'version'", [], |r| {
                r.get(0)
            })
            .ok();
        Ok(v.and_then(|s| s.parse().ok()))
    }

    /// Number of services.
    pub fn len(&self) -> Result<usize, DirectoryStoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM services", [], |r| r.get(0))
            .map_err(storage("count"))?;
        Ok(n as usize)
    }

    /// Whether the directory is empty.
    pub fn is_empty(&self) -> Result<bool, DirectoryStoreError> {
        Ok(self.len()? == 0)
    }

    /// Every service as imported, in import order.
    pub fn services(&self) -> Result<Vec<Service>, DirectoryStoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, raw FROM services ORDER BY pos")
            .map_err(storage("read services"))?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(storage("read services"))?
            .collect::<Result<_, _>>()
            .map_err(storage("read services"))?;
        let raws: Vec<Value> = rows
            .iter()
            .map(|(id, raw)| {
                serde_json::from_str(raw).map_err(|_| DirectoryStoreError::Damaged(id.clone()))
            })
            .collect::<Result<_, _>>()?;
        parse_json("directory", &Value::Array(raws).to_string())
            .map_err(|e| DirectoryStoreError::Damaged(e.record))
    }

    /// FTS5 expression: every query word must match as a prefix; a word of five letters or
    /// more that matches nothing gets the indexed words within one edit instead (typo).
    fn match_expr(&self, terms: &[Vec<String>]) -> String {
        let quote = |t: &str| format!("\"{}\"", t.replace('"', ""));
        terms
            .iter()
            .map(|variants| {
                let mut alts: Vec<String> =
                    variants.iter().map(|v| format!("{}*", quote(v))).collect();
                let found = variants.iter().any(|v| self.has_prefix(v));
                for v in variants.iter().filter(|v| !found && v.chars().count() >= 5) {
                    let n = v.chars().count();
                    for t in self.vocab.iter().filter(|t| {
                        t.chars().count().abs_diff(n) <= 1 && !t.starts_with(v.as_str())
                    }) {
                        if within_one_edit(t, v) {
                            alts.push(quote(t));
                        }
                    }
                }
                format!("({})", alts.join(" OR "))
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// Search, best first.
    pub fn search(&self, q: &DirectoryQuery) -> Result<Vec<Hit>, DirectoryStoreError> {
        let limit = if q.limit == 0 { 20 } else { q.limit };
        let parsed = parse_query(&q.text);
        let mut cities = parsed.cities.clone();
        if let Some(c) = &q.city {
            cities = vec![sanad_core::directory::query::city_key(c).unwrap_or("")];
        }
        // Categories the query names ("santé", "مأوى", "asylum"): their services come first.
        let named = named_categories(&parsed);
        // Rank and filter on FTS rowids first; join the service rows only for the results.
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let (key, mut inner) = if parsed.terms.is_empty() {
            (
                "s.pos",
                String::from(
                    "SELECT s.pos AS pos, 0.0 AS rank, s.name AS sort_name FROM services s WHERE 1",
                ),
            )
        } else {
            args.push(self.match_expr(&parsed.terms).into());
            // `+rowid`: keep filters out of FTS5's index planning (probing each rowid with
            // the MATCH is far slower than filtering the matches).
            (
                "+rowid",
                String::from(
                    "SELECT rowid AS pos, bm25(service_text, 10.0, 4.0, 1.0) AS rank, '' AS sort_name FROM service_text WHERE service_text MATCH ?",
                ),
            )
        };
        let mut facet = |kind: &str, values: Vec<String>| {
            if values.is_empty() {
                return;
            }
            inner.push_str(&format!(" AND {key} IN (SELECT service FROM service_facets WHERE kind = '{kind}' AND value IN ({}))", vec!["?"; values.len()].join(",")));
            args.extend(values.into_iter().map(Into::into));
        };
        facet("city", cities.iter().map(|c| (*c).to_owned()).collect());
        facet(
            "category",
            q.category.iter().map(|c| c.as_str().to_owned()).collect(),
        );
        facet(
            "language",
            q.language.iter().map(|l| l.to_lowercase()).collect(),
        );
        facet("serves", q.serves.iter().cloned().collect());
        let named_sql = if named.is_empty() {
            "0".to_owned()
        } else {
            // These placeholders come first in the SQL text: bind them first.
            let mut first: Vec<rusqlite::types::Value> =
                named.iter().map(|c| c.as_str().to_owned().into()).collect();
            first.append(&mut args);
            args = first;
            format!(
                "(pos IN (SELECT service FROM service_facets WHERE kind = 'category' AND value IN ({})))",
                vec!["?"; named.len()].join(",")
            )
        };
        // Distance and opening hours re-rank or filter after the text match.
        let post = q.open_at.is_some() || q.near.is_some();
        let limit_sql = if post {
            String::new()
        } else {
            format!(" LIMIT {limit}")
        };
        let sql = format!(
            "SELECT m.pos, s.id, s.name, m.named, m.rank FROM (SELECT pos, rank, sort_name, {named_sql} AS named FROM ({inner}) ORDER BY named DESC, rank, sort_name, pos{limit_sql}) m \
             JOIN services s ON s.pos = m.pos ORDER BY m.named DESC, m.rank, m.sort_name, m.pos"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(storage("search"))?;
        let rows: Vec<(i64, String, String, bool, f64)> = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .map_err(storage("search"))?
            .collect::<Result<_, _>>()
            .map_err(storage("search"))?;
        let best = rows.iter().map(|r| r.4).fold(0.0f64, f64::min);
        let mut hits: Vec<(Hit, f64)> = Vec::new();
        for (pos, id, name, in_named, rank) in rows {
            let rel = if best < 0.0 { rank / best } else { 1.0 };
            // Two bands: services of a category the query names score 0.5–1, others 0–0.5.
            let score = match (named.is_empty(), in_named) {
                (true, _) => rel,
                (false, true) => 0.5 + rel / 2.0,
                (false, false) => rel / 2.0,
            };
            let mut key = score;
            if let Some(t) = q.open_at {
                let raw: String = self
                    .conn
                    .query_row("SELECT raw FROM services WHERE pos = ?1", [pos], |r| {
                        r.get(0)
                    })
                    .map_err(storage("read service"))?;
                let view = parse_json("directory", &format!("[{raw}]"))
                    .map_err(|_| DirectoryStoreError::Damaged(id.clone()))?
                    .remove(0)
                    .view;
                if is_open(&view.schedules, t) != Some(true) {
                    continue;
                }
            }
            if let Some(p) = q.near {
                let d = self.coords.get(&pos).map_or(f64::INFINITY, |cs| {
                    cs.iter().map(|c| km(p, *c)).fold(f64::INFINITY, f64::min)
                });
                key = if d.is_finite() {
                    score / (1.0 + d / 10.0)
                } else {
                    score / 100.0
                };
            }
            hits.push((
                Hit {
                    id,
                    name,
                    score: (score * 1000.0).round() / 1000.0,
                },
                key,
            ));
        }
        if q.near.is_some() {
            hits.sort_by(|a, b| b.1.total_cmp(&a.1));
        }
        Ok(hits.into_iter().take(limit).map(|(h, _)| h).collect())
    }
}
