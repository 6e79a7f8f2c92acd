//! The referral directory database: public data, in clear, searched with SQLite FTS5 over
//! text normalized by `sanad_core::text` (so accents, Arabic diacritics and letter variants,
//! the article and a leading و all meet). Prefix matching as the worker types; one typo
//! allowed in words of five letters or more (expanded from the FTS5 vocabulary); column
//! weights name > categories > description; filters by category, city, language spoken,
//! who is served and opening hours; distance ranking from a position.

use rusqlite::{Connection, OpenFlags, params};
use sanad_core::RefCategory;
use sanad_core::directory::index::fts5_expr;
use sanad_core::directory::{DirectoryIndex, IndexedService, Service, is_open, parse_json};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

use crate::db::{OpenError, configure, migrate_with};

/// The directory database's migrations, in order (shipped ones are pinned by
/// `tests/migrations.rs`).
pub const MIGRATIONS: &[&str] = &[include_str!("../directory-migrations/0001_directory.sql")];

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

pub use sanad_core::directory::{DirectoryQuery, DirectoryResults, Hit};

/// The directory database.
pub struct Directory {
    conn: Connection,
    /// The search index, loaded from the tables at open and after each import.
    index: DirectoryIndex,
    /// `services.pos` of each index document.
    pos: Vec<i64>,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("services", &self.index.len())
            .field("terms", &self.index.text().term_count())
            .finish()
    }
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
            index: DirectoryIndex::default(),
            pos: Vec::new(),
        };
        d.load_index()?;
        Ok(d)
    }

    fn load_index(&mut self) -> Result<(), DirectoryStoreError> {
        let read = || storage("read the directory index");
        let mut services: Vec<IndexedService> = Vec::new();
        let mut doc_of: HashMap<i64, usize> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT s.pos, s.id, s.name, t.name, t.categories, t.description \
                     FROM services s JOIN service_text t ON t.rowid = s.pos ORDER BY s.pos",
                )
                .map_err(read())?;
            let mut rows = stmt.query([]).map_err(read())?;
            while let Some(r) = rows.next().map_err(read())? {
                doc_of.insert(r.get(0).map_err(read())?, services.len());
                services.push(IndexedService {
                    id: r.get(1).map_err(read())?,
                    name: r.get(2).map_err(read())?,
                    text: [
                        r.get(3).map_err(read())?,
                        r.get(4).map_err(read())?,
                        r.get(5).map_err(read())?,
                    ],
                    categories: Vec::new(),
                    cities: Vec::new(),
                    languages: Vec::new(),
                    serves: Vec::new(),
                    coordinates: Vec::new(),
                    sample: false,
                });
            }
        }
        self.load_facets(&doc_of, &mut services)?;
        {
            let mut stmt = self
                .conn
                .prepare("SELECT service, lat, lon FROM service_coords ORDER BY rowid")
                .map_err(read())?;
            let mut rows = stmt.query([]).map_err(read())?;
            while let Some(r) = rows.next().map_err(read())? {
                let pos: i64 = r.get(0).map_err(read())?;
                if let Some(&d) = doc_of.get(&pos) {
                    services[d]
                        .coordinates
                        .push((r.get(1).map_err(read())?, r.get(2).map_err(read())?));
                }
            }
        }
        let mut pos = vec![0i64; services.len()];
        for (p, d) in doc_of {
            pos[d] = p;
        }
        self.pos = pos;
        self.index = DirectoryIndex::new(services);
        Ok(())
    }

    /// Categories, cities, languages, groups served and flags, by service position.
    fn load_facets(
        &self,
        doc_of: &HashMap<i64, usize>,
        services: &mut [IndexedService],
    ) -> Result<(), DirectoryStoreError> {
        let read = || storage("read the directory index");
        let mut stmt = self
            .conn
            .prepare("SELECT service, kind, value FROM service_facets ORDER BY rowid")
            .map_err(read())?;
        let mut rows = stmt.query([]).map_err(read())?;
        while let Some(r) = rows.next().map_err(read())? {
            let pos: i64 = r.get(0).map_err(read())?;
            let kind: String = r.get(1).map_err(read())?;
            let value: String = r.get(2).map_err(read())?;
            let Some(s) = doc_of.get(&pos).map(|&d| &mut services[d]) else {
                continue;
            };
            match kind.as_str() {
                "category" => match RefCategory::parse(&value) {
                    Some(c) => s.categories.push(c),
                    None => return Err(DirectoryStoreError::Damaged(s.id.clone())),
                },
                "city" => s.cities.push(value),
                "language" => s.languages.push(value),
                "serves" => s.serves.push(value),
                "flag" if value == "sample" => s.sample = true,
                _ => return Err(DirectoryStoreError::Damaged(s.id.clone())),
            }
        }
        Ok(())
    }

    /// Replace the whole directory with `services`, in one transaction: on any failure the
    /// previous directory stays as it was. Returns the number of services.
    pub fn replace_all(
        &mut self,
        services: &[Service],
        version: Option<u64>,
    ) -> Result<usize, DirectoryStoreError> {
        let tx = self.conn.transaction().map_err(storage("begin import"))?;
        let mut indexed = Vec::with_capacity(services.len());
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
                let pos = pos as i64 + 1;
                let x = IndexedService::from_view(&s.view);
                ins.execute(params![pos, x.id, x.name, s.raw.to_string()])
                    .map_err(storage("import service"))?;
                let facets = (x.categories.iter().map(|c| ("category", c.as_str())))
                    .chain(x.cities.iter().map(|c| ("city", c.as_str())))
                    .chain(x.languages.iter().map(|l| ("language", l.as_str())))
                    .chain(x.serves.iter().map(|e| ("serves", e.as_str())))
                    .chain(x.sample.then_some(("flag", "sample")));
                for (kind, value) in facets {
                    facet
                        .execute(params![pos, kind, value])
                        .map_err(storage("import"))?;
                }
                for (lat, lon) in &x.coordinates {
                    coord
                        .execute(params![pos, lat, lon])
                        .map_err(storage("import"))?;
                }
                let [n, c, d] = &x.text;
                text.execute(params![pos, n, c, d])
                    .map_err(storage("index"))?;
                indexed.push(x);
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
        self.pos = (1..=indexed.len() as i64).collect();
        self.index = DirectoryIndex::new(indexed);
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

    /// How many services are sample data (the app labels the directory as a sample).
    pub fn sample_count(&self) -> usize {
        self.index.sample_count()
    }

    /// One service as imported, by id.
    pub fn service(&self, id: &str) -> Result<Option<Service>, DirectoryStoreError> {
        let raw: Option<String> = self
            .conn
            .prepare_cached("SELECT raw FROM services WHERE id = ?1")
            .and_then(|mut st| {
                let mut rows = st.query([id])?;
                rows.next()?.map(|r| r.get(0)).transpose()
            })
            .map_err(storage("read service"))?;
        raw.map(|raw| parse_stored(id, &raw)).transpose()
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

    /// The FTS5 expression the in-memory index evaluates for `text` (for tests that check
    /// the index against FTS5 itself).
    pub fn fts5_expression(&self, text: &str) -> String {
        fts5_expr(&self.index.phrases(text))
    }

    /// The services the in-memory index matches for `text` (position, FTS5-style rank), for
    /// tests that hold it to FTS5 evaluating [`Directory::fts5_expression`].
    pub fn text_matches(&self, text: &str) -> Vec<(i64, f64)> {
        let groups = self.index.phrases(text);
        self.index
            .text()
            .matches(&groups)
            .into_iter()
            .map(|(d, r)| (self.pos[d as usize], r))
            .collect()
    }

    /// Search, best first.
    pub fn search(&self, q: &DirectoryQuery) -> Result<Vec<Hit>, DirectoryStoreError> {
        self.search_relaxed(q).map(|r| r.hits)
    }

    /// Search, best first, saying which words the results are for when no service matched
    /// every word (see [`DirectoryIndex::search_relaxed`]).
    pub fn search_relaxed(
        &self,
        q: &DirectoryQuery,
    ) -> Result<DirectoryResults, DirectoryStoreError> {
        let mut failure = None;
        let hits = self.index.search_relaxed(q, |doc| {
            let Some(t) = q.open_at else { return true };
            match self.schedules(self.pos[doc]) {
                Ok(s) => is_open(&s, t) == Some(true),
                Err(e) => {
                    failure.get_or_insert(e);
                    false
                }
            }
        });
        match failure {
            Some(e) => Err(e),
            None => Ok(hits),
        }
    }

    fn schedules(
        &self,
        pos: i64,
    ) -> Result<Vec<sanad_core::directory::ScheduleRule>, DirectoryStoreError> {
        let (id, raw): (String, String) = self
            .conn
            .prepare_cached("SELECT id, raw FROM services WHERE pos = ?1")
            .and_then(|mut st| st.query_row([pos], |r| Ok((r.get(0)?, r.get(1)?))))
            .map_err(storage("read service"))?;
        Ok(parse_stored(&id, &raw)?.view.schedules)
    }
}

/// A stored service object, validated again as it is read.
fn parse_stored(id: &str, raw: &str) -> Result<Service, DirectoryStoreError> {
    parse_json("directory", &format!("[{raw}]"))
        .ok()
        .and_then(|mut v| v.pop())
        .ok_or_else(|| DirectoryStoreError::Damaged(id.to_owned()))
}

/// Local time in Morocco now (Africa/Casablanca: UTC+1, UTC+0 during Ramadan), for the
/// "open now" filter. The time zone rules are compiled in (phones may have none).
pub fn casablanca_now() -> Result<sanad_core::directory::LocalTime, String> {
    casablanca_at(jiff::Timestamp::now())
}

/// Local time in Morocco at an instant given in ms since the epoch (the one Moroccan
/// clock: the app's timelines and "open now" both use it).
pub fn casablanca_at_ms(ms: i64) -> Result<sanad_core::directory::LocalTime, String> {
    casablanca_at(jiff::Timestamp::from_millisecond(ms).map_err(|e| e.to_string())?)
}

/// Local time in Morocco at a given instant.
pub fn casablanca_at(t: jiff::Timestamp) -> Result<sanad_core::directory::LocalTime, String> {
    use sanad_core::directory::Weekday;
    let zoned = t.in_tz("Africa/Casablanca").map_err(|e| e.to_string())?;
    let weekday = match zoned.weekday() {
        jiff::civil::Weekday::Monday => Weekday::Mon,
        jiff::civil::Weekday::Tuesday => Weekday::Tue,
        jiff::civil::Weekday::Wednesday => Weekday::Wed,
        jiff::civil::Weekday::Thursday => Weekday::Thu,
        jiff::civil::Weekday::Friday => Weekday::Fri,
        jiff::civil::Weekday::Saturday => Weekday::Sat,
        jiff::civil::Weekday::Sunday => Weekday::Sun,
    };
    Ok(sanad_core::directory::LocalTime {
        date: (
            i32::from(zoned.year()),
            zoned.month() as u8,
            zoned.day() as u8,
        ),
        weekday,
        minutes: zoned.hour() as u16 * 60 + zoned.minute() as u16,
    })
}
