//! Shipped migrations are frozen: both storage backends keep a literal copy of every
//! migration that has shipped (`tests/shipped-migrations/`), and the build's migration must
//! equal it byte for byte. An edited shipped migration fails here (add a new one instead).

use sanad_migrate::check_shipped;
use sanad_server::storage::{PG_MIGRATIONS, SQLITE_MIGRATIONS};

const SQLITE: &[(&str, &str)] = &[
    (
        "0001_relay.sql",
        include_str!("shipped-migrations/sqlite/0001_relay.sql"),
    ),
    (
        "0002_feed.sql",
        include_str!("shipped-migrations/sqlite/0002_feed.sql"),
    ),
    (
        "0003_quota.sql",
        include_str!("shipped-migrations/sqlite/0003_quota.sql"),
    ),
    (
        "0004_rights.sql",
        include_str!("shipped-migrations/sqlite/0004_rights.sql"),
    ),
];

const POSTGRES: &[(&str, &str)] = &[
    (
        "0001_relay.sql",
        include_str!("shipped-migrations/postgres/0001_relay.sql"),
    ),
    (
        "0002_feed.sql",
        include_str!("shipped-migrations/postgres/0002_feed.sql"),
    ),
    (
        "0003_quota.sql",
        include_str!("shipped-migrations/postgres/0003_quota.sql"),
    ),
    (
        "0004_rights.sql",
        include_str!("shipped-migrations/postgres/0004_rights.sql"),
    ),
];

#[test]
fn the_sqlite_backends_shipped_migrations_are_unchanged() {
    if let Err(e) = check_shipped(SQLITE_MIGRATIONS, SQLITE) {
        panic!("server SQLite: {e}");
    }
}

#[test]
fn the_postgres_backends_shipped_migrations_are_unchanged() {
    if let Err(e) = check_shipped(PG_MIGRATIONS, POSTGRES) {
        panic!("server PostgreSQL: {e}");
    }
}
