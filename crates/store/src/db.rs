//! Opening the case database: pragmas, and migrations through the one runner
//! (`sanad_migrate`, shared with the directory and the server's storage).
//!
//! - WAL journal, `synchronous = FULL` (a committed event survives a killed app *and* a
//!   dead battery), one writer connection, temp storage in memory (no temp files),
//!   `secure_delete` (deleted content is zeroed in the file), foreign keys on.
//! - Migrations run on `PRAGMA user_version`: `migrations/NNNN_*.sql` upgrades to version
//!   NNNN, each in its own IMMEDIATE transaction. A database newer than the app is refused.

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::Path;

/// The database file name inside the store directory.
pub(crate) const FILE: &str = "cases.db";

/// Every migration, in order; index + 1 is the version it upgrades to.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_cases.sql"),
    include_str!("../migrations/0002_sync.sql"),
    include_str!("../migrations/0003_case_keys.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Why the database could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OpenError {
    /// SQLite failed during the named step.
    Sqlite(&'static str),
    /// The file was written by a newer app.
    TooNew(u32),
}

pub(crate) fn files(dir: &Path) -> [std::path::PathBuf; 4] {
    ["", "-wal", "-shm", "-journal"].map(|s| dir.join(format!("{FILE}{s}")))
}

/// Open (creating if needed) and migrate.
pub(crate) fn open(dir: &Path) -> Result<Connection, OpenError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(dir.join(FILE), flags)
        .map_err(|_| OpenError::Sqlite("open"))?;
    configure(&conn)?;
    migrate(&mut conn, SCHEMA_VERSION)?;
    Ok(conn)
}

pub(crate) fn configure(conn: &Connection) -> Result<(), OpenError> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;",
    )
    .map_err(|_| OpenError::Sqlite("configure"))
}

/// Upgrade the case database to `target` (≤ [`SCHEMA_VERSION`]).
pub(crate) fn migrate(conn: &mut Connection, target: u32) -> Result<(), OpenError> {
    migrate_with(conn, MIGRATIONS, target)
}

/// A SQLite database for the one migration runner (`sanad_migrate`): the version is
/// `PRAGMA user_version`, each migration runs in its own IMMEDIATE transaction.
struct Sqlite<'a>(&'a mut Connection);

impl sanad_migrate::Schema for Sqlite<'_> {
    type Error = &'static str;
    fn version(&mut self) -> Result<u32, &'static str> {
        self.0
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|_| "read version")
    }
    fn apply(&mut self, sql: &str, version: u32) -> Result<(), &'static str> {
        let tx = self
            .0
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|_| "begin migration")?;
        tx.execute_batch(sql).map_err(|_| "migration")?;
        tx.pragma_update(None, "user_version", version)
            .map_err(|_| "set version")?;
        tx.commit().map_err(|_| "commit migration")
    }
}

/// Upgrade a database to `target` with its own migration list.
pub(crate) fn migrate_with(
    conn: &mut Connection,
    migrations: &[&str],
    target: u32,
) -> Result<(), OpenError> {
    sanad_migrate::migrate(&mut Sqlite(conn), migrations, target).map_err(|e| match e {
        sanad_migrate::MigrateError::TooNew(v) => OpenError::TooNew(v),
        sanad_migrate::MigrateError::Backend(op) => OpenError::Sqlite(op),
    })
}

/// The schema as SQLite stores it (for the upgrade == fresh test).
pub fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
    let Ok(mut stmt) = conn.prepare("SELECT type, name, IFNULL(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name") else {
        return Vec::new();
    };
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .map(|rows| rows.filter_map(Result::ok).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upgrading_from_every_version_gives_the_fresh_schema() {
        let mut fresh = Connection::open_in_memory().expect("db");
        migrate(&mut fresh, SCHEMA_VERSION).expect("fresh");
        let expected = schema_of(&fresh);
        assert!(expected.iter().any(|(_, n, _)| n == "events"));
        for start in 0..SCHEMA_VERSION {
            let mut db = Connection::open_in_memory().expect("db");
            migrate(&mut db, start).expect("old version");
            migrate(&mut db, SCHEMA_VERSION).expect("upgrade");
            assert_eq!(schema_of(&db), expected, "upgrade from version {start}");
            let v: u32 = db
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .expect("version");
            assert_eq!(v, SCHEMA_VERSION);
        }
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut db = Connection::open_in_memory().expect("db");
        db.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .expect("set");
        assert_eq!(
            migrate(&mut db, SCHEMA_VERSION),
            Err(OpenError::TooNew(SCHEMA_VERSION + 1))
        );
    }

    #[test]
    fn migrations_are_numbered_by_the_version_they_reach() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), MIGRATIONS.len());
        for (i, n) in names.iter().enumerate() {
            assert!(n.starts_with(&format!("{:04}_", i + 1)), "{n}");
        }
    }
}
