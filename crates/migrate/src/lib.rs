//! The one migration runner of every Sanad database: the case store and the directory
//! (device, SQLite), and the server's storage (SQLite or PostgreSQL).
//!
//! A database keeps one schema version; migration `i` (0-based in the list) upgrades
//! version `i` to `i + 1`. The runner reads the version, refuses a database newer than
//! the list, and applies each missing migration with the version bump in one atomic step
//! ([`Schema::apply`]). Backends implement [`Schema`]; no I/O crate here.
//!
//! [`check_shipped`] holds shipped migrations to their literal copies kept by each
//! database's tests: editing a migration that has shipped fails a test instead of
//! leaving deployed databases on a schema the code no longer describes.
#![warn(missing_docs)]

/// A database the runner can upgrade.
pub trait Schema {
    /// The backend's error.
    type Error;
    /// The schema version stored in the database (0 when new).
    fn version(&mut self) -> Result<u32, Self::Error>;
    /// Run `sql` and record `version`, atomically (one transaction).
    fn apply(&mut self, sql: &str, version: u32) -> Result<(), Self::Error>;
}

/// Why a migration did not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError<E> {
    /// The database was written by a newer build (its version).
    TooNew(u32),
    /// The backend failed.
    Backend(E),
}

/// Upgrade `db` to `target` (at most the list's length) with `migrations`.
pub fn migrate<S: Schema>(
    db: &mut S,
    migrations: &[&str],
    target: u32,
) -> Result<(), MigrateError<S::Error>> {
    let latest = migrations.len() as u32;
    let current = db.version().map_err(MigrateError::Backend)?;
    if current > latest {
        return Err(MigrateError::TooNew(current));
    }
    for v in current..target.min(latest) {
        db.apply(migrations[v as usize], v + 1)
            .map_err(MigrateError::Backend)?;
    }
    Ok(())
}

/// Compare the migrations a build carries with the literal copies of those already
/// shipped (in order): every shipped one must still be there, byte for byte. Returns a
/// message naming the first difference.
pub fn check_shipped(current: &[&str], shipped: &[(&str, &str)]) -> Result<(), String> {
    if current.len() < shipped.len() {
        return Err(format!(
            "{} migrations shipped but only {} in the build: a shipped migration was removed",
            shipped.len(),
            current.len()
        ));
    }
    for (i, ((name, copy), now)) in shipped.iter().zip(current).enumerate() {
        if copy != now {
            let line = copy
                .lines()
                .zip(now.lines())
                .position(|(a, b)| a != b)
                .map_or_else(|| "its length".to_owned(), |l| format!("line {}", l + 1));
            return Err(format!(
                "shipped migration {} ({name}) was edited ({line} differs): add a new migration instead",
                i + 1
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A schema in memory: the version and the statements applied.
    #[derive(Default)]
    struct Fake {
        version: u32,
        applied: Vec<String>,
        fail_at: Option<u32>,
    }

    impl Schema for Fake {
        type Error = &'static str;
        fn version(&mut self) -> Result<u32, &'static str> {
            Ok(self.version)
        }
        fn apply(&mut self, sql: &str, version: u32) -> Result<(), &'static str> {
            if self.fail_at == Some(version) {
                return Err("boom");
            }
            self.applied.push(sql.to_owned());
            self.version = version;
            Ok(())
        }
    }

    #[test]
    fn applies_the_missing_migrations_in_order_up_to_the_target() {
        let mut db = Fake {
            version: 1,
            ..Fake::default()
        };
        migrate(&mut db, &["a", "b", "c"], 3).expect("migrate");
        assert_eq!(db.applied, ["b", "c"]);
        assert_eq!(db.version, 3);
        let mut db = Fake::default();
        migrate(&mut db, &["a", "b", "c"], 2).expect("migrate");
        assert_eq!((db.applied.len(), db.version), (2, 2));
    }

    #[test]
    fn a_newer_database_is_refused_and_a_failure_stops_at_the_last_good_version() {
        let mut db = Fake {
            version: 4,
            ..Fake::default()
        };
        assert_eq!(migrate(&mut db, &["a"], 1), Err(MigrateError::TooNew(4)));
        let mut db = Fake {
            fail_at: Some(2),
            ..Fake::default()
        };
        assert_eq!(
            migrate(&mut db, &["a", "b", "c"], 3),
            Err(MigrateError::Backend("boom"))
        );
        assert_eq!(db.version, 1);
    }

    #[test]
    fn an_edited_or_removed_shipped_migration_is_reported() {
        let shipped = [("0001_a.sql", "CREATE TABLE a (x);\n")];
        assert_eq!(
            check_shipped(&["CREATE TABLE a (x);\n", "new"], &shipped),
            Ok(())
        );
        let edited = check_shipped(&["CREATE TABLE a (x, y);\n"], &shipped).expect_err("edited");
        assert!(
            edited.contains("0001_a.sql") && edited.contains("line 1"),
            "{edited}"
        );
        assert!(check_shipped(&[], &shipped).is_err());
    }
}
