//! Shipped migrations are frozen: each database keeps a literal copy of every migration
//! that has shipped (`tests/shipped-migrations/`), and the build's migration must equal it
//! byte for byte. An edited shipped migration fails here (add a new one instead).

use sanad_migrate::check_shipped;

const CASES: &[(&str, &str)] = &[
    (
        "0001_cases.sql",
        include_str!("shipped-migrations/cases/0001_cases.sql"),
    ),
    (
        "0002_sync.sql",
        include_str!("shipped-migrations/cases/0002_sync.sql"),
    ),
    (
        "0003_case_keys.sql",
        include_str!("shipped-migrations/cases/0003_case_keys.sql"),
    ),
];

const DIRECTORY: &[(&str, &str)] = &[(
    "0001_directory.sql",
    include_str!("shipped-migrations/directory/0001_directory.sql"),
)];

#[test]
fn the_case_stores_shipped_migrations_are_unchanged() {
    if let Err(e) = check_shipped(sanad_store::db::MIGRATIONS, CASES) {
        panic!("case store: {e}");
    }
}

#[test]
fn the_directorys_shipped_migrations_are_unchanged() {
    if let Err(e) = check_shipped(sanad_store::directory::MIGRATIONS, DIRECTORY) {
        panic!("directory: {e}");
    }
}
